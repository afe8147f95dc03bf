using System.Buffers.Text;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Griot.Events.Synthetic;

/// <summary>
/// Writes synthetic GDELT 2.0 event export files (61 tab-separated columns, no header), so that imports and
/// queries can be benchmarked at tens of millions of rows without downloading or redistributing real data.
/// </summary>
/// <remarks>
/// The rows imitate GDELT's shape: actor countries follow a Zipf-like skew over the CAMEO codes of real states
/// with a few recurring dyads, event codes follow a Zipf-like skew over the CAMEO codes with cooperation
/// outnumbering conflict about three to one, dates grow denser towards the present, and GoldsteinScale,
/// QuadClass and the geography columns agree with the embedded CAMEO and GeoNames lookups.
/// Output is a pure function of the row count and the seed; different seeds give disjoint GLOBALEVENTIDs
/// (seed × 10¹⁰ + row number), so files from several seeds can be imported together.
/// </remarks>
public static class SyntheticEvents
{
    private const long IdsPerSeed = 10_000_000_000;
    private const int MaxSeed = 900_000_000;
    private const int ProgressInterval = 100_000;
    private const int BufferBytes = 1 << 20;

    /// <summary>
    /// Writes <paramref name="rows"/> synthetic events to <paramref name="output"/>, which is left open.
    /// </summary>
    /// <param name="output">Where the tab-separated lines go.</param>
    /// <param name="rows">How many events to write, from 0 to 9,999,999,999.</param>
    /// <param name="seed">Chooses the random stream and the id range; 0 to 900,000,000.</param>
    /// <param name="progress">Told the number of rows written so far every 100,000 rows and at the end.</param>
    /// <param name="cancellationToken">Checked between buffer flushes.</param>
    /// <returns>The number of rows written.</returns>
    public static long Write(
        Stream output,
        long rows,
        int seed = 1,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rows, IdsPerSeed);
        ArgumentOutOfRangeException.ThrowIfNegative(seed);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seed, MaxSeed);
        cancellationToken.ThrowIfCancellationRequested();

        var writer = new EventRowWriter(EventModel.Shared, seed, seed * IdsPerSeed, BufferBytes);
        for (long row = 0; row < rows; row++)
        {
            writer.WriteRow(row);
            if (writer.IsNearlyFull)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.FlushTo(output);
            }

            if ((row + 1) % ProgressInterval == 0)
            {
                progress?.Report(row + 1);
            }
        }

        writer.FlushTo(output);
        if (rows % ProgressInterval != 0)
        {
            progress?.Report(rows);
        }

        return rows;
    }

    /// <summary>
    /// Writes <paramref name="rows"/> synthetic events to the file at <paramref name="path"/>, gzipped when the
    /// path ends in <c>.gz</c>. The rows go to <c>path.tmp</c> first and are renamed into place when complete,
    /// so a failed or cancelled run leaves no partial file behind.
    /// </summary>
    /// <inheritdoc cref="Write(Stream, long, int, IProgress{long}?, CancellationToken)"/>
    public static long Write(
        string path,
        long rows,
        int seed = 1,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var temporary = path + ".tmp";
        try
        {
            long written;
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
                {
                    using var gzip = new GZipStream(file, CompressionLevel.Fastest);
                    written = Write(gzip, rows, seed, progress, cancellationToken);
                }
                else
                {
                    written = Write(file, rows, seed, progress, cancellationToken);
                }
            }

            File.Move(temporary, path, overwrite: true);
            return written;
        }
        catch
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw;
        }
    }
}

/// <summary>Formats one event per call into a large byte buffer from the model's precomputed byte strings.</summary>
file sealed class EventRowWriter(EventModel model, int seed, long idBase, int bufferBytes)
{
    private const double RecurringDyadShare = 0.02;
    private const double NeighbourDyadShare = 0.01;
    private const double DomesticShare = 0.25;
    private const double OneSidedShare = 0.2;
    private const double SectorOnlyActorShare = 0.04;
    private const double RootEventShare = 0.6;
    private const double ToneSpread = 3.5;
    private const double CooperationTone = -1.2;
    private const double ConflictTone = -4.5;

    private static readonly byte[] UrlPrefix = "https://news.example.org/"u8.ToArray();
    private static readonly byte[] UrlSuffix = ".html\n"u8.ToArray();

    private readonly byte[] _buffer = new byte[bufferBytes];
    private Xoshiro256 _random = new(seed);
    private int _length;

    /// <summary>True when another row might not fit.</summary>
    public bool IsNearlyFull => _length > _buffer.Length - model.MaxRowBytes;

    public void FlushTo(Stream output)
    {
        output.Write(_buffer, 0, _length);
        _length = 0;
    }

    public void WriteRow(long row)
    {
        var id = idBase + row + 1;
        var day = model.EventDays.Sample(ref _random);
        var code = model.EventCodes.Sample(ref _random);
        var (first, second) = ChooseCountries();

        PutNumber(id);
        Put((byte)'\t');
        Put(model.Calendar.EventDateColumns(day));

        var firstType = model.ActorTypes.Sample(ref _random);
        Put(_random.NextDouble() < SectorOnlyActorShare
            ? model.SectorOnlyActor(firstType)
            : model.Actor(first, firstType));
        Put(second < 0 ? model.EmptyActor : model.Actor(second, model.ActorTypes.Sample(ref _random)));

        Put(_random.NextDouble() < RootEventShare ? (byte)'1' : (byte)'0');
        Put((byte)'\t');
        Put(model.EventColumns(code));

        WriteCounts();
        WriteTone(model.IsConflict(code));

        Put(ActorGeo(first));
        Put((byte)'\t');
        Put(second < 0 ? model.EmptyGeo : ActorGeo(second));
        Put((byte)'\t');
        Put(ActionGeo(first, second));
        Put((byte)'\t');

        var added = DayAdded(day);
        var digits = model.Calendar.Digits(added);
        Put(digits);
        Put(model.Calendar.QuarterHour(_random.Below(SyntheticCalendar.QuarterHoursPerDay)));
        Put((byte)'\t');
        Put(UrlPrefix);
        Put(digits[..4]);
        Put((byte)'/');
        Put(digits[4..6]);
        Put((byte)'/');
        PutNumber(id);
        Put(UrlSuffix);
    }

    /// <summary>Actor1's and Actor2's state indexes; Actor2 is −1 for a one-sided event.</summary>
    private (int First, int Second) ChooseCountries()
    {
        var draw = _random.NextDouble();
        if (draw < RecurringDyadShare)
        {
            var (a, b) = model.RecurringDyads[_random.Below(model.RecurringDyads.Length)];
            return _random.Below(2) == 0 ? (a, b) : (b, a);
        }

        var first = model.Countries.Sample(ref _random);
        if (draw < RecurringDyadShare + NeighbourDyadShare)
        {
            var neighbours = model.Neighbours[first];
            if (neighbours.Length > 0)
            {
                return (first, neighbours[_random.Below(neighbours.Length)]);
            }
        }

        if (_random.NextDouble() < OneSidedShare)
        {
            return (first, -1);
        }

        return _random.NextDouble() < DomesticShare ? (first, first) : (first, model.Countries.Sample(ref _random));
    }

    /// <summary>NumMentions geometric with mean 5; NumArticles mostly equal to it; NumSources mostly 1.</summary>
    private void WriteCounts()
    {
        var mentions = model.Mentions.Sample(ref _random) + 1;
        var articles = _random.NextDouble() < 0.8 ? mentions : 1 + _random.Below(mentions);
        var sources = _random.NextDouble() < 0.6 ? 1 : 1 + _random.Below(articles);
        PutNumber(mentions);
        Put((byte)'\t');
        PutNumber(sources);
        Put((byte)'\t');
        PutNumber(articles);
        Put((byte)'\t');
    }

    /// <summary>AvgTone: normal with spread 3.5 around −1.2 for cooperation and −4.5 for conflict.</summary>
    private void WriteTone(bool conflict)
    {
        var tone = (conflict ? ConflictTone : CooperationTone) + (ToneSpread * _random.NextGaussian());
        var micros = (long)Math.Round(Math.Clamp(tone, -100, 100) * 1_000_000);
        if (micros < 0)
        {
            Put((byte)'-');
            micros = -micros;
        }

        PutNumber(micros / 1_000_000);
        var fraction = (int)(micros % 1_000_000);
        if (fraction != 0)
        {
            Put((byte)'.');
            var divisor = 100_000;
            while (fraction != 0)
            {
                Put((byte)('0' + (fraction / divisor)));
                fraction %= divisor;
                divisor /= 10;
            }
        }

        Put((byte)'\t');
    }

    /// <summary>No place for a tenth of actors, the country for two fifths, the capital for the rest.</summary>
    private byte[] ActorGeo(int state)
    {
        var draw = _random.NextDouble();
        return draw < 0.1 ? model.EmptyGeo : draw < 0.5 ? model.CountryGeo(state) : model.CityGeo(state);
    }

    /// <summary>Mostly in Actor2's or Actor1's country, a tenth elsewhere; at country or capital level.</summary>
    private byte[] ActionGeo(int first, int second)
    {
        var draw = _random.NextDouble();
        var state = draw < 0.1 ? model.Countries.Sample(ref _random)
            : second >= 0 && draw < 0.55 ? second
            : first;
        return _random.NextDouble() < 0.45 ? model.CountryGeo(state) : model.CityGeo(state);
    }

    /// <summary>A few days after the event for the GDELT 2.0 era, any day of that era for older events.</summary>
    private int DayAdded(int eventDay)
    {
        var calendar = model.Calendar;
        if (eventDay < calendar.FirstAddedDay)
        {
            return calendar.FirstAddedDay + _random.Below(calendar.LastEventDay - calendar.FirstAddedDay + 1);
        }

        var lag = _random.NextDouble();
        return eventDay + (lag < 0.6 ? 0 : lag < 0.85 ? 1 : lag < 0.95 ? 2 : 3);
    }

    private void Put(byte value) => _buffer[_length++] = value;

    private void Put(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void PutNumber(long value)
    {
        _ = Utf8Formatter.TryFormat(value, _buffer.AsSpan(_length), out var written);
        _length += written;
    }
}

/// <summary>
/// Everything a row is drawn from, built once from the embedded lookups: samplers for countries, event codes
/// and days, and the byte strings of each column group so rows are assembled by copying.
/// </summary>
file sealed class EventModel
{
    private const string CountryResource = "Griot.Events.Lookups.cameoCountry.txt";
    private const string GoldsteinResource = "Griot.Events.Lookups.CAMEO.goldsteinscale.txt";
    private const string GeoNamesResource = "Griot.Events.Lookups.countryInfo.txt";
    private const double CountryExponent = 1.1;
    private const double EventExponent = 1.0;
    private const double CooperationShare = 0.75;
    private const double MentionContinuation = 0.8;
    private const int MaxMentions = 250;

    /// <summary>Approximate geographic centres (latitude, longitude), as GDELT gives for country-level places.</summary>
    private const string Centroids =
        "AFG 33 65;ALB 41 20;DZA 28 3;AND 42.5 1.5;AGO -12.5 18.5;ATG 17.05 -61.8;ARG -34 -64;ARM 40 45;" +
        "AUS -27 133;AUT 47.33 13.33;AZE 40.5 47.5;BHS 24.25 -76;BHR 26 50.55;BGD 24 90;BRB 13.17 -59.53;" +
        "BLR 53 28;BEL 50.83 4;BLZ 17.25 -88.75;BEN 9.5 2.25;BTN 27.5 90.5;BOL -17 -65;BIH 44 18;BWA -22 24;" +
        "BRA -10 -55;BRN 4.5 114.67;BGR 43 25;BFA 13 -2;BDI -3.5 30;KHM 13 105;CMR 6 12;CAN 60 -95;CPV 16 -24;" +
        "CAF 7 21;TCD 15 19;CHL -30 -71;CHN 35 105;COL 4 -72;COM -12.17 44.25;COD 0 25;COG -1 15;CRI 10 -84;" +
        "CIV 8 -5;HRV 45.17 15.5;CUB 21.5 -80;CYP 35 33;CZE 49.75 15.5;DNK 56 10;DJI 11.5 43;DMA 15.42 -61.33;" +
        "DOM 19 -70.67;TMP -8.83 125.92;ECU -2 -77.5;EGY 27 30;SLV 13.83 -88.92;GNQ 2 10;ERI 15 39;EST 59 26;" +
        "ETH 8 38;FJI -18 175;FIN 64 26;FRA 46 2;GAB -1 11.75;GMB 13.47 -16.57;GEO 42 43.5;DEU 51 9;GHA 8 -2;" +
        "GRC 39 22;GRD 12.12 -61.67;GTM 15.5 -90.25;GIN 11 -10;GNB 12 -15;GUY 5 -59;HTI 19 -72.42;" +
        "VAT 41.9 12.45;HND 15 -86.5;HUN 47 20;ISL 65 -18;IND 20 77;IDN -5 120;IRN 32 53;IRQ 33 44;IRL 53 -8;" +
        "ISR 31.5 34.75;ITA 42.83 12.83;JAM 18.25 -77.5;JPN 36 138;JOR 31 36;KAZ 48 68;KEN 1 38;KIR 1.42 173;" +
        "PRK 40 127;KOR 37 127.5;KWT 29.5 45.75;KGZ 41 75;LAO 18 105;LVA 57 25;LBN 33.83 35.83;LSO -29.5 28.5;" +
        "LBR 6.5 -9.5;LBY 25 17;LIE 47.27 9.53;LTU 56 24;LUX 49.75 6.17;MKD 41.83 22;MDG -20 47;MWI -13.5 34;" +
        "MYS 2.5 112.5;MDV 3.25 73;MLI 17 -4;MLT 35.83 14.58;MHL 9 168;MRT 20 -12;MUS -20.28 57.55;" +
        "MEX 23 -102;FSM 6.92 158.25;MDA 47 29;MCO 43.73 7.4;MNG 46 105;MTN 42.5 19.3;MAR 32 -5;" +
        "MOZ -18.25 35;MMR 22 98;NAM -22 17;NRU -0.53 166.92;NPL 28 84;NLD 52.5 5.75;NZL -41 174;NIC 13 -85;" +
        "NER 16 8;NGA 10 8;NOR 62 10;PSE 32 35.25;OMN 21 57;PAK 30 70;PLW 7.5 134.5;PAN 9 -80;PNG -6 147;" +
        "PRY -23 -58;PER -10 -76;PHL 13 122;POL 52 20;PRT 39.5 -8;QAT 25.5 51.25;ROM 46 25;RUS 60 100;" +
        "RWA -2 30;KNA 17.33 -62.75;LCA 13.88 -61.13;VCT 13.25 -61.2;WSM -13.58 -172.33;SMR 43.77 12.42;" +
        "STP 1 7;SAU 25 45;SEN 14 -14;SRB 44 21;SYC -4.58 55.67;SLE 8.5 -11.5;SGP 1.37 103.8;SVK 48.67 19.5;" +
        "SVN 46.12 14.82;SLB -8 159;SOM 10 49;ZAF -29 24;ESP 40 -4;LKA 7 81;SDN 15 30;SUR 4 -56;" +
        "SWZ -26.5 31.5;SWE 62 15;CHE 47 8;SYR 35 38;TWN 23.5 121;TJK 39 71;TZA -6 35;THA 15 100;TGO 8 1.17;" +
        "TON -20 -175;TTO 11 -61;TUN 34 9;TUR 39 35;TKM 40 60;TUV -8 178;UGA 1 32;UKR 49 32;ARE 24 54;" +
        "GBR 54 -2;USA 38 -97;URY -33 -56;UZB 41 64;VUT -16 167;VEN 8 -66;VNM 16.17 107.83;YEM 15 48;" +
        "ZMB -15 30;ZWE -20 30";

    private static readonly string[] TypeCodes = ["", "GOV", "MIL", "COP", "BUS", "MED", "OPP", "REB", "CVL"];

    private static readonly string[] TypeNames =
        ["", "GOVERNMENT", "MILITARY", "POLICE", "BUSINESS", "MEDIA", "OPPOSITION", "REBEL", "CIVILIAN"];

    private static readonly double[] TypeWeights = [45, 22, 6, 5, 6, 4, 3, 2, 7];

    /// <summary>The busiest states in GDELT, in order; the rest follow by population.</summary>
    private static readonly string[] HighVolumeStates =
    [
        "USA", "CHN", "RUS", "GBR", "FRA", "ISR", "IRN", "IND", "DEU", "TUR", "UKR", "SYR", "PAK", "JPN", "IRQ",
        "AFG", "PRK", "KOR", "EGY", "SAU", "AUS", "CAN", "NGA", "BRA", "PSE", "MEX", "LBY", "ITA", "ESP", "YEM",
        "MLI",
    ];

    private static readonly string[] CommonEventCodes =
    [
        "042", "043", "010", "020", "051", "040", "036", "046", "190", "112", "173", "057", "061", "193", "111",
        "013", "090", "084", "141", "120", "100", "050", "071", "030", "130", "172", "180", "070", "031", "012",
        "114", "138", "182", "183", "160", "154", "080", "181", "145",
    ];

    private static readonly string[] RecurringDyadCodes =
    [
        "MLI-FRA", "MLI-RUS", "USA-CHN", "RUS-UKR", "ISR-PSE", "ISR-IRN", "IND-PAK", "USA-IRN", "CHN-TWN",
        "PRK-KOR", "USA-RUS", "SAU-YEM", "TUR-SYR", "ARM-AZE", "ETH-ERI", "COL-VEN", "GRC-TUR", "MAR-DZA",
        "NER-FRA", "BFA-RUS", "AFG-PAK", "USA-ISR",
    ];

    /// <summary>CAMEO codes whose ISO 3166 alpha-3 code differs.</summary>
    private static readonly Dictionary<string, string> IsoForCameo = new(StringComparer.Ordinal)
    {
        ["ROM"] = "ROU", ["MTN"] = "MNE", ["TMP"] = "TLS",
    };

    /// <summary>Dependent territories that share the CAMEO and GeoNames code lists but are not states.</summary>
    private static readonly HashSet<string> Territories = new(StringComparer.Ordinal)
    {
        "ALA", "ASM", "AIA", "ABW", "BMU", "VGB", "CYM", "COK", "FRO", "FLK", "GUF", "PYF", "GIB", "GRL", "GLP",
        "GUM", "HKG", "MAC", "MTQ", "MYT", "MSR", "ANT", "NCL", "NIU", "NFK", "MNP", "PRI", "PCN", "REU", "SHN",
        "SPM", "SJM", "TKL", "TCA", "VIR", "WLF", "ESH",
    };

    private static readonly Lazy<EventModel> Instance = new(() => new EventModel());

    private readonly byte[][] _actors;
    private readonly byte[][] _sectorOnlyActors;
    private readonly byte[][] _countryGeos;
    private readonly byte[][] _cityGeos;
    private readonly byte[][] _eventColumns;
    private readonly bool[] _conflict;

    private EventModel()
    {
        var states = LoadStates();
        Countries = new AliasTable(states.Select((_, rank) => Math.Pow(rank + 1, -CountryExponent)).ToArray());
        _actors = states
            .SelectMany(state => TypeCodes.Select(type => Columns(
                state.Code + type, state.Name.ToUpperInvariant(), state.Code, "", "", "", "", type, "", "", "")))
            .ToArray();
        _sectorOnlyActors = TypeCodes
            .Select((type, t) => Columns(type, TypeNames[t], "", "", "", "", "", type, "", "", ""))
            .ToArray();
        _countryGeos = states.Select(CountryGeoColumns).ToArray();
        _cityGeos = states.Select(CityGeoColumns).ToArray();
        Neighbours = NeighbourIndexes(states);
        RecurringDyads = DyadIndexes(states);

        var lookup = LoadGoldstein();
        var ranked = RankEventCodes(lookup);
        var goldstein = lookup.ToDictionary(entry => entry.Code, entry => entry.Goldstein, StringComparer.Ordinal);
        _conflict = ranked.Select(code => QuadClass(code) >= 3).ToArray();
        EventCodes = new AliasTable(EventCodeWeights(_conflict));
        _eventColumns = ranked
            .Select(code => Encoding.ASCII.GetBytes(string.Create(
                CultureInfo.InvariantCulture,
                $"{code}\t{code[..Math.Min(3, code.Length)]}\t{code[..2]}\t{QuadClass(code)}\t{goldstein[code]}\t")))
            .ToArray();

        EventDays = new AliasTable(Calendar.EventDayWeights());
        MaxRowBytes = 1024 + (2 * Longest(_actors, _sectorOnlyActors)) + (3 * Longest(_countryGeos, _cityGeos))
            + Longest(_eventColumns);
    }

    /// <summary>The model every writer shares, built on first use.</summary>
    public static EventModel Shared => Instance.Value;

    public AliasTable Countries { get; }

    public AliasTable EventCodes { get; }

    public AliasTable EventDays { get; }

    public AliasTable ActorTypes { get; } = new(TypeWeights);

    /// <summary>How many mentions beyond the first; geometric with mean 4.</summary>
    public AliasTable Mentions { get; } = new(
        Enumerable.Range(0, MaxMentions).Select(k => Math.Pow(MentionContinuation, k)).ToArray());

    public SyntheticCalendar Calendar { get; } = new();

    /// <summary>For each state, the states GeoNames lists as its neighbours.</summary>
    public int[][] Neighbours { get; }

    public (int First, int Second)[] RecurringDyads { get; }

    public byte[] EmptyActor { get; } = Encoding.ASCII.GetBytes(new string('\t', 10));

    public byte[] EmptyGeo { get; } = "0\t\t\t\t\t\t\t"u8.ToArray();

    /// <summary>An upper bound on the bytes of one row.</summary>
    public int MaxRowBytes { get; }

    /// <summary>Actor code through Type3Code, each followed by a tab; type 0 is none.</summary>
    public ReadOnlySpan<byte> Actor(int state, int type) => _actors[(state * TypeCodes.Length) + type];

    /// <summary>An actor known only by its sector, such as "GOV" with no country.</summary>
    public ReadOnlySpan<byte> SectorOnlyActor(int type) => _sectorOnlyActors[type == 0 ? 1 : type];

    public byte[] CountryGeo(int state) => _countryGeos[state];

    public byte[] CityGeo(int state) => _cityGeos[state];

    /// <summary>EventCode through GoldsteinScale, each followed by a tab.</summary>
    public ReadOnlySpan<byte> EventColumns(int code) => _eventColumns[code];

    public bool IsConflict(int code) => _conflict[code];

    private static int[][] NeighbourIndexes(List<State> states)
    {
        var byIso2 = states.Select((state, index) => (state.Iso2, index))
            .ToDictionary(pair => pair.Iso2, pair => pair.index, StringComparer.Ordinal);
        return states
            .Select(state => state.NeighbourIso2.Where(byIso2.ContainsKey).Select(iso2 => byIso2[iso2]).ToArray())
            .ToArray();
    }

    private static (int First, int Second)[] DyadIndexes(List<State> states)
    {
        var byCode = states.Select((state, index) => (state.Code, index))
            .ToDictionary(pair => pair.Code, pair => pair.index, StringComparer.Ordinal);
        return RecurringDyadCodes
            .Select(dyad => dyad.Split('-'))
            .Where(pair => byCode.ContainsKey(pair[0]) && byCode.ContainsKey(pair[1]))
            .Select(pair => (byCode[pair[0]], byCode[pair[1]]))
            .ToArray();
    }

    /// <summary>The common codes first, then the other three-digit, four-digit and bare root codes.</summary>
    private static List<string> RankEventCodes(List<(string Code, string Goldstein)> lookup)
    {
        var known = lookup.Select(entry => entry.Code).ToHashSet(StringComparer.Ordinal);
        var common = CommonEventCodes.Where(known.Contains).ToList();
        return common
            .Concat(lookup
                .Select(entry => entry.Code)
                .Where(code => !common.Contains(code))
                .OrderBy(code => code.Length == 2 ? 5 : code.Length))
            .ToList();
    }

    /// <summary>Zipf weights by rank, rescaled so cooperation (QuadClass 1–2) carries three quarters.</summary>
    private static double[] EventCodeWeights(bool[] conflict)
    {
        var weights = conflict.Select((_, rank) => Math.Pow(rank + 1, -EventExponent)).ToArray();
        var conflictTotal = weights.Where((_, i) => conflict[i]).Sum();
        var cooperationTotal = weights.Sum() - conflictTotal;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] *= conflict[i] ? (1 - CooperationShare) / conflictTotal : CooperationShare / cooperationTotal;
        }

        return weights;
    }

    private static int QuadClass(string code) => int.Parse(code.AsSpan(0, 2), CultureInfo.InvariantCulture) switch
    {
        <= 5 => 1,
        <= 8 => 2,
        <= 13 => 3,
        _ => 4,
    };

    private static byte[] CountryGeoColumns(State state) => Columns(
        "1", state.Name, state.Fips, state.Fips, "", Coordinate(state.Latitude), Coordinate(state.Longitude), state.Fips);

    /// <summary>
    /// A city-level point at the capital, near the centre and within the country's size, with stable made-up
    /// ADM and feature codes.
    /// </summary>
    private static byte[] CityGeoColumns(State state)
    {
        if (state.Capital.Length == 0)
        {
            return CountryGeoColumns(state);
        }

        var hash = StableHash(state.Code);
        var reach = Math.Min(2, Math.Sqrt(state.AreaSquareKilometres) / 111 / 2);
        return Columns(
            "4",
            $"{state.Capital}, {state.Name}",
            state.Fips,
            state.Fips + (1 + (hash % 40)).ToString("00", CultureInfo.InvariantCulture),
            (10_000 + (hash % 90_000)).ToString(CultureInfo.InvariantCulture),
            Coordinate(state.Latitude + (reach * Offset(hash >> 8))),
            Coordinate(state.Longitude + (reach * Offset(hash >> 16))),
            (-(1_000_000 + (long)(hash % 2_000_000))).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Between −1 and 1.</summary>
    private static double Offset(uint bits) => ((bits & 0xFF) / 127.5) - 1;

    private static string Coordinate(double degrees) =>
        Math.Round(degrees, 4).ToString("0.####", CultureInfo.InvariantCulture);

    private static byte[] Columns(params string[] values) => Encoding.UTF8.GetBytes(string.Join('\t', values));

    private static int Longest(params byte[][][] groups) => groups.SelectMany(group => group).Max(bytes => bytes.Length);

    /// <summary>FNV-1a, so made-up codes and coordinates do not change between runs or runtimes.</summary>
    private static uint StableHash(string text)
    {
        var hash = 2166136261;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }

    /// <summary>
    /// The real states among the CAMEO country codes (those GeoNames knows, less dependent territories), the
    /// busiest first and the rest by population.
    /// </summary>
    private static List<State> LoadStates()
    {
        var geoNames = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var fields in ReadRows(GeoNamesResource, hasHeader: false))
        {
            if (fields.Length >= 18 && fields[0] != "ISO" && fields[1].Length == 3 && fields[3].Length > 0)
            {
                geoNames[fields[1]] = fields;
            }
        }

        var centroids = Centroids.Split(';')
            .Select(entry => entry.Split(' '))
            .ToDictionary(
                parts => parts[0],
                parts => (
                    double.Parse(parts[1], CultureInfo.InvariantCulture),
                    double.Parse(parts[2], CultureInfo.InvariantCulture)),
                StringComparer.Ordinal);
        var states = new List<State>();
        foreach (var fields in ReadRows(CountryResource, hasHeader: true))
        {
            var code = fields[0];
            var iso3 = IsoForCameo.GetValueOrDefault(code, code);
            if (code.Length != 3 || Territories.Contains(code) || !geoNames.TryGetValue(iso3, out var info))
            {
                continue;
            }

            var (latitude, longitude) = centroids.TryGetValue(code, out var centroid)
                ? centroid
                : ContinentPoint(info[8], StableHash(code));
            states.Add(new State(
                code,
                info[0],
                info[3],
                info[4],
                info[5],
                long.TryParse(info[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out var people) ? people : 0,
                double.TryParse(info[6], NumberStyles.Float, CultureInfo.InvariantCulture, out var area) ? area : 0,
                latitude,
                longitude,
                info[17].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }

        var rank = HighVolumeStates.Select((code, index) => (code, index))
            .ToDictionary(pair => pair.code, pair => pair.index, StringComparer.Ordinal);
        return states
            .OrderBy(state => rank.GetValueOrDefault(state.Code, int.MaxValue))
            .ThenByDescending(state => state.Population)
            .ThenBy(state => state.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A stable point inside a rough box around the continent, for a state missing from the centroids.</summary>
    private static (double Latitude, double Longitude) ContinentPoint(string continent, uint hash)
    {
        var (south, north, west, east) = continent switch
        {
            "AF" => (-30.0, 32.0, -15.0, 45.0),
            "AS" => (0.0, 50.0, 40.0, 140.0),
            "EU" => (37.0, 62.0, -8.0, 35.0),
            "NA" => (8.0, 50.0, -115.0, -60.0),
            "SA" => (-40.0, 8.0, -75.0, -38.0),
            "OC" => (-40.0, 0.0, 130.0, 180.0),
            _ => (-80.0, -60.0, -180.0, 180.0),
        };
        return (south + ((north - south) * (hash & 0xFFFF) / 65535.0),
            west + ((east - west) * (hash >> 16) / 65535.0));
    }

    private static List<(string Code, string Goldstein)> LoadGoldstein() =>
        ReadRows(GoldsteinResource, hasHeader: true)
            .Where(fields => fields.Length >= 2 && fields[0].Length >= 2 && char.IsAsciiDigit(fields[0][0]))
            .Select(fields => (fields[0], fields[1]))
            .ToList();

    /// <summary>The tab-separated lines of an embedded lookup, less <c>#</c> comments and any header line.</summary>
    private static List<string[]> ReadRows(string resource, bool hasHeader)
    {
        using var stream = typeof(SyntheticEvents).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the embedded lookup {resource} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<string[]>();
        var header = hasHeader;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            rows.Add(line.Split('\t').Select(field => field.Trim()).ToArray());
        }

        return rows;
    }

    private sealed record State(
        string Code,
        string Iso2,
        string Fips,
        string Name,
        string Capital,
        long Population,
        double AreaSquareKilometres,
        double Latitude,
        double Longitude,
        string[] NeighbourIso2);
}

/// <summary>
/// Days from 1979-01-01 with their column bytes: events fall up to 2025-12-31, growing denser over the years,
/// and rows can be added a few days later.
/// </summary>
file sealed class SyntheticCalendar
{
    public const int QuarterHoursPerDay = 96;

    private const int DateColumnsBytes = 31;
    private const int AddedLagDays = 3;

    private static readonly DateOnly First = new(1979, 1, 1);
    private static readonly DateOnly LastEvent = new(2025, 12, 31);
    private static readonly DateOnly FirstAdded = new(2013, 4, 1);

    private readonly byte[] _dateColumns;
    private readonly byte[] _digits;
    private readonly byte[] _quarterHours;

    public SyntheticCalendar()
    {
        LastEventDay = LastEvent.DayNumber - First.DayNumber;
        FirstAddedDay = FirstAdded.DayNumber - First.DayNumber;
        var days = LastEventDay + AddedLagDays + 1;
        _dateColumns = new byte[days * DateColumnsBytes];
        _digits = new byte[days * 8];
        for (var day = 0; day < days; day++)
        {
            var date = First.AddDays(day);
            var fraction = (date.DayOfYear - 1) / (double)(DateTime.IsLeapYear(date.Year) ? 366 : 365);
            var columns = string.Create(
                CultureInfo.InvariantCulture,
                $"{date:yyyyMMdd}\t{date:yyyyMM}\t{date:yyyy}\t{date.Year + fraction:0.0000}\t");
            Encoding.ASCII.GetBytes(columns, _dateColumns.AsSpan(day * DateColumnsBytes, DateColumnsBytes));
            Encoding.ASCII.GetBytes(columns.AsSpan(0, 8), _digits.AsSpan(day * 8, 8));
        }

        _quarterHours = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, QuarterHoursPerDay)
            .Select(q => string.Create(CultureInfo.InvariantCulture, $"{q / 4:00}{q % 4 * 15:00}00"))));
    }

    /// <summary>The last day an event can fall on, counted from 1979-01-01.</summary>
    public int LastEventDay { get; }

    /// <summary>The first day rows are added on (GDELT's 2013 relaunch), counted from 1979-01-01.</summary>
    public int FirstAddedDay { get; }

    /// <summary>SQLDATE, MonthYear, Year and FractionDate, each followed by a tab.</summary>
    public ReadOnlySpan<byte> EventDateColumns(int day) => _dateColumns.AsSpan(day * DateColumnsBytes, DateColumnsBytes);

    /// <summary>The day as YYYYMMDD.</summary>
    public ReadOnlySpan<byte> Digits(int day) => _digits.AsSpan(day * 8, 8);

    /// <summary>HHMMSS of the quarter hour.</summary>
    public ReadOnlySpan<byte> QuarterHour(int quarter) => _quarterHours.AsSpan(quarter * 6, 6);

    /// <summary>
    /// Weights per event day: each year from 2013 on weighs about one, growing slowly; earlier years fade
    /// by a tenth per year, so about 85% of events fall after 2013.
    /// </summary>
    public double[] EventDayWeights()
    {
        var weights = new double[LastEventDay + 1];
        for (var day = 0; day < weights.Length; day++)
        {
            var year = First.AddDays(day).Year;
            var yearWeight = year >= 2013 ? 1 + (0.04 * (year - 2013)) : 0.3 * Math.Exp(0.1 * (year - 2012));
            weights[day] = yearWeight / (DateTime.IsLeapYear(year) ? 366 : 365);
        }

        return weights;
    }
}

/// <summary>Walker–Vose alias sampler: one random number and one table lookup per draw.</summary>
file sealed class AliasTable
{
    private readonly uint[] _threshold;
    private readonly int[] _alias;

    public AliasTable(IReadOnlyList<double> weights)
    {
        var count = weights.Count;
        var total = weights.Sum();
        var scaled = weights.Select(weight => weight * count / total).ToArray();
        _threshold = new uint[count];
        _alias = new int[count];
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = count - 1; i >= 0; i--)
        {
            (scaled[i] < 1 ? small : large).Push(i);
        }

        while (small.Count > 0 && large.Count > 0)
        {
            var less = small.Pop();
            var more = large.Peek();
            _threshold[less] = (uint)(scaled[less] * 4294967296.0);
            _alias[less] = more;
            scaled[more] -= 1 - scaled[less];
            if (scaled[more] < 1)
            {
                small.Push(large.Pop());
            }
        }

        foreach (var full in small.Concat(large))
        {
            _threshold[full] = uint.MaxValue;
            _alias[full] = full;
        }
    }

    public int Sample(ref Xoshiro256 random)
    {
        var bits = random.Next();
        var column = (int)(((bits >> 32) * (ulong)_alias.Length) >> 32);
        return (uint)bits < _threshold[column] ? column : _alias[column];
    }
}

/// <summary>xoshiro256** seeded by SplitMix64: fast, and its stream is fixed by the seed on every runtime.</summary>
file struct Xoshiro256
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Xoshiro256(int seed)
    {
        var state = 0x5DEECE66DUL ^ (ulong)seed;
        _s0 = SplitMix(ref state);
        _s1 = SplitMix(ref state);
        _s2 = SplitMix(ref state);
        _s3 = SplitMix(ref state);
    }

    public ulong Next()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, <paramref name="bound"/>).</summary>
    public int Below(int bound) => (int)Math.BigMul(Next(), (ulong)bound, out _);

    /// <summary>Standard normal, by Box–Muller.</summary>
    public double NextGaussian()
    {
        var radius = Math.Sqrt(-2 * Math.Log(1 - NextDouble()));
        return radius * Math.Cos(2 * Math.PI * NextDouble());
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

using System.Globalization;
using System.IO.Compression;
using System.Text;
using Griot.Events.Synthetic;

namespace Griot.Events.Tests;

public sealed class SyntheticEventsTests
{
    private const int SampleRows = 200_000;
    private const int Id = 0;
    private const int SqlDate = 1;
    private const int MonthYear = 2;
    private const int Year = 3;
    private const int FractionDate = 4;
    private const int Actor1CountryCode = 7;
    private const int Actor2Code = 15;
    private const int Actor2CountryCode = 17;
    private const int EventCode = 26;
    private const int EventBaseCode = 27;
    private const int EventRootCode = 28;
    private const int QuadClass = 29;
    private const int GoldsteinScale = 30;
    private const int NumMentions = 31;
    private const int NumSources = 32;
    private const int NumArticles = 33;
    private const int DateAdded = 59;

    private static readonly DateOnly FirstDate = new(1979, 1, 1);
    private static readonly DateOnly LastDate = new(2025, 12, 31);

    private static readonly Lazy<Sample> Shared = new(() =>
    {
        using var output = new MemoryStream();
        var written = SyntheticEvents.Write(output, SampleRows, seed: 3);
        return new Sample(written, output.ToArray());
    });

    [Fact]
    public void Write_EveryLineHasSixtyOneFields_AndTheCountReturnedIsTheLinesWritten()
    {
        var sample = Shared.Value;

        Assert.Equal(SampleRows, sample.Written);
        Assert.Equal((byte)'\n', sample.Bytes[^1]);
        Assert.Equal(-1, Array.IndexOf(sample.Bytes, (byte)'\r'));
        Assert.Equal(SampleRows, sample.Lines.Length);
        var malformed = sample.Lines.FirstOrDefault(line => line.Count(c => c == '\t') != 60);
        Assert.Null(malformed);
    }

    [Fact]
    public void Write_SameSeed_GivesIdenticalBytes()
    {
        var first = Generate(20_000, seed: 7);
        var second = Generate(20_000, seed: 7);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Write_DifferentSeeds_GiveDisjointIds()
    {
        var first = Ids(Generate(20_000, seed: 1));
        var second = Ids(Generate(20_000, seed: 2));

        Assert.NotEqual(Generate(1_000, seed: 1), Generate(1_000, seed: 2));
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public void Write_EventIdsAreUniqueWithinAFile()
    {
        var ids = Ids(Shared.Value.Bytes);

        Assert.Equal(SampleRows, ids.Count);
        Assert.Equal(SampleRows, ids.Distinct().Count());
    }

    [Fact]
    public void Write_DatesAreValidInRangeAndConsistent()
    {
        var afterRelaunch = 0;
        foreach (var fields in Shared.Value.Rows())
        {
            var date = DateOnly.ParseExact(fields[SqlDate], "yyyyMMdd", CultureInfo.InvariantCulture);
            Assert.InRange(date, FirstDate, LastDate);
            Assert.Equal(fields[SqlDate][..6], fields[MonthYear]);
            Assert.Equal(fields[SqlDate][..4], fields[Year]);
            var fraction = double.Parse(fields[FractionDate], CultureInfo.InvariantCulture);
            Assert.Equal(date.Year, (int)Math.Floor(fraction));

            var added = DateTime.ParseExact(fields[DateAdded], "yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            Assert.Equal(0, added.Minute % 15);
            Assert.Equal(0, added.Second);
            Assert.True(DateOnly.FromDateTime(added) >= date, fields[Id]);
            if (date >= new DateOnly(2013, 4, 1))
            {
                Assert.InRange(DateOnly.FromDateTime(added).DayNumber - date.DayNumber, 0, 3);
            }

            afterRelaunch += date.Year >= 2013 ? 1 : 0;
        }

        Assert.True(afterRelaunch > SampleRows * 0.7, $"{afterRelaunch} rows after 2013");
    }

    [Fact]
    public void Write_GoldsteinScaleAndQuadClassFollowTheEventCode()
    {
        var goldstein = GoldsteinLookup();
        foreach (var fields in Shared.Value.Rows())
        {
            var code = fields[EventCode];
            Assert.True(goldstein.TryGetValue(code, out var expected), $"unknown event code {code}");
            Assert.Equal(expected, double.Parse(fields[GoldsteinScale], CultureInfo.InvariantCulture));
            Assert.Equal(code[..Math.Min(3, code.Length)], fields[EventBaseCode]);
            Assert.Equal(code[..2], fields[EventRootCode]);
            Assert.Equal(ExpectedQuadClass(code[..2]), fields[QuadClass]);
        }
    }

    [Fact]
    public void Write_EventCodesKeepTheirLeadingZeros()
    {
        var codes = Shared.Value.Rows().Select(fields => fields[EventCode]).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("042", codes);
        Assert.Contains("010", codes);
        Assert.DoesNotContain("42", codes);
        Assert.All(codes, code => Assert.True(code.Length >= 2 && code.All(char.IsAsciiDigit), code));
    }

    [Fact]
    public void Write_CooperationOutnumbersConflictAboutThreeToOne()
    {
        var quads = Shared.Value.Rows().CountBy(fields => fields[QuadClass]).ToDictionary();
        var cooperation = quads.GetValueOrDefault("1") + quads.GetValueOrDefault("2");
        var conflict = quads.GetValueOrDefault("3") + quads.GetValueOrDefault("4");

        Assert.InRange(cooperation / (double)conflict, 2.5, 3.5);
    }

    [Fact]
    public void Write_ActorCountriesAreSkewed()
    {
        var countries = Shared.Value.Rows()
            .Select(fields => fields[Actor1CountryCode])
            .Where(code => code.Length > 0)
            .CountBy(code => code)
            .ToList();
        var total = countries.Sum(pair => pair.Value);
        var top = countries.MaxBy(pair => pair.Value);

        Assert.True(top.Value > total * 0.10, $"top country {top.Key} has {top.Value} of {total}");
        Assert.True(countries.Count >= 100, $"{countries.Count} distinct countries");
        Assert.True(countries.Count(pair => pair.Value < total * 0.002) > countries.Count / 2, "most countries are rare");
    }

    [Fact]
    public void Write_RecurringDyadsAndOneSidedEventsAppear()
    {
        var oneSided = 0;
        var maliFrance = 0;
        foreach (var fields in Shared.Value.Rows())
        {
            oneSided += fields[Actor2Code].Length == 0 ? 1 : 0;
            maliFrance += (fields[Actor1CountryCode], fields[Actor2CountryCode]) is ("MLI", "FRA") or ("FRA", "MLI")
                ? 1
                : 0;
        }

        Assert.InRange(oneSided / (double)SampleRows, 0.15, 0.25);
        Assert.True(maliFrance >= 50, $"{maliFrance} Mali–France events");
    }

    [Fact]
    public void Write_CountsAreOrderedAndSkewed()
    {
        long totalMentions = 0;
        foreach (var fields in Shared.Value.Rows())
        {
            var mentions = int.Parse(fields[NumMentions], CultureInfo.InvariantCulture);
            var sources = int.Parse(fields[NumSources], CultureInfo.InvariantCulture);
            var articles = int.Parse(fields[NumArticles], CultureInfo.InvariantCulture);
            Assert.InRange(sources, 1, articles);
            Assert.InRange(articles, sources, mentions);
            totalMentions += mentions;
        }

        Assert.InRange(totalMentions / (double)SampleRows, 4, 6);
    }

    [Fact]
    public void Write_GzPath_DecompressesToThePlainOutput()
    {
        using var folder = new TemporaryFolder();
        var plain = Path.Join(folder.Path, "events.csv");
        var zipped = Path.Join(folder.Path, "events.csv.gz");
        var token = TestContext.Current.CancellationToken;

        Assert.Equal(30_000, SyntheticEvents.Write(plain, 30_000, seed: 5, cancellationToken: token));
        Assert.Equal(30_000, SyntheticEvents.Write(zipped, 30_000, seed: 5, cancellationToken: token));

        using var unzipped = new MemoryStream();
        using (var gzip = new GZipStream(File.OpenRead(zipped), CompressionMode.Decompress))
        {
            gzip.CopyTo(unzipped);
        }

        Assert.Equal(File.ReadAllBytes(plain), unzipped.ToArray());
        Assert.Equal(Generate(30_000, seed: 5), unzipped.ToArray());
        Assert.Empty(Directory.EnumerateFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public void Write_Cancelled_LeavesNoFile()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Join(folder.Path, "events.csv.gz");
        using var cancellation = new CancellationTokenSource();
        var progress = new CancelAt(200_000, cancellation);

        Assert.ThrowsAny<OperationCanceledException>(
            () => SyntheticEvents.Write(path, 1_000_000, progress: progress, cancellationToken: cancellation.Token));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Write_ReportsProgressEveryHundredThousandRowsAndAtTheEnd()
    {
        var progress = new Recorder();

        SyntheticEvents.Write(
            Stream.Null, 250_000, progress: progress, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([100_000L, 200_000L, 250_000L], progress.Reports);
    }

    private static byte[] Generate(long rows, int seed)
    {
        using var output = new MemoryStream();
        SyntheticEvents.Write(output, rows, seed, cancellationToken: TestContext.Current.CancellationToken);
        return output.ToArray();
    }

    private static List<long> Ids(byte[] bytes) => SplitLines(bytes)
        .Select(line => long.Parse(line.AsSpan(0, line.IndexOf('\t', StringComparison.Ordinal)), CultureInfo.InvariantCulture))
        .ToList();

    private static string[] SplitLines(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string ExpectedQuadClass(string root) => int.Parse(root, CultureInfo.InvariantCulture) switch
    {
        >= 1 and <= 5 => "1",
        >= 6 and <= 8 => "2",
        >= 9 and <= 13 => "3",
        _ => "4",
    };

    private static Dictionary<string, double> GoldsteinLookup()
    {
        using var stream = typeof(SyntheticEvents).Assembly
            .GetManifestResourceStream("Griot.Events.Lookups.CAMEO.goldsteinscale.txt")!;
        using var reader = new StreamReader(stream);
        var lookup = new Dictionary<string, double>(StringComparer.Ordinal);
        _ = reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length == 2)
            {
                lookup[fields[0]] = double.Parse(fields[1], CultureInfo.InvariantCulture);
            }
        }

        return lookup;
    }

    private sealed record Sample(long Written, byte[] Bytes)
    {
        public string[] Lines { get; } = SplitLines(Bytes);

        public IEnumerable<string[]> Rows() => Lines.Select(line => line.Split('\t'));
    }

    private sealed class Recorder : IProgress<long>
    {
        public List<long> Reports { get; } = [];

        public void Report(long value) => Reports.Add(value);
    }

    private sealed class CancelAt(long rows, CancellationTokenSource cancellation) : IProgress<long>
    {
        public void Report(long value)
        {
            if (value >= rows)
            {
                cancellation.Cancel();
            }
        }
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Join(
            System.IO.Path.GetTempPath(), "griot-synthetic-" + Guid.NewGuid().ToString("N"))).FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

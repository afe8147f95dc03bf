using System.Globalization;

namespace Griot.Events.Lookups;

/// <summary>A CAMEO event code with its description and Goldstein value.</summary>
public sealed record CameoEventCode(string Code, string Description, double? Goldstein)
{
    /// <summary>The two-digit root code ("04" for "042").</summary>
    public string Root => Code[..2];

    /// <summary>The QuadClass of the code's root (1 verbal and 2 material cooperation, 3 verbal and 4 material conflict).</summary>
    public int QuadClass => EventLookups.QuadClassOfRoot(Root);
}

/// <summary>A row of GeoNames' country table: ISO 3166 codes and the FIPS 10-4 code GDELT's geography uses.</summary>
public sealed record GeoCountry(string Iso2, string Iso3, string Fips, string Name);

/// <summary>
/// The lookups that ship with Griot (<c>data/events/</c>, embedded in this assembly): CAMEO event codes and their
/// Goldstein values, CAMEO country codes, and GeoNames' country table that maps GDELT's FIPS codes to ISO.
/// </summary>
public sealed class EventLookups
{
    private static readonly Lazy<EventLookups> Shared = new(Load);

    private EventLookups(IReadOnlyDictionary<string, CameoEventCode> eventCodes, IReadOnlyDictionary<string, string> countries, IReadOnlyList<GeoCountry> geo)
    {
        EventCodes = eventCodes;
        Countries = countries;
        Geo = geo;
    }

    /// <summary>The lookups, read once.</summary>
    public static EventLookups Default => Shared.Value;

    /// <summary>CAMEO event codes by code ("042").</summary>
    public IReadOnlyDictionary<string, CameoEventCode> EventCodes { get; }

    /// <summary>CAMEO country and region codes with their labels ("MLI" → "Mali").</summary>
    public IReadOnlyDictionary<string, string> Countries { get; }

    /// <summary>GeoNames' countries.</summary>
    public IReadOnlyList<GeoCountry> Geo { get; }

    /// <summary>QuadClass of a CAMEO root code: 01-05 → 1, 06-08 → 2, 09-13 → 3, 14-20 → 4; 0 when not a root code.</summary>
    public static int QuadClassOfRoot(string root) =>
        int.TryParse(root, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r switch
        {
            >= 1 and <= 5 => 1,
            >= 6 and <= 8 => 2,
            >= 9 and <= 13 => 3,
            >= 14 and <= 20 => 4,
            _ => 0,
        } : 0;

    private static EventLookups Load()
    {
        var goldstein = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (fields, _) in Rows("CAMEO.goldsteinscale.txt", skipHeader: true))
        {
            goldstein[fields[0]] = double.Parse(fields[1], CultureInfo.InvariantCulture);
        }

        var codes = new Dictionary<string, CameoEventCode>(StringComparer.Ordinal);
        foreach (var (fields, _) in Rows("cameoEvent.txt", skipHeader: true))
        {
            // GDELT's file merges code 106 into the 1056 line: "...engagement106:[-5.0] Demand withdrawal".
            var description = fields[1];
            var merged = description.IndexOf("106:[", StringComparison.Ordinal);
            if (merged > 0)
            {
                var rest = description[(merged + 4)..];
                codes["106"] = new CameoEventCode("106", rest[(rest.IndexOf(']', StringComparison.Ordinal) + 1)..].Trim(), goldstein.GetValueOrDefault("106"));
                description = description[..merged];
            }

            codes[fields[0]] = new CameoEventCode(fields[0], description.Trim(), goldstein.TryGetValue(fields[0], out var g) ? g : null);
        }

        foreach (var (code, value) in goldstein)
        {
            codes.TryAdd(code, new CameoEventCode(code, "", value));
        }

        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (fields, _) in Rows("cameoCountry.txt", skipHeader: true))
        {
            countries[fields[0]] = fields[1];
        }

        var geo = new List<GeoCountry>();
        foreach (var (fields, _) in Rows("countryInfo.txt", skipHeader: false))
        {
            if (fields.Length > 4 && fields[1].Length == 3)
            {
                geo.Add(new GeoCountry(fields[0], fields[1], fields[3], fields[4]));
            }
        }

        return new EventLookups(codes, countries, geo);
    }

    private static IEnumerable<(string[] Fields, int Line)> Rows(string name, bool skipHeader)
    {
        using var stream = typeof(EventLookups).Assembly.GetManifestResourceStream("Griot.Events.Lookups." + name)
            ?? throw new InvalidOperationException($"the lookup {name} is missing from the assembly");
        using var reader = new StreamReader(stream);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if ((skipHeader && line == 1) || text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            yield return (text.Split('\t'), line);
        }
    }
}

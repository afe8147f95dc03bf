namespace Griot.Events.Import;

/// <summary>The column names of each event format, as their codebooks give them, to name a bad field in an error.</summary>
public static class EventColumns
{
    private static readonly string[] Actor = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"];

    private static readonly string[] Event =
    [
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    ];

    /// <summary>GDELT 2.0's 61 columns.</summary>
    public static IReadOnlyList<string> Gdelt2 { get; } = Gdelt(adm2: true, ["DATEADDED", "SOURCEURL"]);

    /// <summary>GDELT 1.0's 58 columns (the historical backfile stops before SOURCEURL).</summary>
    public static IReadOnlyList<string> Gdelt1 { get; } = Gdelt(adm2: false, ["DATEADDED", "SOURCEURL"]);

    /// <summary>ICEWS's 20 columns, as in its header row.</summary>
    public static IReadOnlyList<string> Icews { get; } =
    [
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name",
        "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
    ];

    /// <summary>The name of column <paramref name="index"/> (0-based) of <paramref name="format"/>, e.g. "SQLDATE (column 2)".</summary>
    public static string Name(EventFormat format, int index)
    {
        var names = format switch
        {
            EventFormat.Gdelt1 => Gdelt1,
            EventFormat.Gdelt2 => Gdelt2,
            _ => Icews,
        };
        return index >= 0 && index < names.Count ? $"{names[index]} (column {index + 1})" : $"column {index + 1}";
    }

    private static string[] Gdelt(bool adm2, string[] tail)
    {
        var names = new List<string> { "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate" };
        names.AddRange(Actor.Select(a => "Actor1" + a));
        names.AddRange(Actor.Select(a => "Actor2" + a));
        names.AddRange(Event);
        foreach (var geo in new[] { "Actor1Geo_", "Actor2Geo_", "ActionGeo_" })
        {
            names.AddRange(new[] { "Type", "FullName", "CountryCode", "ADM1Code" }.Select(n => geo + n));
            if (adm2)
            {
                names.Add(geo + "ADM2Code");
            }

            names.AddRange(new[] { "Lat", "Long", "FeatureID" }.Select(n => geo + n));
        }

        names.AddRange(tail);
        return [.. names];
    }
}

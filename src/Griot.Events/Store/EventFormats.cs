using System.Text;
using Griot.Events.Import;

namespace Griot.Events.Store;

/// <summary>
/// How each format's columns are read by DuckDB's CSV reader and mapped onto the event table. Typed columns make
/// the reader reject a bad value (a date that is no date, a QuadClass outside 1-4, an unknown CAMEO code) with its
/// line, instead of storing it.
/// </summary>
internal static class EventFormats
{
    /// <summary>The event table's columns, in order; <see cref="Select"/> yields them in this order.</summary>
    public const string Columns = """
        source, event_id, event_date, actor1_code, actor1_name, actor1_country, actor2_code, actor2_name, actor2_country,
        event_code, root_code, quad_class, goldstein, num_mentions, num_sources, num_articles, avg_tone,
        action_country, source_url, file_id
        """;

    /// <summary>Column count of each format (GDELT 1.0 is read as 58, shorter daily-backfile rows padded).</summary>
    public static int Width(EventFormat format) => format switch
    {
        EventFormat.Gdelt1 => 58,
        EventFormat.Gdelt2 => 61,
        _ => 20,
    };

    /// <summary>
    /// The type DuckDB reads each column of a format as (VARCHAR unless typed). The reader rejects a row whose typed
    /// field does not fit; <see cref="EventRowCheck"/> checks the same types to say which field it was.
    /// </summary>
    public static string[] Types(EventFormat format)
    {
        var types = new string[Width(format)];
        Array.Fill(types, "VARCHAR");
        types[0] = "BIGINT";
        types[1] = "DATE";
        if (format == EventFormat.Icews)
        {
            types[7] = "DOUBLE";
            types[18] = "DOUBLE";
            types[19] = "DOUBLE";
            return types;
        }

        types[26] = "cameo_code";
        types[29] = "quad_class";
        types[30] = "DOUBLE";
        types[31] = "INTEGER";
        types[32] = "INTEGER";
        types[33] = "INTEGER";
        types[34] = "DOUBLE";
        types[format == EventFormat.Gdelt1 ? 56 : 59] = "BIGINT";
        return types;
    }

    /// <summary>How the format writes its event date: <c>YYYY-MM-DD</c> in ICEWS, <c>YYYYMMDD</c> in GDELT.</summary>
    public static (string DuckDb, string DotNet, string Label) DateFormat(EventFormat format) =>
        format == EventFormat.Icews ? ("%Y-%m-%d", "yyyy-MM-dd", "YYYY-MM-DD") : ("%Y%m%d", "yyyyMMdd", "YYYYMMDD");

    /// <summary>
    /// The <c>read_csv</c> call for a file, which reads the file named by the parameter <c>$path</c>. The other
    /// arguments are this code's own constants, and the rejects tables are names the import makes from a GUID (DuckDB
    /// takes a table name as text, never from a parameter).
    /// </summary>
    public static string Reader(EventFile file, string rejectsTable, string rejectsScan)
    {
        var width = Width(file.Format);
        var types = Types(file.Format);
        var dateFormat = DateFormat(file.Format).DuckDb;
        var columns = new StringBuilder("{");
        for (var i = 0; i < width; i++)
        {
            columns.Append(i == 0 ? "" : ", ").Append($"'c{i:00}': '{types[i]}'");
        }

        columns.Append('}');
        // ICEWS exports rewritten by R carry missing values as "NA"; a country is never written as a code there.
        var nulls = file.Format == EventFormat.Icews ? ", nullstr = ['', 'NA']" : "";
        return $"""
            read_csv($path, delim = '\t', quote = '', escape = '', header = {(file.HasHeader ? "true" : "false")},
                auto_detect = false, columns = {columns}, dateformat = '{dateFormat}', null_padding = {(file.Format == EventFormat.Gdelt1 ? "true" : "false")},
                store_rejects = true, rejects_table = '{rejectsTable}', rejects_scan = '{rejectsScan}', max_line_size = 1048576{nulls})
            """;
    }

    /// <summary>The SELECT list that maps a format's columns (<c>r.cNN</c>) onto the event table; the file's id is the parameter <c>$file_id</c>.</summary>
    public static string Select(EventFormat format) => format switch
    {
        EventFormat.Gdelt1 => Gdelt("gdelt1", action: "c51", url: "c57", Trimmed),
        EventFormat.Gdelt2 => Gdelt("gdelt2", action: "c53", url: "c60", Text),
        _ => $"""
            'icews', r.c00, r.c01, NULL, {Trimmed("c02")}, country_of_name(r.c04), NULL, {Trimmed("c08")}, country_of_name(r.c10),
            {IcewsCode}, left({IcewsCode}, 2), quad_class_of(left({IcewsCode}, 2)), r.c07, NULL, NULL, NULL, NULL,
            country_of_name(r.c17), NULL, $file_id
            """,
    };

    /// <summary>A condition every stored row meets; rows that fail it are malformed (GDELT 1.0 rows shorter than 57 fields).</summary>
    public static string Complete(EventFormat format) => format == EventFormat.Gdelt1 ? "r.c56 IS NOT NULL" : "true";

    // ICEWS files carry the CAMEO code as text; some exports drop the leading zero of 01x-09x codes ("42" for "042").
    private const string IcewsCode = "(CASE WHEN length(trim(r.c06)) = 2 AND trim(r.c06) > '20' THEN '0' || trim(r.c06) ELSE trim(r.c06) END)";

    // GDELT 1.0's backfile pads some codes with a space (" UIS"); GDELT 2.0's fields are clean, and trimming ten
    // million rows of them is time the import does not need to spend.
    private static string Gdelt(string source, string action, string url, Func<string, string> text) => $"""
        '{source}', r.c00, r.c01, {text("c05")}, {text("c06")}, {text("c07")}, {text("c15")}, {text("c16")}, {text("c17")},
        CAST(r.c26 AS VARCHAR), left(CAST(r.c26 AS VARCHAR), 2), CAST(CAST(r.c29 AS VARCHAR) AS TINYINT), r.c30, r.c31, r.c32, r.c33, r.c34,
        iso_of_fips(r.{action}), {text(url)}, $file_id
        """;

    /// <summary>The value of <c>events.source</c> for a format.</summary>
    public static string Source(EventFormat format) => format switch
    {
        EventFormat.Gdelt1 => "gdelt1",
        EventFormat.Gdelt2 => "gdelt2",
        _ => "icews",
    };

    private static string Trimmed(string column) => $"NULLIF(trim(r.{column}), '')";

    private static string Text(string column) => $"NULLIF(r.{column}, '')";
}

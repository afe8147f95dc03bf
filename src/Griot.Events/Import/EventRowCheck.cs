using System.Globalization;
using Griot.Events.Lookups;
using Griot.Events.Store;

namespace Griot.Events.Import;

/// <summary>
/// Says which field of a rejected row is wrong. DuckDB's reader keeps the raw line of a rejected row but, when only
/// some columns are read, names the failing column by its position among those read; so the line is checked again
/// here, field by field, against the types the reader was given (<see cref="EventFormats.Types"/>).
/// </summary>
internal static class EventRowCheck
{
    /// <summary>The first problem of a raw row, as (0-based column, description), or null when every typed field is valid.</summary>
    public static (int Column, string Problem)? Diagnose(EventFormat format, string line)
    {
        var fields = line.TrimEnd('\r').Split('\t');
        var types = EventFormats.Types(format);
        var expected = format == EventFormat.Gdelt1 && fields.Length is 57 or 58 ? fields.Length : types.Length;
        if (fields.Length < expected)
        {
            return (fields.Length, format == EventFormat.Gdelt1 ? $"expected 57 or 58 fields, found {fields.Length}" : $"expected {expected} fields, found {fields.Length}");
        }

        if (fields.Length > expected)
        {
            return (expected, $"expected {expected} fields, found {fields.Length}");
        }

        var date = EventFormats.DateFormat(format);
        for (var column = 0; column < fields.Length; column++)
        {
            var field = fields[column];
            // Missing values: empty, and "NA" in ICEWS files rewritten by R (the reader's nullstr).
            var missing = field.Length == 0 || (format == EventFormat.Icews && field == "NA");
            var problem = types[column] switch
            {
                "BIGINT" when column == 0 => long.TryParse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? null : $"'{field}' is not an event id (a whole number)",
                "DATE" => DateOnly.TryParseExact(field, date.DotNet, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : $"'{field}' is not a date ({date.Label})",
                "cameo_code" => EventLookups.Default.EventCodes.ContainsKey(field) ? null : $"'{field}' is not a CAMEO event code",
                "quad_class" => field is "1" or "2" or "3" or "4" ? null : $"'{field}' is not a QuadClass (1-4)",
                "DOUBLE" => missing || double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? null : $"'{field}' is not a number",
                "INTEGER" or "BIGINT" => missing || long.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? null : $"'{field}' is not a whole number",
                _ => null,
            };
            if (problem is not null)
            {
                return (column, problem);
            }
        }

        return null;
    }
}

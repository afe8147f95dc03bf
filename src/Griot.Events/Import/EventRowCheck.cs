using System.Globalization;
using Griot.Events.Lookups;

namespace Griot.Events.Import;

/// <summary>
/// Says which field of a rejected row is wrong. DuckDB's reader keeps the raw line of a rejected row but, when only
/// some columns are read, names the failing column by its position among those read; so the line is checked again
/// here, field by field, against what each typed column accepts.
/// </summary>
public static class EventRowCheck
{
    /// <summary>The first problem of a raw row, as (0-based column, description), or null when every checked field is valid.</summary>
    public static (int Column, string Problem)? Diagnose(EventFormat format, string line)
    {
        var fields = line.TrimEnd('\r').Split('\t');
        var expected = format switch
        {
            EventFormat.Gdelt1 => fields.Length is 57 or 58 ? fields.Length : 58,
            EventFormat.Gdelt2 => 61,
            _ => 20,
        };
        if (fields.Length < expected)
        {
            return (fields.Length, format == EventFormat.Gdelt1 ? $"expected 57 or 58 fields, found {fields.Length}" : $"expected {expected} fields, found {fields.Length}");
        }

        if (fields.Length > expected)
        {
            return (expected, $"expected {expected} fields, found {fields.Length}");
        }

        if (!long.TryParse(fields[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            return (0, $"'{fields[0]}' is not an event id (a whole number)");
        }

        if (format == EventFormat.Icews)
        {
            if (!DateOnly.TryParseExact(fields[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return (1, $"'{fields[1]}' is not a date (YYYY-MM-DD)");
            }

            foreach (var column in new[] { 7, 18, 19 })
            {
                if (fields[column] is not ("" or "NA") && !double.TryParse(fields[column], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    return (column, $"'{fields[column]}' is not a number");
                }
            }

            return null;
        }

        if (!DateOnly.TryParseExact(fields[1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return (1, $"'{fields[1]}' is not a date (YYYYMMDD)");
        }

        if (!EventLookups.Default.EventCodes.ContainsKey(fields[26]))
        {
            return (26, $"'{fields[26]}' is not a CAMEO event code");
        }

        if (fields[29] is not ("1" or "2" or "3" or "4"))
        {
            return (29, $"'{fields[29]}' is not a QuadClass (1-4)");
        }

        foreach (var column in new[] { 30, 34 })
        {
            if (fields[column].Length > 0 && !double.TryParse(fields[column], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                return (column, $"'{fields[column]}' is not a number");
            }
        }

        foreach (var column in new[] { 31, 32, 33, format == EventFormat.Gdelt1 ? 56 : 59 })
        {
            if (fields[column].Length > 0 && !long.TryParse(fields[column], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                return (column, $"'{fields[column]}' is not a whole number");
            }
        }

        return null;
    }
}

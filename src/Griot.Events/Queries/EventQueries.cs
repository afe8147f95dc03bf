using System.Globalization;
using Griot.Events.Analysis;
using Griot.Events.Store;

namespace Griot.Events.Queries;

/// <summary>The length of a series period.</summary>
public enum SeriesInterval
{
    Month,
    Quarter,
    Year,
}

/// <summary>One period of a dyad in one direction: events by QuadClass, mean Goldstein, mean tone.</summary>
/// <param name="Period">First day of the period.</param>
/// <param name="From">The acting country (CAMEO code).</param>
/// <param name="To">The country acted on.</param>
public sealed record SeriesPoint(DateOnly Period, string From, string To, long Events, long VerbalCooperation, long MaterialCooperation,
    long VerbalConflict, long MaterialConflict, double? Goldstein, double? Tone)
{
    /// <summary>Share of events that are conflict (QuadClass 3 or 4).</summary>
    public double ConflictShare => Events == 0 ? 0 : (double)(VerbalConflict + MaterialConflict) / Events;
}

/// <summary>A dyad through time: both directions, period by period.</summary>
public sealed record DyadSeries(string A, string B, SeriesInterval Interval, DateOnly? From, DateOnly? To, IReadOnlyList<SeriesPoint> Points);

/// <summary>A partner of a country over a span: event volume, cooperation, conflict, mean Goldstein (both directions).</summary>
public sealed record PartnerVolume(string Partner, long Events, long Cooperation, long Conflict, double? Goldstein);

/// <summary>A change point in a dyad's monthly series.</summary>
/// <param name="Period">The first month of the new regime.</param>
/// <param name="Before">Mean of the series over the segment before.</param>
/// <param name="After">Mean over the segment after.</param>
public sealed record Shift(DateOnly Period, double Before, double After)
{
    public double Size => After - Before;
}

/// <summary>The shifts of a dyad's Goldstein and conflict-share series, with the method and penalty used.</summary>
public sealed record DyadShifts(string A, string B, int Months, IReadOnlyList<Shift> Goldstein, IReadOnlyList<Shift> ConflictShare, string Method);

/// <summary>Questions about coded events: a dyad's series and shifts, a country's partners.</summary>
public sealed class EventQueries(EventStore store)
{
    /// <summary>
    /// Events between <paramref name="a"/> and <paramref name="b"/> (CAMEO country codes; actor 1 one of them, actor 2
    /// the other) per period and direction, within the optional bounds (inclusive).
    /// </summary>
    public DyadSeries Series(string a, string b, DateOnly? from = null, DateOnly? to = null, SeriesInterval interval = SeriesInterval.Month)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(a);
        ArgumentException.ThrowIfNullOrWhiteSpace(b);
        if (a == b)
        {
            throw new ArgumentException($"a dyad needs two different countries, not {a} twice", nameof(b));
        }

        var unit = interval.ToString().ToLowerInvariant();
        using var command = store.Connection.CreateCommand();
        const string dyad = "((actor1_country = $a AND actor2_country = $b) OR (actor1_country = $b AND actor2_country = $a))";
        command.CommandText = $"""
            WITH months AS ({Months(dyad, from, to)})
            SELECT date_trunc('{unit}', month)::DATE AS period, actor1_country, actor2_country, sum(events)::BIGINT,
                   sum(q1)::BIGINT, sum(q2)::BIGINT, sum(q3)::BIGINT, sum(q4)::BIGINT,
                   sum(goldstein_sum) / nullif(sum(goldstein_n), 0), sum(tone_sum) / nullif(sum(tone_n), 0)
            FROM months GROUP BY ALL ORDER BY period, actor1_country
            """;
        command.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("a", a));
        command.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("b", b));
        var points = new List<SeriesPoint>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            points.Add(new SeriesPoint(reader.GetFieldValue<DateOnly>(0), reader.GetString(1), reader.GetString(2), Long(reader, 3),
                Long(reader, 4), Long(reader, 5), Long(reader, 6), Long(reader, 7),
                reader.IsDBNull(8) ? null : reader.GetDouble(8), reader.IsDBNull(9) ? null : reader.GetDouble(9)));
        }

        return new DyadSeries(a, b, interval, from, to, points);
    }

    /// <summary>
    /// Change points in the dyad's monthly mean Goldstein and conflict share (both directions together), found by
    /// PELT with each month weighted by its event count; months without events are left out, not read as zero.
    /// </summary>
    public DyadShifts Shifts(string a, string b, DateOnly? from = null, DateOnly? to = null, double? penalty = null, int minSegment = 3)
    {
        var months = Series(a, b, from, to, SeriesInterval.Month).Points
            .GroupBy(p => p.Period)
            .Select(g =>
            {
                var events = g.Sum(p => p.Events);
                var goldstein = g.Sum(p => (p.Goldstein ?? 0) * p.Events) / events;
                var conflict = (double)g.Sum(p => p.VerbalConflict + p.MaterialConflict) / events;
                return (Period: g.Key, Events: events, Goldstein: goldstein, Conflict: conflict);
            })
            .OrderBy(m => m.Period)
            .ToList();

        var weights = months.Select(m => (double)m.Events).ToList();
        var goldsteinResult = ChangePoints.Pelt(months.Select(m => m.Goldstein).ToList(), weights, penalty, minSegment);
        var conflictResult = ChangePoints.Pelt(months.Select(m => m.Conflict).ToList(), weights, penalty, minSegment);
        IReadOnlyList<Shift> Dated(ChangePointResult result) =>
            result.Points.Select(p => new Shift(months[p.Index].Period, p.MeanBefore, p.MeanAfter)).ToList();

        return new DyadShifts(a, b, months.Count, Dated(goldsteinResult), Dated(conflictResult), goldsteinResult.Method);
    }

    /// <summary>Every partner of <paramref name="country"/> in the span, with volume, cooperation and conflict, largest first.</summary>
    public IReadOnlyList<PartnerVolume> Partners(string country, DateOnly? from = null, DateOnly? to = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(country);
        using var command = store.Connection.CreateCommand();
        const string either = "((actor1_country = $c AND actor2_country <> $c) OR (actor2_country = $c AND actor1_country <> $c))";
        command.CommandText = $"""
            WITH months AS ({Months(either, from, to)})
            SELECT CASE WHEN actor1_country = $c THEN actor2_country ELSE actor1_country END AS partner, sum(events)::BIGINT AS n,
                   (sum(q1) + sum(q2))::BIGINT, (sum(q3) + sum(q4))::BIGINT, sum(goldstein_sum) / nullif(sum(goldstein_n), 0)
            FROM months GROUP BY partner ORDER BY n DESC, partner
            """;
        command.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("c", country));
        var partners = new List<PartnerVolume>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            partners.Add(new PartnerVolume(reader.GetString(0), Long(reader, 1), Long(reader, 2), Long(reader, 3), reader.IsDBNull(4) ? null : reader.GetDouble(4)));
        }

        return partners;
    }

    /// <summary>The first day of the first month and the last day of the last month with events of the dyad, or null when it has none.</summary>
    public (DateOnly First, DateOnly Last)? Span(string a, string b)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = """
            SELECT min(month), last_day(max(month)) FROM dyad_months
            WHERE (actor1_country = $a AND actor2_country = $b) OR (actor1_country = $b AND actor2_country = $a)
            """;
        command.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("a", a));
        command.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("b", b));
        using var reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(0) ? (reader.GetFieldValue<DateOnly>(0), reader.GetFieldValue<DateOnly>(1)) : null;
    }

    /// <summary>
    /// Directed dyads by month matching <paramref name="where"/> within [from, to]: whole months from the summary
    /// kept at import, the partial months at either end counted from the events themselves.
    /// </summary>
    private static string Months(string where, DateOnly? from, DateOnly? to)
    {
        var fullStart = from is { } f ? (f.Day == 1 ? f : new DateOnly(f.Year, f.Month, 1).AddMonths(1)) : (DateOnly?)null;
        var fullEnd = to is { } t ? (t.Day == DateTime.DaysInMonth(t.Year, t.Month) ? new DateOnly(t.Year, t.Month, 1).AddMonths(1) : new DateOnly(t.Year, t.Month, 1)) : (DateOnly?)null;
        var parts = new List<string>();
        var raw = new List<string>();
        if (fullStart is null || fullEnd is null || fullStart < fullEnd)
        {
            parts.Add($"""
                SELECT month, actor1_country, actor2_country, events, q1, q2, q3, q4, goldstein_sum, goldstein_n, tone_sum, tone_n
                FROM dyad_months WHERE {where}{(fullStart is { } s ? $" AND month >= {Date(s)}" : "")}{(fullEnd is { } e ? $" AND month < {Date(e)}" : "")}
                """);
            if (from is { } start && fullStart != start)
            {
                raw.Add($"(event_date >= {Date(start)} AND event_date < {Date(fullStart!.Value)})");
            }

            if (to is { } end && fullEnd <= end)
            {
                raw.Add($"(event_date >= {Date(fullEnd!.Value)} AND event_date <= {Date(end)})");
            }
        }
        else
        {
            raw.Add($"(event_date >= {Date(from!.Value)} AND event_date <= {Date(to!.Value)})");
        }

        if (raw.Count > 0)
        {
            parts.Add($"""
                SELECT {EventStore.MonthlyDyads}
                FROM events WHERE {where} AND ({string.Join(" OR ", raw)})
                GROUP BY ALL
                """);
        }

        return string.Join("\nUNION ALL\n", parts);
    }

    private static string Date(DateOnly day) => $"DATE '{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'";

    private static long Long(System.Data.Common.DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}

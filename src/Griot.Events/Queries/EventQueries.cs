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

/// <summary>
/// Questions about coded events, over any <see cref="IEventStore"/>: a dyad's series and shifts, a country's
/// partners. The store sums; the change points are found here.
/// </summary>
public sealed class EventQueries(IEventStore store)
{
    /// <summary>
    /// Events between <paramref name="a"/> and <paramref name="b"/> (CAMEO country codes; actor 1 one of them, actor 2
    /// the other) per period and direction, within the optional bounds (inclusive).
    /// </summary>
    public async Task<DyadSeries> SeriesAsync(string a, string b, DateOnly? from = null, DateOnly? to = null, SeriesInterval interval = SeriesInterval.Month,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(a);
        ArgumentException.ThrowIfNullOrWhiteSpace(b);
        if (a == b)
        {
            throw new ArgumentException($"a dyad needs two different countries, not {a} twice", nameof(b));
        }

        var points = await store.GetDyadPeriodsAsync(a, b, from, to, interval, cancellationToken);
        return new DyadSeries(a, b, interval, from, to, points);
    }

    /// <summary>
    /// Change points in the dyad's monthly mean Goldstein and conflict share (both directions together), found by
    /// PELT with each month weighted by its event count; months without events are left out, not read as zero.
    /// </summary>
    public async Task<DyadShifts> ShiftsAsync(string a, string b, DateOnly? from = null, DateOnly? to = null, double? penalty = null, int minSegment = 3,
        CancellationToken cancellationToken = default)
    {
        var series = await SeriesAsync(a, b, from, to, SeriesInterval.Month, cancellationToken);
        var months = series.Points
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
    public Task<IReadOnlyList<PartnerVolume>> PartnersAsync(string country, DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(country);
        return store.GetPartnersAsync(country, from, to, cancellationToken);
    }

    /// <summary>The first day of the first month and the last day of the last month with events of the dyad, or null when it has none.</summary>
    public Task<(DateOnly First, DateOnly Last)?> SpanAsync(string a, string b, CancellationToken cancellationToken = default) =>
        store.GetDyadSpanAsync(a, b, cancellationToken);
}

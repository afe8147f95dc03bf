using System.Globalization;
using System.Text.Json.Nodes;
using Griot.Events.Queries;

namespace Griot.Events.Json;

/// <summary>The JSON shapes of event answers, shared by the command line and the HTTP API (documented in docs/vocabulary.md).</summary>
public static class EventJson
{
    public static string PeriodLabel(DateOnly period, SeriesInterval interval) => interval switch
    {
        SeriesInterval.Year => period.ToString("yyyy", CultureInfo.InvariantCulture),
        SeriesInterval.Quarter => $"{period.Year}-Q{(period.Month - 1) / 3 + 1}",
        _ => period.ToString("yyyy-MM", CultureInfo.InvariantCulture),
    };

    /// <summary>A dyad series; callers add the knowledge base's <c>statements</c> for the pair.</summary>
    public static JsonObject Series(DyadSeries series) => new()
    {
        ["a"] = series.A,
        ["b"] = series.B,
        ["interval"] = series.Interval.ToString().ToLowerInvariant(),
        ["from"] = series.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = series.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["periods"] = new JsonArray(series.Points.Select(p => (JsonNode?)new JsonObject
        {
            ["period"] = PeriodLabel(p.Period, series.Interval),
            ["start"] = p.Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["from"] = p.From,
            ["to"] = p.To,
            ["events"] = p.Events,
            ["verbalCooperation"] = p.VerbalCooperation,
            ["materialCooperation"] = p.MaterialCooperation,
            ["verbalConflict"] = p.VerbalConflict,
            ["materialConflict"] = p.MaterialConflict,
            ["goldstein"] = p.Goldstein,
            ["tone"] = p.Tone,
            ["conflictShare"] = p.ConflictShare,
        }).ToArray()),
    };

    public static JsonObject Shifts(DyadShifts shifts) => new()
    {
        ["a"] = shifts.A,
        ["b"] = shifts.B,
        ["months"] = shifts.Months,
        ["method"] = shifts.Method,
        ["goldstein"] = Shifts(shifts.Goldstein),
        ["conflictShare"] = Shifts(shifts.ConflictShare),
    };

    public static JsonObject Partner(PartnerVolume p, string? label) => new()
    {
        ["partner"] = p.Partner,
        ["name"] = label,
        ["events"] = p.Events,
        ["cooperation"] = p.Cooperation,
        ["conflict"] = p.Conflict,
        ["goldstein"] = p.Goldstein,
    };

    private static JsonArray Shifts(IReadOnlyList<Shift> shifts) => new(shifts.Select(s => (JsonNode?)new JsonObject
    {
        ["month"] = s.Period.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        ["before"] = s.Before,
        ["after"] = s.After,
        ["shift"] = s.Size,
    }).ToArray());
}

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Griot.Core.Json;
using Griot.Events.Json.Contracts;
using Griot.Store.Json.Contracts;

namespace Griot.Application.Events;

/// <summary>
/// The pair report as JSON, one shape for <c>griot events series --format json</c> and <c>GET /api/events/series</c>:
/// the series, the monthly shifts (when there is an event store), the knowledge base's statements for the pair, the
/// two states' names and Griot ids by CAMEO code, and a message when there are no events yet.
/// </summary>
public sealed record PairReportDto(string A, string B, string Interval, string? From, string? To, IReadOnlyList<PeriodDto> Periods,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ShiftsDto? Shifts,
    IReadOnlyList<StatementDto> Statements, IReadOnlyDictionary<string, string> Names, IReadOnlyDictionary<string, string?> Ids, string? Message)
{
    public static PairReportDto Of(PairSeriesReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var series = report.Series;
        EventParty[] parties = [report.A, report.B];
        return new PairReportDto(series.A, series.B, series.Interval.ToString().ToLowerInvariant(),
            series.From is { } from ? Griot.Events.Json.EventJson.Day(from) : null, series.To is { } to ? Griot.Events.Json.EventJson.Day(to) : null,
            series.Points.Select(p => PeriodDto.Of(p, series.Interval)).ToList(),
            report.Shifts is { } shifts ? ShiftsDto.Of(shifts) : null,
            report.Statements.Select(StatementDto.Of).ToList(),
            parties.ToDictionary(p => p.Code, p => p.Name), parties.ToDictionary(p => p.Code, p => p.ActorId), report.Message);
    }
}

/// <summary>The source-generated metadata of the shapes the application layer adds.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(PairReportDto))]
public sealed partial class ApplicationJsonContext : JsonSerializerContext;

/// <summary>Writes the pair report with the house options.</summary>
public static class PairReportJson
{
    public static JsonSerializerOptions Options { get; } = WireOptions.Create(ApplicationJsonContext.Default);

    public static string Serialize(PairSeriesReport report) =>
        JsonSerializer.Serialize(PairReportDto.Of(report), (JsonTypeInfo<PairReportDto>)Options.GetTypeInfo(typeof(PairReportDto)));
}

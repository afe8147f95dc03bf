using System.Text.Json.Nodes;
using Griot.Application.Events;
using Griot.Events.Queries;

namespace Griot.Web.Api;

/// <summary>
/// <c>GET /api/events/series</c>: a pair of states in coded event data, period by period and direction, with what
/// the knowledge base holds for the pair over the same span. The event store is opened read-only per request, so
/// <c>griot events import</c> can run beside the server.
/// </summary>
public static class EventsEndpoint
{
    public static void MapEvents(this RouteGroupBuilder api)
    {
        api.MapGet("/events/series", SeriesAsync).WithName("GetEventSeries")
            .WithSummary("Coded events between two states (a, b: Griot ids) per month, quarter or year and direction, the monthly shifts found by PELT, and the knowledge base's statements for the pair; without an event store, no periods and a message.")
            .Produces<PairReportDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> SeriesAsync(string? a, string? b, string? interval, string? from, string? to, GriotStore griot, TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
        {
            return GriotApi.Invalid(string.IsNullOrWhiteSpace(a) ? "a" : "b", "give two states, a=MLI&b=FRA");
        }

        var unit = SeriesInterval.Month;
        if (interval is not null && (!Enum.TryParse(interval, ignoreCase: true, out unit) || !Enum.IsDefined(unit)))
        {
            return GriotApi.Invalid("interval", "interval is month, quarter or year");
        }

        DateOnly? fromDay = null, toDay = null;
        if (from is not null)
        {
            if (GriotApi.Day(from, "from", time, out var day) is { } bad)
            {
                return bad;
            }

            fromDay = day;
        }

        if (to is not null)
        {
            if (GriotApi.Day(to, "to", time, out var day) is { } bad)
            {
                return bad;
            }

            toDay = day;
        }

        var knowledge = await griot.GetSnapshotAsync(cancellationToken);
        var (report, problem) = await new PairReports(knowledge, griot.EventsPath).SeriesAsync(new PairSeriesRequest(a, b, unit, fromDay, toDay), cancellationToken);
        return problem switch
        {
            null => TypedResults.Text(PairReportJson.Serialize(report!), "application/json", System.Text.Encoding.UTF8),
            { Busy: true } => TypedResults.Problem(title: "Event store busy", detail: problem.Message, statusCode: StatusCodes.Status503ServiceUnavailable),
            { Party.Unknown: true } => await GriotApi.UnknownAsync(knowledge, problem.Party.Text, cancellationToken),
            _ => GriotApi.Invalid(problem.Field, problem.Message),
        };
    }
}

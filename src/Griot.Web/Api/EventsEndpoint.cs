using System.Text.Json.Nodes;
using Griot.Core.Actors;
using Griot.Events.Json;
using Griot.Events.Queries;
using Griot.Events.Store;
using Griot.Store.Json;
using Griot.Store.Queries;

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
            .Produces<JsonObject>()
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

        if (a == b)
        {
            return GriotApi.Invalid("b", "a pair needs two different states");
        }

        var unit = SeriesInterval.Month;
        if (interval is not null && !Enum.TryParse(interval, ignoreCase: true, out unit))
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

        if (fromDay > toDay)
        {
            return GriotApi.Invalid("from", "from is after to");
        }

        var store = await griot.GetSnapshotAsync(cancellationToken);
        var states = new List<Actor>();
        var knowledge = new KnowledgeQueries(store);
        foreach (var id in new[] { a, b })
        {
            var (actor, _, problem) = await knowledge.CameoStateAsync(id, cancellationToken);
            if (actor is null)
            {
                return await GriotApi.UnknownAsync(store, id, cancellationToken);
            }

            if (problem is not null)
            {
                return GriotApi.Invalid(id == a ? "a" : "b", problem);
            }

            states.Add(actor);
        }

        EventStore? events = null;
        string? message = null;
        try
        {
            events = EventStore.Open(griot.EventsPath, memoryLimit: "512MB", readOnly: true);
        }
        catch (FileNotFoundException)
        {
            // No events imported yet: the pair's statements still answer, with a word on how to add events.
            message = "No coded events yet: import GDELT or ICEWS files with 'griot events import FILE'.";
        }
        catch (DuckDB.NET.Data.DuckDBException e) when (e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(title: "Event store busy", detail: "an import is writing to the event store; try again when it is done",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (events is null)
        {
            var empty = EventJson.Series(new DyadSeries(states[0].Identifiers.Cameo!, states[1].Identifiers.Cameo!, unit, fromDay, toDay, []));
            return TypedResults.Json(await Finish(empty, null, message));
        }

        using (events)
        {
            var queries = new EventQueries(events);
            var (codeA, codeB) = (states[0].Identifiers.Cameo!, states[1].Identifiers.Cameo!);
            var series = queries.Series(codeA, codeB, fromDay, toDay, unit);
            var span = queries.Span(codeA, codeB);
            var json = EventJson.Series(series);
            // The pair's shifts (monthly, PELT), so a chart can mark where relations turned.
            json["shifts"] = EventJson.Shifts(queries.Shifts(codeA, codeB, fromDay, toDay));
            return TypedResults.Json(await Finish(json, span, null));
        }

        async Task<JsonObject> Finish(JsonObject json, (DateOnly First, DateOnly Last)? span, string? note)
        {
            var statements = await new KnowledgeQueries(store).PairStatementsAsync(states[0].Id, states[1].Id, fromDay ?? span?.First, toDay ?? span?.Last, cancellationToken);
            json["statements"] = new JsonArray(statements.Select(s => (JsonNode?)GriotJson.Statement(s)).ToArray());
            json["names"] = new JsonObject(states.Select(s => KeyValuePair.Create(s.Identifiers.Cameo!, (JsonNode?)s.Name)));
            json["ids"] = new JsonObject(states.Select(s => KeyValuePair.Create(s.Identifiers.Cameo!, (JsonNode?)s.Id)));
            json["message"] = note;
            return json;
        }
    }
}

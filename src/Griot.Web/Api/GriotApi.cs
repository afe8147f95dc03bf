using System.Text.Json.Nodes;
using Griot.Core.Time;
using Griot.Store;
using Griot.Store.Json;
using Griot.Store.Queries;

namespace Griot.Web.Api;

/// <summary>The read endpoints of the API and their registration.</summary>
public static class GriotApi
{
    public static IServiceCollection AddGriotApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddSingleton<GriotStore>();
        services.AddSingleton(TimeProvider.System);
        services.AddOutputCache(options => options.AddPolicy(KnowledgeCachePolicy, policy => policy
            .Expire(TimeSpan.FromMinutes(10))
            .SetVaryByQuery("*")
            .VaryByValue(context =>
            {
                // Keyed by the store's revision (a write elsewhere empties the cache) and by today (the default day).
                var today = DateOnly.FromDateTime(context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
                var revision = context.Items.TryGetValue(GriotStore.RevisionItem, out var r) ? r : "none";
                return new KeyValuePair<string, string>("knowledge", $"{revision}/{today:yyyy-MM-dd}");
            })));
        return services;
    }

    /// <summary>The output-cache policy of the read endpoints: whole answers kept in memory while the store is unchanged.</summary>
    public const string KnowledgeCachePolicy = "knowledge";

    public static IEndpointRouteBuilder MapGriotApi(this IEndpointRouteBuilder app)
    {
        var root = app.MapGroup("/api");
        var api = root.MapGroup("").CacheOutput(KnowledgeCachePolicy);
        api.MapGet("/actors", SearchAsync).WithName("SearchActors")
            .WithSummary("Find actors by any name, acronym (English or French), demonym or capital.")
            .Produces<JsonArray>().ProducesValidationProblem();
        api.MapGet("/states", StatesAsync).WithName("ListStates")
            .WithSummary("Every state with its ISO numeric code, to join the map's shapes to Griot's ids.")
            .Produces<JsonArray>();
        api.MapGet("/actors/{id}", ActorAsync).WithName("GetActor")
            .WithSummary("An actor: names, identifiers and the sources of its row.")
            .Produces<JsonObject>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/actors/{id}/profile", ProfileAsync).WithName("GetProfile")
            .WithSummary("What held for an actor on a day (asOf, default today): neighbours, memberships, members, relations, presences, head of state.")
            .Produces<JsonObject>().ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
        api.MapGet("/actors/{id}/timeline", TimelineAsync).WithName("GetTimeline")
            .WithSummary("The dated history of an actor, or of its ties with another (with).")
            .Produces<JsonObject>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/actors/{id}/diff", DiffAsync).WithName("GetDiff")
            .WithSummary("What changed for an actor between two days (from, to).")
            .Produces<JsonObject>().ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
        api.MapGet("/actors/{id}/network", NetworkAsync).WithName("GetNetwork")
            .WithSummary("The actor's ties as of a day: actors and organizations within depth steps (1-3).")
            .Produces<JsonObject>().ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
        api.MapGet("/statements", StatementsAsync).WithName("QueryStatements")
            .WithSummary("Statements by subject, predicate, object or involved actor, optionally valid on a day, paged.")
            .Produces<JsonObject>().ProducesValidationProblem();
        root.MapCheck();
        root.MapEvents();
        return app;
    }

    private static async Task<IResult> SearchAsync(string? q, int? limit, GriotStore griot, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Invalid("q", "give the text to search for, as q=…");
        }

        if (limit is < 1 or > 100)
        {
            return Invalid("limit", "limit must be between 1 and 100");
        }

        var store = await griot.GetSnapshotAsync(cancellationToken);
        var matches = await store.FindActorsAsync(q, limit ?? 20, cancellationToken);
        return new JsonWithETag(new JsonArray(matches.Select(m =>
        {
            var json = GriotJson.Actor(m.Actor);
            json["matched"] = new JsonObject { ["name"] = m.MatchedName, ["as"] = Core.VocabularyNames.ToName(m.MatchedAs) };
            return (JsonNode?)json;
        }).ToArray()));
    }

    private static async Task<IResult> StatesAsync(GriotStore griot, CancellationToken cancellationToken)
    {
        var store = await griot.GetSnapshotAsync(cancellationToken);
        var ids = await store.ListActorsAsync(cancellationToken);
        var actors = await store.GetActorsAsync(ids.Select(a => a.Id), cancellationToken);
        return new JsonWithETag(new JsonArray(actors.Values.Where(a => a.Kind == Core.Actors.ActorKind.State).OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => (JsonNode?)GriotJson.Actor(a)).ToArray()));
    }

    private static async Task<IResult> ActorAsync(string id, GriotStore griot, CancellationToken cancellationToken)
    {
        var store = await griot.GetSnapshotAsync(cancellationToken);
        var actor = await store.GetActorAsync(id, cancellationToken);
        if (actor is null)
        {
            return await UnknownAsync(store, id, cancellationToken);
        }

        var json = GriotJson.ActorDetail(actor);
        var references = await (await griot.GetAsync(cancellationToken)).GetActorReferencesAsync(id, cancellationToken);
        json["references"] = new JsonArray(references.Select(r => (JsonNode?)GriotJson.Reference(r)).ToArray());
        return new JsonWithETag(json);
    }

    private static async Task<IResult> ProfileAsync(string id, string? asOf, GriotStore griot, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Day(asOf, "asOf", time, out var day) is { } invalid)
        {
            return invalid;
        }

        var store = await griot.GetSnapshotAsync(cancellationToken);
        var profile = await new KnowledgeQueries(store).ProfileAsync(id, day, cancellationToken);
        return profile is null ? await UnknownAsync(store, id, cancellationToken) : new JsonWithETag(GriotJson.Profile(profile));
    }

    private static async Task<IResult> TimelineAsync(string id, string? with, GriotStore griot, CancellationToken cancellationToken)
    {
        var store = await griot.GetSnapshotAsync(cancellationToken);
        var timeline = await new KnowledgeQueries(store).TimelineAsync(id, with, cancellationToken);
        if (timeline is null)
        {
            return await UnknownAsync(store, await store.GetActorAsync(id, cancellationToken) is null ? id : with!, cancellationToken);
        }

        return new JsonWithETag(GriotJson.Timeline(timeline));
    }

    private static async Task<IResult> DiffAsync(string id, string? from, string? to, GriotStore griot, TimeProvider time, CancellationToken cancellationToken)
    {
        if (from is null || to is null)
        {
            return Invalid(from is null ? "from" : "to", "give both days, from=YYYY-MM-DD and to=YYYY-MM-DD");
        }

        if (Day(from, "from", time, out var fromDay) is { } badFrom)
        {
            return badFrom;
        }

        if (Day(to, "to", time, out var toDay) is { } badTo)
        {
            return badTo;
        }

        var store = await griot.GetSnapshotAsync(cancellationToken);
        var diff = await new KnowledgeQueries(store).DiffAsync(id, fromDay, toDay, cancellationToken);
        return diff is null ? await UnknownAsync(store, id, cancellationToken) : new JsonWithETag(GriotJson.Diff(diff));
    }

    private static async Task<IResult> NetworkAsync(string id, string? asOf, int? depth, GriotStore griot, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Day(asOf, "asOf", time, out var day) is { } invalid)
        {
            return invalid;
        }

        if (depth is < 1 or > 3)
        {
            return Invalid("depth", "depth must be 1, 2 or 3");
        }

        var store = await griot.GetSnapshotAsync(cancellationToken);
        var network = await EgoNetwork.BuildAsync(store, id, day, depth ?? 1, cancellationToken);
        return network is null ? await UnknownAsync(store, id, cancellationToken) : new JsonWithETag(network);
    }

    private static async Task<IResult> StatementsAsync(string? subject, string? predicate, string? @object, string? involving, string? asOf,
        int? offset, int? limit, GriotStore griot, TimeProvider time, CancellationToken cancellationToken)
    {
        if (predicate is not null && !Core.Statements.Predicate.TryGet(predicate, out _))
        {
            return Invalid("predicate", $"'{predicate}' is not a predicate; use one of {string.Join(", ", Core.Statements.Predicate.All.Select(p => p.Id))}");
        }

        DateOnly? validOn = null;
        if (asOf is not null)
        {
            if (Day(asOf, "asOf", time, out var day) is { } invalid)
            {
                return invalid;
            }

            validOn = day;
        }

        if (offset is < 0 || limit is < 1 or > 1000)
        {
            return Invalid(offset is < 0 ? "offset" : "limit", "offset must be 0 or more, limit between 1 and 1000");
        }

        var store = await griot.GetSnapshotAsync(cancellationToken);
        var all = await store.QueryAsync(new StatementQuery { Subject = subject, Predicate = predicate, Object = @object, Involving = involving, ValidOn = validOn }, cancellationToken);
        var page = all.Skip(offset ?? 0).Take(limit ?? 100).ToList();
        return new JsonWithETag(new JsonObject
        {
            ["total"] = all.Count,
            ["offset"] = offset ?? 0,
            ["limit"] = limit ?? 100,
            ["items"] = GriotJson.Statements(page),
        });
    }

    /// <summary>A day from the query string (today where it is absent), or the problem with it.</summary>
    internal static IResult? Day(string? text, string name, TimeProvider time, out DateOnly day)
    {
        day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (text is null)
        {
            return null;
        }

        var date = PartialDate.Parse(text);
        if (!date.Success)
        {
            return Invalid(name, date.Error!);
        }

        if (date.Value.Precision != DatePrecision.Day)
        {
            return Invalid(name, $"'{text}' is not a day; give a full date, YYYY-MM-DD");
        }

        day = date.Value.Earliest;
        return null;
    }

    internal static IResult Invalid(string name, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [name] = [message] }, title: "The request is not valid");

    internal static async Task<IResult> UnknownAsync(IKnowledgeReader store, string id, CancellationToken cancellationToken)
    {
        var suggestions = await new KnowledgeQueries(store).SuggestAsync(id, 5, cancellationToken);
        return TypedResults.Problem(
            title: "Unknown actor",
            detail: suggestions.Count == 0 ? $"no actor has the id '{id}'" : $"no actor has the id '{id}'; did you mean {string.Join(", ", suggestions.Select(s => $"{s.Id} ({s.Name})"))}?",
            statusCode: StatusCodes.Status404NotFound,
            extensions: new Dictionary<string, object?> { ["suggestions"] = suggestions.Select(s => s.Id).ToArray() });
    }
}

using Griot.Core.Time;
using Griot.Store;
using Griot.Store.Json.Contracts;
using Griot.Store.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Griot.Web.Api;

/// <summary>The read endpoints of the API and their registration.</summary>
public static class GriotApi
{
    public static IServiceCollection AddGriotApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        // The answers' shapes come from the generated context first, so that the OpenAPI document describes them as written.
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, GriotJsonContext.Default);
            options.SerializerOptions.TypeInfoResolverChain.Insert(1, Application.Events.ApplicationJsonContext.Default);
        });
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
            .WithSummary("Find actors by any name, acronym (English or French), demonym or capital.");
        api.MapGet("/states", StatesAsync).WithName("ListStates")
            .WithSummary("Every state with its ISO numeric code, to join the map's shapes to Griot's ids.");
        api.MapGet("/actors/{id}", ActorAsync).WithName("GetActor")
            .WithSummary("An actor: names, identifiers and the sources of its row.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/actors/{id}/profile", ProfileAsync).WithName("GetProfile")
            .WithSummary("What held for an actor on a day (asOf, default today): neighbours, memberships, members, relations, presences, head of state.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/actors/{id}/timeline", TimelineAsync).WithName("GetTimeline")
            .WithSummary("The dated history of an actor, or of its ties with another (with).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/actors/{id}/diff", DiffAsync).WithName("GetDiff")
            .WithSummary("What changed for an actor between two days (from, to).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/actors/{id}/network", NetworkAsync).WithName("GetNetwork")
            .WithSummary("The actor's ties as of a day: actors and organizations within depth steps (1-3).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/statements", StatementsAsync).WithName("QueryStatements")
            .WithSummary("Statements by subject, predicate, object or involved actor, optionally valid on a day, paged.");
        root.MapCheck();
        api.MapVocabulary();
        root.MapEvents();
        return app;
    }

    private static async Task<Results<JsonWithETag<IReadOnlyList<ActorMatchDto>>, ValidationProblem>> SearchAsync(string? q, int? limit, GriotStore griot,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return NotValid("q", "give the text to search for, as q=…");
        }

        if (limit is < 1 or > 100)
        {
            return NotValid("limit", "limit must be between 1 and 100");
        }

        var store = await griot.GetSnapshotAsync(cancellationToken);
        var matches = await store.FindActorsAsync(q, limit ?? 20, cancellationToken);
        return Answer<IReadOnlyList<ActorMatchDto>>(matches.Select(ActorMatchDto.Of).ToArray());
    }

    private static async Task<JsonWithETag<IReadOnlyList<ActorDto>>> StatesAsync(GriotStore griot, CancellationToken cancellationToken)
    {
        var store = await griot.GetSnapshotAsync(cancellationToken);
        var ids = await store.ListActorsAsync(cancellationToken);
        var actors = await store.GetActorsAsync(ids.Select(a => a.Id), cancellationToken);
        return Answer<IReadOnlyList<ActorDto>>(actors.Values.Where(a => a.Kind == Core.Actors.ActorKind.State).OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(ActorDto.Of).ToArray());
    }

    private static async Task<Results<JsonWithETag<ActorWithReferencesDto>, ProblemHttpResult>> ActorAsync(string id, GriotStore griot,
        CancellationToken cancellationToken)
    {
        var store = await griot.GetSnapshotAsync(cancellationToken);
        var actor = await store.GetActorAsync(id, cancellationToken);
        if (actor is null)
        {
            return await UnknownActorAsync(store, id, cancellationToken);
        }

        var references = await (await griot.GetAsync(cancellationToken)).GetActorReferencesAsync(id, cancellationToken);
        return Answer(ActorWithReferencesDto.Of(actor, references));
    }

    private static async Task<Results<JsonWithETag<ProfileDto>, ProblemHttpResult, ValidationProblem>> ProfileAsync(string id, string? asOf, GriotStore griot,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (ParseDay(asOf, "asOf", time, out var day) is { } invalid)
        {
            return invalid;
        }

        var store = await griot.GetSnapshotAsync(cancellationToken);
        var profile = await new KnowledgeQueries(store).ProfileAsync(id, day, cancellationToken);
        if (profile is null)
        {
            return await UnknownActorAsync(store, id, cancellationToken);
        }

        return Answer(ProfileDto.Of(profile));
    }

    private static async Task<Results<JsonWithETag<TimelineDto>, ProblemHttpResult>> TimelineAsync(string id, string? with, GriotStore griot,
        CancellationToken cancellationToken)
    {
        var store = await griot.GetSnapshotAsync(cancellationToken);
        var timeline = await new KnowledgeQueries(store).TimelineAsync(id, with, cancellationToken);
        if (timeline is null)
        {
            return await UnknownActorAsync(store, await store.GetActorAsync(id, cancellationToken) is null ? id : with!, cancellationToken);
        }

        return Answer(TimelineDto.Of(timeline));
    }

    private static async Task<Results<JsonWithETag<DiffDto>, ProblemHttpResult, ValidationProblem>> DiffAsync(string id, string? from, string? to,
        GriotStore griot, TimeProvider time, CancellationToken cancellationToken)
    {
        if (from is null || to is null)
        {
            return NotValid(from is null ? "from" : "to", "give both days, from=YYYY-MM-DD and to=YYYY-MM-DD");
        }

        if (ParseDay(from, "from", time, out var fromDay) is { } badFrom)
        {
            return badFrom;
        }

        if (ParseDay(to, "to", time, out var toDay) is { } badTo)
        {
            return badTo;
        }

        var store = await griot.GetSnapshotAsync(cancellationToken);
        var diff = await new KnowledgeQueries(store).DiffAsync(id, fromDay, toDay, cancellationToken);
        if (diff is null)
        {
            return await UnknownActorAsync(store, id, cancellationToken);
        }

        return Answer(DiffDto.Of(diff));
    }

    private static async Task<Results<JsonWithETag<NetworkDto>, ProblemHttpResult, ValidationProblem>> NetworkAsync(string id, string? asOf, int? depth,
        GriotStore griot, TimeProvider time, CancellationToken cancellationToken)
    {
        if (ParseDay(asOf, "asOf", time, out var day) is { } invalid)
        {
            return invalid;
        }

        if (depth is < 1 or > 3)
        {
            return NotValid("depth", "depth must be 1, 2 or 3");
        }

        var store = await griot.GetSnapshotAsync(cancellationToken);
        var network = await EgoNetwork.BuildAsync(store, id, day, depth ?? 1, cancellationToken);
        if (network is null)
        {
            return await UnknownActorAsync(store, id, cancellationToken);
        }

        return Answer(network);
    }

    private static async Task<Results<JsonWithETag<StatementPageDto>, ValidationProblem>> StatementsAsync(string? subject, string? predicate, string? @object,
        string? involving, string? asOf, int? offset, int? limit, GriotStore griot, TimeProvider time, CancellationToken cancellationToken)
    {
        if (predicate is not null && !Core.Statements.Predicate.TryGet(predicate, out _))
        {
            return NotValid("predicate", $"'{predicate}' is not a predicate; use one of {string.Join(", ", Core.Statements.Predicate.All.Select(p => p.Id))}");
        }

        DateOnly? validOn = null;
        if (asOf is not null)
        {
            if (ParseDay(asOf, "asOf", time, out var day) is { } invalid)
            {
                return invalid;
            }

            validOn = day;
        }

        if (offset is < 0 || limit is < 1 or > 1000)
        {
            return NotValid(offset is < 0 ? "offset" : "limit", "offset must be 0 or more, limit between 1 and 1000");
        }

        var store = await griot.GetSnapshotAsync(cancellationToken);
        var all = await store.QueryAsync(new StatementQuery { Subject = subject, Predicate = predicate, Object = @object, Involving = involving, ValidOn = validOn }, cancellationToken);
        var page = all.Skip(offset ?? 0).Take(limit ?? 100);
        return Answer(new StatementPageDto(all.Count, offset ?? 0, limit ?? 100, StatementDto.List(page)));
    }

    private static JsonWithETag<T> Answer<T>(T value) => new(value);

    /// <summary>A day from the query string (today where it is absent), or the problem with it.</summary>
    internal static IResult? Day(string? text, string name, TimeProvider time, out DateOnly day) => ParseDay(text, name, time, out day);

    internal static IResult Invalid(string name, string message) => NotValid(name, message);

    internal static async Task<IResult> UnknownAsync(IKnowledgeReader store, string id, CancellationToken cancellationToken) =>
        await UnknownActorAsync(store, id, cancellationToken);

    private static ValidationProblem? ParseDay(string? text, string name, TimeProvider time, out DateOnly day)
    {
        day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (text is null)
        {
            return null;
        }

        var date = PartialDate.Parse(text);
        if (!date.Success)
        {
            return NotValid(name, date.Error!);
        }

        if (date.Value.Precision != DatePrecision.Day)
        {
            return NotValid(name, $"'{text}' is not a day; give a full date, YYYY-MM-DD");
        }

        day = date.Value.Earliest;
        return null;
    }

    private static ValidationProblem NotValid(string name, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [name] = [message] }, title: "The request is not valid");

    private static async Task<ProblemHttpResult> UnknownActorAsync(IKnowledgeReader store, string id, CancellationToken cancellationToken)
    {
        var suggestions = await new KnowledgeQueries(store).SuggestAsync(id, 5, cancellationToken);
        return TypedResults.Problem(
            title: "Unknown actor",
            detail: suggestions.Count == 0 ? $"no actor has the id '{id}'" : $"no actor has the id '{id}'; did you mean {string.Join(", ", suggestions.Select(s => $"{s.Id} ({s.Name})"))}?",
            statusCode: StatusCodes.Status404NotFound,
            extensions: new Dictionary<string, object?> { ["suggestions"] = suggestions.Select(s => s.Id).ToArray() });
    }
}

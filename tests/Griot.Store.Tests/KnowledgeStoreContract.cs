using Griot.Core.Actors;
using Griot.Core.Statements;
using Griot.Core.Time;
using Griot.Store;
using Griot.Store.ReadModel;

namespace Griot.Store.Tests;

/// <summary>
/// What every knowledge store engine must do. Each engine's test class derives from this one and
/// gives a fresh, empty store per test.
/// </summary>
public abstract class KnowledgeStoreContract
{
    protected abstract Task<IKnowledgeStore> CreateStoreAsync();

    /// <summary>Opens the same store a second time, as another process would (same file, same database).</summary>
    protected abstract Task<IKnowledgeStore> OpenAgainAsync(IKnowledgeStore store);

    private static readonly Reference[] Source = [new Reference("https://example.org/source", "data/statements/test.tsv", 2)];

    private static KnowledgeSet SmallSet() => new(
        [
            new SourcedActor(new Actor("MLI", ActorKind.State, "Mali", "Republic of Mali", ["République du Mali"], [], ["Malian", "Malien"], "Bamako",
                new ActorIdentifiers("ML", "466", 432, "MLI", "Q912")), Source),
            new SourcedActor(new Actor("NER", ActorKind.State, "Niger", capital: "Niamey", demonyms: ["Nigerien"]), Source),
            new SourcedActor(new Actor("CIV", ActorKind.State, "Ivory Coast", otherNames: ["Côte d'Ivoire"]), Source),
            new SourcedActor(new Actor("ECOWAS", ActorKind.Organization, "Economic Community of West African States", acronyms: ["ECOWAS", "CEDEAO"]), Source),
        ],
        [
            Statement.Create("MLI", Predicate.Borders, "NER", null, null, Source),
            Statement.Create("MLI", Predicate.MemberOf, "ECOWAS", Qualifiers.Of(("role", "founding_member")),
                ValidityInterval.Parse("1975-05-28", "2025-01-29").Value, Source),
            Statement.Create("MLI", Predicate.SuspendedFrom, "ECOWAS", null, ValidityInterval.Parse("2021-05-30", "2025-01-29").Value, Source),
            Statement.Create("MLI", Predicate.Coup, null, null, ValidityInterval.Parse("2021-05-24", "").Value, Source),
        ]);

    [Fact]
    public async Task QueryAsync_BySubjectPredicateObject_FindsTheStatement()
    {
        await using var store = await CreateStoreAsync();
        await store.ImportAsync(SmallSet(), new ImportOptions("test"));

        var found = await store.QueryAsync(new StatementQuery { Subject = "MLI", Predicate = "member_of", Object = "ECOWAS" });

        var statement = Assert.Single(found);
        Assert.Equal("founding_member", statement.Qualifiers.Get("role"));
        Assert.Equal("1975-05-28", statement.Valid.Start.ToString());
        Assert.Equal("2025-01-29", statement.Valid.End.ToString());
        Assert.Equal("https://example.org/source", Assert.Single(statement.References).Source);
        Assert.Equal(2, statement.References[0].Row);
    }

    [Theory]
    [InlineData("2025-01-28", true)]
    [InlineData("2025-01-29", false)]
    [InlineData("1975-05-27", false)]
    public async Task QueryAsync_ValidOn_HalfOpenInterval(string day, bool expected)
    {
        await using var store = await CreateStoreAsync();
        await store.ImportAsync(SmallSet(), new ImportOptions("test"));

        var found = await store.QueryAsync(new StatementQuery
        {
            Subject = "MLI", Predicate = "member_of", ValidOn = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(expected, found.Count == 1);
    }

    [Fact]
    public async Task QueryAsync_Involving_AnswersSymmetricBothWays()
    {
        await using var store = await CreateStoreAsync();
        await store.ImportAsync(SmallSet(), new ImportOptions("test"));

        var fromNiger = await store.QueryAsync(new StatementQuery { Involving = "NER", Predicate = "borders" });

        Assert.Equal("MLI", Assert.Single(fromNiger).OtherParty("NER"));
    }

    [Fact]
    public async Task ImportAsync_SameSetTwice_ChangesNothing()
    {
        await using var store = await CreateStoreAsync();
        var first = await store.ImportAsync(SmallSet(), new ImportOptions("test"));

        var second = await store.ImportAsync(SmallSet(), new ImportOptions("test"));

        Assert.Equal(4, first.StatementsAdded);
        Assert.Equal(0, second.StatementsAdded);
        Assert.Equal(4, second.StatementsUnchanged);
        Assert.Equal(0, second.ReferencesAdded);
        Assert.Equal(4, (await store.CountAsync()).Statements);
    }

    [Fact]
    public async Task ImportAsync_ReplaceOrigin_KeepsOtherOrigins()
    {
        await using var store = await CreateStoreAsync();
        await store.ImportAsync(SmallSet(), new ImportOptions("bundled"));
        var mine = Statement.Create("NER", Predicate.Coup, null, null, ValidityInterval.Since(PartialDate.OfDay(2023, 7, 26)), Source);
        await store.ImportAsync(new KnowledgeSet([], [mine]), new ImportOptions("user"));

        var smaller = SmallSet() with { Statements = SmallSet().Statements.Take(1).ToArray() };
        await store.ImportAsync(smaller, new ImportOptions("bundled", ReplaceOrigin: true, new Dictionary<string, string> { ["k"] = "v" }));

        var counts = await store.CountAsync();
        Assert.Equal(2, counts.Statements);
        Assert.Equal(1, counts.StatementsByPredicate["coup"]);
        Assert.Equal("v", await store.GetMetaAsync("k"));
    }

    [Fact]
    public async Task GetRevisionAsync_EveryWriteMovesIt_ACancelledOneDoesNot()
    {
        await using var store = await CreateStoreAsync();
        var empty = await store.GetRevisionAsync();
        await store.ImportAsync(SmallSet(), new ImportOptions("test"));
        var first = await store.GetRevisionAsync();
        await store.ImportAsync(SmallSet(), new ImportOptions("test"));
        var second = await store.GetRevisionAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ImportAsync(SmallSet(), new ImportOptions("test"), cancelled.Token));

        Assert.True(first > empty);
        Assert.True(second > first);
        Assert.Equal(second, await store.GetRevisionAsync());
    }

    [Fact]
    public async Task GetRevisionAsync_AWriteThroughAnotherOpeningIsSeen()
    {
        await using var store = await CreateStoreAsync();
        await using var other = await OpenAgainAsync(store);
        var before = await store.GetRevisionAsync();
        var snapshots = new KnowledgeSnapshots(store);
        var stale = await snapshots.CurrentAsync();

        await other.ImportAsync(SmallSet(), new ImportOptions("other"));

        // Seen at once (SQLite) or as soon as the server's notification arrives (PostgreSQL): within moments.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await store.GetRevisionAsync() <= before && waited.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(10);
        }

        Assert.True(await store.GetRevisionAsync() > before);
        var fresh = await snapshots.CurrentAsync();
        Assert.Empty(stale.Statements);
        Assert.Equal(4, fresh.Statements.Count);
        Assert.Same(fresh, await snapshots.CurrentAsync());
    }

    [Fact]
    public async Task Snapshot_AnswersAsTheStoreDoes()
    {
        await using var store = await CreateStoreAsync();
        await store.ImportAsync(SmallSet(), new ImportOptions("test"));
        var more = new[]
        {
            Statement.Create("NER", Predicate.MemberOf, "ECOWAS", null, ValidityInterval.Parse("1975-05-28", "2025-01-29").Value, Source),
            Statement.Create("CIV", Predicate.MemberOf, "ECOWAS", null, ValidityInterval.Parse("1975-05-28", "").Value, Source),
            Statement.Create("CIV", Predicate.Borders, "MLI", null, null, Source),
            Statement.Create("MLI", Predicate.MemberOf, "ECOWAS", null, ValidityInterval.Parse("1975", "1980").Value, Source),
        };
        await store.ImportAsync(new KnowledgeSet([], more), new ImportOptions("more"));

        var snapshot = await KnowledgeSnapshot.ReadAsync(store);

        StatementQuery[] queries =
        [
            new(), StatementQuery.About("MLI"), StatementQuery.About("ECOWAS"), new() { Predicate = "member_of" },
            new() { Object = "ECOWAS", ValidOn = new DateOnly(2025, 6, 1) }, new() { Involving = "MLI", ValidOn = new DateOnly(1978, 1, 1) },
            new() { Subject = "MLI", Predicate = "borders", Object = "NER" }, StatementQuery.About("nobody"),
        ];
        foreach (var query in queries)
        {
            Assert.Equal((await store.QueryAsync(query)).Select(s => s.Id), snapshot.Query(query).Select(s => s.Id));
        }

        foreach (var text in new[] { "mali", "ni", "CEDEAO", "o", "x" })
        {
            Assert.Equal((await store.FindActorsAsync(text, 10)).Select(m => (m.Actor.Id, m.MatchedName, m.MatchedAs, m.Exact)),
                snapshot.FindActors(text, 10).Select(m => (m.Actor.Id, m.MatchedName, m.MatchedAs, m.Exact)));
        }

        Assert.Equal(await store.ListActorsAsync(), await snapshot.ListActorsAsync());
        Assert.Equal((await store.GetActorAsync("MLI"))!.AllNames(), snapshot.GetActor("MLI")!.AllNames());
        Assert.Equal(snapshot.Revision, await store.GetRevisionAsync());
    }

    [Fact]
    public async Task ImportAsync_Cancelled_WritesNothing()
    {
        await using var store = await CreateStoreAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ImportAsync(SmallSet(), new ImportOptions("test"), cancelled.Token));

        Assert.Equal(0, (await store.CountAsync()).Statements);
    }

    [Theory]
    [InlineData("Mali", "MLI", NameType.Name)]
    [InlineData("mali", "MLI", NameType.Name)]
    [InlineData("CEDEAO", "ECOWAS", NameType.Acronym)]
    [InlineData("Malian", "MLI", NameType.Demonym)]
    [InlineData("Bamako", "MLI", NameType.Capital)]
    [InlineData("cote d'ivoire", "CIV", NameType.Other)]
    [InlineData("Côte d’Ivoire", "CIV", NameType.Other)]
    [InlineData("MLI", "MLI", NameType.Id)]
    public async Task FindActorsAsync_AnyName_FindsTheActor(string text, string id, NameType matchedAs)
    {
        await using var store = await CreateStoreAsync();
        await store.ImportAsync(SmallSet(), new ImportOptions("test"));

        var best = (await store.FindActorsAsync(text, 5))[0];

        Assert.Equal(id, best.Actor.Id);
        Assert.Equal(matchedAs, best.MatchedAs);
        Assert.True(best.Exact);
    }

    [Fact]
    public async Task GetActorAsync_RoundTripsEveryField()
    {
        await using var store = await CreateStoreAsync();
        await store.ImportAsync(SmallSet(), new ImportOptions("test"));

        var mali = await store.GetActorAsync("MLI");

        Assert.NotNull(mali);
        Assert.Equal("Republic of Mali", mali.OfficialName);
        Assert.Equal(["République du Mali"], mali.OtherNames);
        Assert.Equal(["Malian", "Malien"], mali.Demonyms);
        Assert.Equal("Bamako", mali.Capital);
        Assert.Equal(new ActorIdentifiers("ML", "466", 432, "MLI", "Q912"), mali.Identifiers);
        Assert.Null(await store.GetActorAsync("XXX"));
    }
}

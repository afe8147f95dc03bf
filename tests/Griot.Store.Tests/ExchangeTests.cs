using System.Xml.Linq;
using Griot.Store.Exchange;
using Griot.Store.Json;
using Griot.Store.ReferenceData;
using Griot.Store.Sqlite;
using Griot.Testing;

namespace Griot.Store.Tests;

/// <summary>Export in each format, import of each format, and the round trip into an empty store.</summary>
public sealed class ExchangeTests(BundledStoreFixture fixture) : IClassFixture<BundledStoreFixture>, IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<SqliteKnowledgeStore> EmptyStoreAsync() => await SqliteKnowledgeStore.OpenAsync(_folder.File($"{Guid.NewGuid():N}.db"));

    private static async Task<(string[] Statements, string[] Actors)> ContentAsync(IKnowledgeStore store)
    {
        var statements = (await store.QueryAsync(new StatementQuery())).Select(s => s.Id).Order(StringComparer.Ordinal).ToArray();
        var actors = (await store.ListActorsAsync()).Select(a => a.Id).ToArray();
        return (statements, actors);
    }

    [Fact]
    public async Task JsonLd_ExportThenImportIntoEmptyStore_SameStatements()
    {
        var set = await ExportSelection.SelectAsync(fixture.Store, new ExportRequest());
        var file = _folder.File("all.jsonld");
        await File.WriteAllTextAsync(file, GriotJson.Serialize(JsonLdWriter.Write(set)));
        await using var empty = await EmptyStoreAsync();

        var outcome = await KnowledgeImport.ImportAsync(empty, [file]);

        Assert.False(outcome.Refused, string.Join("\n", outcome.Diagnostics));
        var (expectedStatements, expectedActors) = await ContentAsync(fixture.Store);
        var (statements, actors) = await ContentAsync(empty);
        Assert.Equal(expectedStatements, statements);
        Assert.Equal(expectedActors, actors);
        var mali = await empty.GetActorAsync("MLI");
        Assert.Equal(await fixture.Store.GetActorAsync("MLI") is { } m ? GriotJson.Serialize(GriotJson.ActorDetail(m)) : null,
            mali is null ? null : GriotJson.Serialize(GriotJson.ActorDetail(mali)));
        var ecowas = (await empty.QueryAsync(new StatementQuery { Subject = "MLI", Object = "ECOWAS", Predicate = "member_of" })).Single();
        Assert.Contains(ecowas.References, r => r.Dataset == "data/statements/mali-memberships.tsv" && r.Row > 0);
    }

    [Fact]
    public async Task Csv_ExportThenImportIntoEmptyStore_SameStatements()
    {
        var set = await ExportSelection.SelectAsync(fixture.Store, new ExportRequest());
        var statementsFile = _folder.File("all.csv");
        var actorsFile = _folder.File("all.actors.csv");
        await using (var writer = new StreamWriter(statementsFile))
        {
            CsvExportWriter.WriteStatements(set.Statements, writer);
        }

        await using (var writer = new StreamWriter(actorsFile))
        {
            CsvExportWriter.WriteActors(set.Actors, writer);
        }

        await using var empty = await EmptyStoreAsync();

        var outcome = await KnowledgeImport.ImportAsync(empty, [actorsFile, statementsFile]);

        Assert.False(outcome.Refused, string.Join("\n", outcome.Diagnostics.Take(5)));
        Assert.Equal((await ContentAsync(fixture.Store)).Statements, (await ContentAsync(empty)).Statements);
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondChangesNothing()
    {
        var file = _folder.File("mine.tsv");
        await File.WriteAllTextAsync(file, "subject\tpredicate\tobject\tstart\tend\tqualifiers\tsource\n" +
            "FJI\tcoup\t\t1987-05-14\t\t\thttps://example.org/fiji-1987\n" +
            "NER\tmember_of\tAES\t2023-09-16\t\trole=founding_member\thttps://example.org/aes\n");
        await using var store = await EmptyStoreAsync();
        await BundledData.EnsureSeededAsync(store, TestData.DataDirectory);

        var first = await KnowledgeImport.ImportAsync(store, [file]);
        var countsAfterFirst = await store.CountAsync();
        var second = await KnowledgeImport.ImportAsync(store, [file]);

        Assert.Equal(1, first.Report?.StatementsAdded); // the AES membership is already bundled
        Assert.Equal(0, second.Report?.StatementsAdded);
        Assert.Equal(0, second.Report?.ReferencesAdded);
        Assert.Equal(countsAfterFirst, await store.CountAsync(), new CountsComparer());
    }

    [Fact]
    public async Task Import_OneBadRow_RefusesAllAndListsEveryProblem()
    {
        var file = _folder.File("bad.tsv");
        await File.WriteAllTextAsync(file, "subject\tpredicate\tobject\tstart\tend\tqualifiers\tsource\n" +
            "FJI\tcoup\t\t1987-05-14\t\t\thttps://example.org/fiji-1987\n" +
            "NER\tmember_of\tECOWAZ\t1975-05-28\t\t\thttps://example.org\n" +
            "FJI\tcoup\t\t1987-02-31\t\t\thttps://example.org\n" +
            "NER\tborders\tMLI\t\t\t\t\n");
        await using var store = await EmptyStoreAsync();
        await BundledData.EnsureSeededAsync(store, TestData.DataDirectory);
        var before = await store.CountAsync();

        var outcome = await KnowledgeImport.ImportAsync(store, [file]);

        Assert.True(outcome.Refused);
        Assert.Contains(outcome.Diagnostics, d => d.Line == 3 && d.Field == "object" && d.Message.Contains("'ECOWAZ' is not a known actor", StringComparison.Ordinal));
        Assert.Contains(outcome.Diagnostics, d => d.Line == 4 && d.Field == "start" && d.Message.Contains("day 31 is out of range", StringComparison.Ordinal));
        Assert.Contains(outcome.Diagnostics, d => d.Line == 5 && d.Field == "source");
        Assert.All(outcome.Diagnostics, d => Assert.EndsWith("bad.tsv", d.File));
        Assert.Equal(before, await store.CountAsync(), new CountsComparer());
        Assert.Empty(await store.QueryAsync(new StatementQuery { Subject = "FJI", Predicate = "coup" }));
    }

    [Fact]
    public async Task Import_OverlapWithStoredFact_Refused()
    {
        var file = _folder.File("overlap.json");
        await File.WriteAllTextAsync(file, """
            [
              { "subject": "MLI", "predicate": "head_of_state", "object": "moussa-traore",
                "valid": { "start": "2019-01-01", "end": null },
                "references": [ { "source": "https://example.org" } ] }
            ]
            """);
        await using var store = await EmptyStoreAsync();
        await BundledData.EnsureSeededAsync(store, TestData.DataDirectory);

        var outcome = await KnowledgeImport.ImportAsync(store, [file]);

        Assert.True(outcome.Refused);
        Assert.All(outcome.Diagnostics, d => Assert.Equal(2, d.Line));
        Assert.Contains(outcome.Diagnostics, d => d.Message.Contains("assimi-goita", StringComparison.Ordinal)
            && d.Message.Contains("already in the store", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_JsonProblems_NamePathAndLine()
    {
        var file = _folder.File("claims.json");
        await File.WriteAllTextAsync(file, """
            {
              "statements": [
                { "subject": "MLI", "predicate": "member_of", "object": "AES",
                  "qualifiers": { "role": "founding_member" },
                  "valid": { "start": "2023-09-16", "end": null },
                  "references": [ { "source": "https://example.org" } ] },
                { "subject": "MLI", "predicate": "member_of", "object": "AES",
                  "valid": { "start": "2023-13-16", "end": null },
                  "references": [] }
              ]
            }
            """);
        await using var store = await EmptyStoreAsync();
        await BundledData.EnsureSeededAsync(store, TestData.DataDirectory);

        var outcome = await KnowledgeImport.ImportAsync(store, [file]);

        Assert.True(outcome.Refused);
        Assert.Contains(outcome.Diagnostics, d => d.Line == 7 && d.Field == "statements[1].valid.start");
        Assert.Contains(outcome.Diagnostics, d => d.Line == 7 && d.Field == "statements[1].references");
    }

    [Fact]
    public async Task Import_NotJson_ClearError()
    {
        var file = _folder.File("broken.json");
        await File.WriteAllTextAsync(file, "[ { \"subject\": \"MLI\", ");
        await using var store = await EmptyStoreAsync();

        var outcome = await KnowledgeImport.ImportAsync(store, [file]);

        Assert.Contains("not valid JSON", Assert.Single(outcome.Diagnostics).Message);
    }

    [Fact]
    public async Task Export_ActorNeighbourhood_OnlyWithinDepth()
    {
        var depth1 = await ExportSelection.SelectAsync(fixture.Store, new ExportRequest(new DateOnly(2024, 6, 1), "MLI", 1));
        var depth0 = await ExportSelection.SelectAsync(fixture.Store, new ExportRequest(new DateOnly(2024, 6, 1), "MLI", 0));

        var ids = depth1.Actors.Select(a => a.Actor.Id).ToHashSet();
        Assert.Contains("AES", ids);
        Assert.Contains("NER", ids);
        Assert.DoesNotContain("OAU", ids);
        Assert.DoesNotContain("ZAF", ids);
        Assert.All(depth1.Statements, s => Assert.True(ExportSelection.Parties(s).All(ids.Contains)));
        Assert.Equal(["MLI"], depth0.Actors.Select(a => a.Actor.Id));
    }

    [Fact]
    public async Task GraphMl_Export_ValidGraphWithTypedNodesAndEdges()
    {
        var set = await ExportSelection.SelectAsync(fixture.Store, new ExportRequest(new DateOnly(2019, 6, 1), "MLI", 1));
        using var writer = new StringWriter();

        GraphMlWriter.Write(set, writer);

        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var document = XDocument.Parse(writer.ToString());
        var nodes = document.Descendants(g + "node").Select(n => (string)n.Attribute("id")!).ToHashSet();
        var edges = document.Descendants(g + "edge").ToArray();
        Assert.Contains("MLI", nodes);
        Assert.Contains(edges, e => (string?)e.Attribute("source") == "MLI" && (string?)e.Attribute("target") == "G5S"
            && e.Elements(g + "data").Any(d => (string?)d.Attribute("key") == "role" && d.Value == "founding_member"));
        Assert.All(edges, e => Assert.True(nodes.Contains((string)e.Attribute("source")!) && nodes.Contains((string)e.Attribute("target")!)));
    }

    [Fact]
    public async Task JsonLd_Export_NamesWikidataPropertiesAndEntities()
    {
        var set = await ExportSelection.SelectAsync(fixture.Store, new ExportRequest(new DateOnly(2019, 6, 1), "MLI", 1));

        var json = JsonLdWriter.Write(set);

        Assert.Equal("wdt:P463", (string?)json["@context"]!["member_of"]);
        var graph = json["@graph"]!.AsArray();
        Assert.Contains(graph, n => (string?)n!["@id"] == "MLI" && (string?)n["sameAs"] == "wd:Q912");
        Assert.Contains(graph, n => (string?)n!["predicate"] == "member_of" && (string?)n["wikidataProperty"] == "wdt:P463");
    }

    private sealed class CountsComparer : IEqualityComparer<StoreCounts>
    {
        public bool Equals(StoreCounts? x, StoreCounts? y) =>
            x is not null && y is not null && x.Actors == y.Actors && x.Statements == y.Statements && x.References == y.References
            && x.StatementsByPredicate.OrderBy(p => p.Key).SequenceEqual(y.StatementsByPredicate.OrderBy(p => p.Key));

        public int GetHashCode(StoreCounts obj) => obj.Statements;
    }
}

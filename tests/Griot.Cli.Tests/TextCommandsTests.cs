using System.Text.Json;

namespace Griot.Cli.Tests;

public sealed class TextCommandsTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string Seed => Path.Join(Griot.Testing.TestData.RepositoryRoot, "tests", "Griot.Text.Tests", "Seed", "mali-foreign-relations.txt");

    [Fact]
    public async Task Check_SeedEssayAsJson_VocabularyShape()
    {
        var result = await _cli.RunAsync("check", Seed, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.Equal(64, json.GetProperty("document").GetProperty("sha256").GetString()!.Length);
        var tunisia = json.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("object").GetString() == "TUN");
        Assert.Equal("borders", tunisia.GetProperty("predicate").GetString());
        Assert.Equal("contradicted", tunisia.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Array, tunisia.GetProperty("matches").ValueKind);
        var evidence = tunisia.GetProperty("evidence");
        var text = await File.ReadAllTextAsync(Seed);
        Assert.Equal(evidence.GetProperty("text").GetString(), text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()]);
        Assert.Contains(json.GetProperty("conflicts").EnumerateArray(), c => c.GetProperty("reason").GetString() == "stance towards FRA: friendly vs ambivalent");
    }

    [Fact]
    public async Task Extract_StandardInput_ClaimsWithoutVerdicts()
    {
        _cli.StandardInput = "Senegal is a founding member of ECOWAS.";

        var result = await _cli.RunAsync("extract", "-", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var claim = Assert.Single(result.Json.GetProperty("claims").EnumerateArray());
        Assert.Equal("founding_member", claim.GetProperty("qualifiers").GetProperty("role").GetString());
        Assert.False(claim.TryGetProperty("verdict", out _));
        Assert.False(result.Json.TryGetProperty("conflicts", out _));
    }

    [Fact]
    public async Task Check_Table_VerdictsAndConflicts()
    {
        var result = await _cli.RunAsync("check", Seed, "--document-date", "2019-06-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("contradicted", result.Output, StringComparison.Ordinal);
        Assert.Contains("leaves out Chad (TCD)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_MissingFile_ExitsOne()
    {
        var result = await _cli.RunAsync("check", "no-such-essay.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no-such-essay.txt: no such file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ImpossibleDocumentDate_Usage()
    {
        var result = await _cli.RunAsync("check", Seed, "--document-date", "2019-13-45");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("month 13 is out of range", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_GoldFile_ScoresPerPredicate()
    {
        var gold = _cli.Folder.File("gold.jsonl");
        await File.WriteAllLinesAsync(gold,
        [
            """{"id":"a","text":"Niger borders Chad.","mainSubject":null,"documentDate":null,"claims":[{"subject":"NER","predicate":"borders","object":"TCD"}]}""",
            """{"id":"b","text":"Ghana joined ECOWAS.","mainSubject":null,"documentDate":null,"claims":[{"subject":"GHA","predicate":"member_of","object":"ECOWAS"},{"subject":"GHA","predicate":"member_of","object":"AU"}]}""",
        ]);

        var result = await _cli.RunAsync("eval", gold, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var overall = result.Json[0].GetProperty("overall");
        Assert.Equal(2, overall.GetProperty("found").GetInt32());
        Assert.Equal(1, overall.GetProperty("missed").GetInt32());
        Assert.Equal(0.8, overall.GetProperty("f1").GetDouble(), 3);
    }

    [Fact]
    public async Task Eval_BadLine_NamesFileAndLine()
    {
        var gold = _cli.Folder.File("bad.jsonl");
        await File.WriteAllTextAsync(gold, "{\"id\":\"a\",\"text\":\"x\",\"claims\":[]}\n{not json}\n");

        var result = await _cli.RunAsync("eval", gold);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.jsonl:2: not a gold item", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_DocumentFolder_ScoresPerLanguage_AndCountsFalseAlarms()
    {
        var folder = Path.Join(_cli.Folder.Path, "docs");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Join(folder, "en-a.txt"), "Niger\n\nNiger borders Chad and Nigeria. It joined ECOWAS in 1975.\n");
        await File.WriteAllTextAsync(Path.Join(folder, "en-a.json"), """
            {"id":"en-a","language":"en","title":"Niger","source":{"url":"https://example.org/a","publisher":"test","licence":"CC0","retrieved":"2026-12-01"},
             "documentDate":null,"facts":[
              {"subject":"NER","predicate":"borders","object":"TCD","qualifiers":{},"start":null,"end":null,"hedged":false,"evidence":"Niger borders Chad"},
              {"subject":"NER","predicate":"borders","object":"NGA","qualifiers":{},"start":null,"end":null,"hedged":false,"evidence":"Chad and Nigeria"},
              {"subject":"NER","predicate":"member_of","object":"ECOWAS","qualifiers":{},"start":"1975","end":null,"hedged":false,"evidence":"It joined ECOWAS in 1975"}]}
            """);
        await File.WriteAllTextAsync(Path.Join(folder, "fr-b.txt"), "Mali\n\nLe Mali s'est retiré du G5 Sahel en mai 2022.\n");
        await File.WriteAllTextAsync(Path.Join(folder, "fr-b.json"), """
            {"id":"fr-b","language":"fr","title":"Mali","source":{"url":"https://example.org/b","publisher":"test","licence":"CC0","retrieved":"2026-12-01"},
             "documentDate":null,"facts":[
              {"subject":"MLI","predicate":"withdrew_from","object":"G5S","qualifiers":{},"start":"2022-05","end":null,"hedged":false,"evidence":"Le Mali s'est retiré du G5 Sahel en mai 2022"},
              {"subject":"MLI","predicate":"member_of","object":"AU","qualifiers":{},"start":null,"end":null,"hedged":false,"evidence":"Le Mali"}]}
            """);

        var result = await _cli.RunAsync("eval", folder, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json[0];
        Assert.Equal("documents", json.GetProperty("kind").GetString());
        Assert.Equal(2, json.GetProperty("items").GetInt32());
        var languages = json.GetProperty("languages").EnumerateArray().ToDictionary(l => l.GetProperty("language").GetString()!, l => l.GetProperty("overall"));
        Assert.Equal(3, languages["en"].GetProperty("found").GetInt32());
        Assert.Equal(1, languages["fr"].GetProperty("found").GetInt32());
        Assert.Equal(1, languages["fr"].GetProperty("missed").GetInt32());
        Assert.Equal(0, json.GetProperty("falseAlarms").GetProperty("onTrueFacts").GetInt32());
    }

    [Fact]
    public async Task Eval_NewsSet_TrueClaimsAndPlantedErrorsPerLanguage()
    {
        var news = _cli.Folder.File("news.jsonl");
        await File.WriteAllLinesAsync(news,
        [
            """{"id":"n1","language":"en","documentDate":null,"text":"BAMAKO, 3 March 2024 — Mali borders Senegal. Mali joined ECOWAS in 1990.","claims":[{"evidence":"Mali borders Senegal","subject":"MLI","predicate":"borders","object":"SEN","qualifiers":{},"expected":"supported"},{"evidence":"Mali joined ECOWAS in 1990","subject":"MLI","predicate":"member_of","object":"ECOWAS","qualifiers":{},"expected":"contradicted"}]}""",
        ]);

        var result = await _cli.RunAsync("eval", news, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var tallies = result.Json[0].GetProperty("tallies").EnumerateArray().ToList();
        Assert.Equal("news", result.Json[0].GetProperty("kind").GetString());
        Assert.All(tallies, t => Assert.Equal(1.0, t.GetProperty("rate").GetDouble()));
        Assert.Equal(["planted_errors", "true_claims"], tallies.Select(t => t.GetProperty("claims").GetString()).Order());
    }

    [Fact]
    public async Task Eval_DocumentWhoseEvidenceIsNotInItsText_NamesTheFile()
    {
        var folder = Path.Join(_cli.Folder.Path, "bad-docs");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Join(folder, "x.txt"), "Mali borders Niger.\n");
        await File.WriteAllTextAsync(Path.Join(folder, "x.json"), """
            {"id":"x","language":"en","title":"x","source":{"url":"u","publisher":"p","licence":"CC0","retrieved":"2026-12-01"},"documentDate":null,
             "facts":[{"subject":"MLI","predicate":"borders","object":"NER","qualifiers":{},"start":null,"end":null,"hedged":false,"evidence":"Mali borders Chad"}]}
            """);

        var result = await _cli.RunAsync("eval", folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("x.json", result.Error, StringComparison.Ordinal);
        Assert.Contains("Mali borders Chad", result.Error, StringComparison.Ordinal);
    }
}

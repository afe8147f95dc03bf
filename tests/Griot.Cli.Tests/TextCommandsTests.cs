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
}

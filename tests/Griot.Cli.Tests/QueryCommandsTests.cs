namespace Griot.Cli.Tests;

public sealed class QueryCommandsTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Diff_Mali2019To2025Json_AddedAndRemoved()
    {
        var result = await _cli.RunAsync("diff", "MLI", "2019-06-01", "2025-06-01", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var added = result.Json.GetProperty("added").EnumerateArray().ToArray();
        var removed = result.Json.GetProperty("removed").EnumerateArray().ToArray();
        Assert.Contains(added, s => s.GetProperty("predicate").GetString() == "member_of" && s.GetProperty("object").GetString() == "AES");
        Assert.Contains(removed, s => s.GetProperty("predicate").GetString() == "member_of" && s.GetProperty("object").GetString() == "ECOWAS");
        Assert.Contains(removed, s => s.GetProperty("subject").GetString() == "operation-barkhane");
        Assert.Contains(added, s => s.GetProperty("predicate").GetString() == "head_of_state" && s.GetProperty("object").GetString() == "assimi-goita");
        var first = added[0];
        Assert.True(first.GetProperty("references").GetArrayLength() > 0);
        Assert.Equal("2019-06-01", result.Json.GetProperty("from").GetString());
    }

    [Fact]
    public async Task Diff_Table_ShowsBothSides()
    {
        var result = await _cli.RunAsync("diff", "MLI", "2019-06-01", "2025-06-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no longer holds", result.Output);
        Assert.Contains("leaves Economic Community of West African States (ECOWAS)", result.Output);
        Assert.Contains("joins Alliance of Sahel States (AES) as founding member", result.Output);
        Assert.Contains("Assimi Goïta (assimi-goita) becomes head of state", result.Output);
    }

    [Fact]
    public async Task Diff_BadSecondDate_UsageError()
    {
        var result = await _cli.RunAsync("diff", "MLI", "2019-06-01", "2025-02-30");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("TO:", result.Error);
    }

    [Fact]
    public async Task Timeline_WithFrance_PairOnly()
    {
        var result = await _cli.RunAsync("timeline", "MLI", "--with", "FRA", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var entries = result.Json.GetProperty("entries").EnumerateArray().ToArray();
        Assert.NotEmpty(entries);
        Assert.All(entries, e =>
        {
            var s = e.GetProperty("statement");
            var operatedByFrance = s.TryGetProperty("qualifiers", out var q) && q.TryGetProperty("operator", out var op) && op.GetString() == "FRA";
            Assert.True(operatedByFrance || new[] { s.GetProperty("subject").GetString(), s.GetProperty("object").GetString() }.Contains("FRA"));
        });
        Assert.Equal("1960-09-22", entries[0].GetProperty("date").GetString());
    }

    [Fact]
    public async Task Timeline_Table_HasDatesAndSources()
    {
        var result = await _cli.RunAsync("timeline", "MLI");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2025-01-29", result.Output);
        Assert.Contains("coup d'état in Mali (MLI)", result.Output);
        Assert.Contains("wikipedia.org", result.Output);
    }

    [Fact]
    public async Task Timeline_UnknownWith_Fails()
    {
        var result = await _cli.RunAsync("timeline", "MLI", "--with", "FRX");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'FRX'", result.Error);
        Assert.Contains("FRA", result.Error);
    }

    [Fact]
    public async Task Statements_FilteredAsOf_OnlyThoseHolding()
    {
        var result = await _cli.RunAsync("statements", "--subject", "MLI", "--predicate", "member_of", "--as-of", "2024-06-01", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var objects = result.Json.EnumerateArray().Select(s => s.GetProperty("object").GetString()).ToArray();
        Assert.Contains("AES", objects);
        Assert.DoesNotContain("G5S", objects);
        Assert.All(result.Json.EnumerateArray(), s => Assert.Equal("member_of", s.GetProperty("predicate").GetString()));
    }

    [Fact]
    public async Task Statements_UnknownPredicate_UsageError()
    {
        var result = await _cli.RunAsync("statements", "--predicate", "allied_with");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'allied_with' is not a predicate", result.Error);
    }

    [Theory]
    [InlineData("CEDEAO", "ECOWAS")]
    [InlineData("Malian", "MLI")]
    [InlineData("Bamako", "MLI")]
    [InlineData("Francophonie", "OIF")]
    [InlineData("Côte d'Ivoire", "CIV")]
    [InlineData("Barkhane", "operation-barkhane")]
    [InlineData("Goita", "assimi-goita")]
    public async Task Actors_AnyName_FirstMatch(string text, string id)
    {
        var result = await _cli.RunAsync("actors", text, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(id, result.Json[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Actors_NothingMatches_Fails()
    {
        var result = await _cli.RunAsync("actors", "Atlantis");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no actor is known by 'Atlantis'", result.Error);
    }
}

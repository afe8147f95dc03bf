namespace Griot.Cli.Tests;

public sealed class DataLintCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Lint_BundledData_Passes()
    {
        var result = await _cli.RunAsync("data", "lint");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ok:", result.Output);
    }

    [Fact]
    public async Task Lint_BrokenCopy_FailsNamingFileAndLine()
    {
        var data = _cli.Folder.CopyOfData();
        var file = Path.Join(data, "statements", "mali-memberships.tsv");
        var lines = (await File.ReadAllLinesAsync(file)).ToList();
        var line = lines.FindIndex(l => l.StartsWith("MLI\tmember_of\tECOWAS", StringComparison.Ordinal));
        lines[line] = lines[line].Replace("1975-05-28", "1975-13-28", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(file, lines);

        var result = await _cli.RunAsync("data", "lint", "--data", data);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"mali-memberships.tsv:{line + 1}: error: start:", result.Output);
        Assert.Contains("month 13 is out of range", result.Output);
        Assert.Contains("error(s)", result.Output);
    }

    [Fact]
    public async Task Lint_MissingFolder_Fails()
    {
        var result = await _cli.RunAsync("data", "lint", "--data", _cli.Folder.File("nowhere"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not exist", result.Error);
    }

    [Fact]
    public async Task Query_BrokenBundledData_ClearErrorAndNoStore()
    {
        var data = _cli.Folder.CopyOfData();
        await File.AppendAllTextAsync(Path.Join(data, "statements", "mali-leaders.tsv"), "MLI\tcoup\t\tsoon\t\t\tsource\t\n");
        _cli.DataDirectory = data;

        var result = await _cli.RunAsync("profile", "MLI");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bundled reference data has 1 error(s)", result.Error);
        Assert.Contains("mali-leaders.tsv", result.Error);
    }
}

public sealed class DataStatsCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Stats_BundledData_CountsByKindAndPredicate()
    {
        var result = await _cli.RunAsync("data", "stats", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.True(json.GetProperty("actorsByKind").GetProperty("state").GetInt32() >= 250);
        Assert.True(json.GetProperty("byPredicate").GetProperty("borders").GetProperty("statements").GetInt32() > 300);
        Assert.Equal(json.GetProperty("statements").GetInt32(),
            json.GetProperty("byPredicate").EnumerateObject().Sum(p => p.Value.GetProperty("statements").GetInt32()));
        Assert.True(json.GetProperty("sources").GetInt32() > 100);
    }
}

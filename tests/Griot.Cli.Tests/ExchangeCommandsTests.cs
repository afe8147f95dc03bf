namespace Griot.Cli.Tests;

public sealed class ExchangeCommandsTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Import_BadRow_ExitsOneListingFileLineField()
    {
        var file = _cli.Folder.File("mine.tsv");
        await File.WriteAllTextAsync(file, "subject\tpredicate\tobject\tstart\tend\tqualifiers\tsource\n" +
            "FJI\tcoup\t\t1987-05-14\t\t\thttps://example.org/fiji-1987\n" +
            "FJI\tcoup\t\t1987-09-32\t\t\thttps://example.org/fiji-1987\n");

        var result = await _cli.RunAsync("import", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("mine.tsv:3: error: start:", result.Error);
        Assert.Contains("nothing was imported", result.Error);
        var after = await _cli.RunAsync("statements", "--subject", "FJI", "--predicate", "coup", "--format", "json");
        Assert.Equal(0, after.Json.GetArrayLength());
    }

    [Fact]
    public async Task Import_GoodFileTwice_SecondAddsNothing()
    {
        var file = _cli.Folder.File("mine.csv");
        await File.WriteAllTextAsync(file, "subject,predicate,object,start,end,qualifiers,source\n" +
            "FJI,coup,,1987-05-14,,,\"The New York Times, 15 May 1987\"\n");

        var first = await _cli.RunAsync("import", file);
        var second = await _cli.RunAsync("import", file);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("1 statement(s) added", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 statement(s) added, 1 already known", second.Output);
    }

    [Fact]
    public async Task Export_GraphMlToStandardOutput_AGraph()
    {
        var result = await _cli.RunAsync("export", "--format", "graphml", "--actor", "MLI", "--as-of", "2024-06-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("<graphml", result.Output);
        Assert.Contains("<node id=\"AES\">", result.Output);
    }

    [Fact]
    public async Task Export_JsonLdToFile_ThenImportChangesNothing()
    {
        var file = _cli.Folder.File("mali.jsonld");

        var export = await _cli.RunAsync("export", "--actor", "MLI", "--depth", "2", "--output", file);
        var import = await _cli.RunAsync("import", file);

        Assert.Equal(0, export.ExitCode);
        Assert.Contains("exported:", export.Error);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("0 statement(s) added", import.Output);
        Assert.Contains("0 actor(s) added or updated", import.Output);
    }

    [Fact]
    public async Task Export_UnknownActor_Fails()
    {
        var result = await _cli.RunAsync("export", "--actor", "MLX");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown actor id 'MLX'", result.Error);
    }

    [Fact]
    public async Task Export_DepthWithoutActor_UsageError()
    {
        var result = await _cli.RunAsync("export", "--depth", "3");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--depth needs --actor", result.Error);
    }
}

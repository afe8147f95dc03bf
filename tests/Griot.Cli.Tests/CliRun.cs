using System.Text.Json;
using Griot.Testing;
using Microsoft.Extensions.Time.Testing;
using Spectre.Console.Testing;

namespace Griot.Cli.Tests;

/// <summary>What a run of <c>griot</c> gave: exit code, standard output and standard error.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public JsonElement Json => JsonDocument.Parse(Output).RootElement;
}

/// <summary>Runs the real command line against a scratch store, with a fixed clock.</summary>
internal sealed class CliRun : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public CliRun(string? dataDirectory = null)
    {
        DataDirectory = dataDirectory ?? TestData.DataDirectory;
        DatabasePath = _folder.File("griot.db");
    }

    public string DataDirectory { get; set; }

    public string DatabasePath { get; }

    public ScratchFolder Folder => _folder;

    /// <summary>Today, as the commands see it.</summary>
    public DateTimeOffset Now { get; set; } = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Standard input, as the commands see it.</summary>
    public string StandardInput { get; set; } = "";

    public async Task<CliResult> RunAsync(params string[] args)
    {
        var output = new TestConsole().Width(200);
        var error = new TestConsole().Width(200);
        var environment = new CliEnvironment(output, error, new FakeTimeProvider(Now), DataDirectory, DatabasePath)
        {
            Input = new StringReader(StandardInput),
        };
        var code = await GriotApp.RunAsync(args, environment);
        return new CliResult(code, output.Output, error.Output);
    }

    public void Dispose() => _folder.Dispose();
}

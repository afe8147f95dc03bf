using Spectre.Console;

namespace Griot.Cli;

/// <summary>
/// What the commands take from the world: consoles for output and errors, the clock, where the
/// bundled data lies and where the store goes by default. Tests pass their own.
/// </summary>
public sealed record CliEnvironment(
    IAnsiConsole Out,
    IAnsiConsole Error,
    TimeProvider Time,
    string DataDirectory,
    string DefaultDatabasePath)
{
    /// <summary>Standard input, for commands given <c>-</c> as a file.</summary>
    public TextReader Input { get; init; } = Console.In;

    /// <summary>
    /// The running process's environment: <c>GRIOT_DATA</c> and <c>GRIOT_DB</c>, with the defaults every front end
    /// shares (<see cref="Application.GriotLocations"/>).
    /// </summary>
    public static CliEnvironment FromProcess()
    {
        var locations = Application.GriotLocations.FromEnvironment();
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var output = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            // Written to a file or a pipe, tables get the width of a wide editor, not the default 80.
            output.Profile.Width = 120;
        }

        return new CliEnvironment(output, error, TimeProvider.System, locations.Data, locations.Database);
    }

    /// <summary>Today in UTC, by the injected clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
}

using System.ComponentModel;
using Griot.Store.ReferenceData;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Griot.Cli.Commands;

/// <summary>Options of the commands that read the reference data files.</summary>
public class DataSettings : CommandSettings
{
    [CommandOption("--data <DIR>")]
    [Description("The reference data folder (default: $GRIOT_DATA, else the data bundled with griot).")]
    public string? Data { get; init; }

    /// <summary>The folder to read, or null after saying on the error console that it does not exist.</summary>
    public string? ResolveDirectory(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var directory = Data ?? environment.DataDirectory;
        if (Directory.Exists(directory))
        {
            return directory;
        }

        environment.Error.MarkupLine($"[red]error:[/] the data folder '{Markup.Escape(directory)}' does not exist");
        return null;
    }
}

public sealed class DataLintSettings : DataSettings
{
}

/// <summary><c>griot data lint</c>: check the reference data; non-zero exit on any error.</summary>
public sealed class DataLintCommand(CliEnvironment environment) : Command<DataLintSettings>
{
    public override int Execute(CommandContext context, DataLintSettings settings, CancellationToken cancellationToken)
    {
        if (settings.ResolveDirectory(environment) is not { } directory)
        {
            return ExitCodes.Failure;
        }

        var data = ReferenceDataReader.ReadDirectory(directory);
        var diagnostics = DataLinter.Lint(data);
        foreach (var d in diagnostics)
        {
            // Plain lines, unwrapped: editors and CI logs link "file:line:" to the row.
            environment.Out.Profile.Out.Writer.WriteLine(d.ToString());
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count - errors;
        var files = ReferenceDataReader.DataFiles(directory).Count;
        environment.Out.MarkupLine(errors == 0
            ? $"[green]ok:[/] {files} files, {data.Actors.Count} actors, {data.Statements.Count} statements, {warnings} warning(s)"
            : $"[red]{errors} error(s)[/], {warnings} warning(s) in {files} files");
        return errors == 0 ? ExitCodes.Ok : ExitCodes.Failure;
    }
}

using System.ComponentModel;
using Griot.Store;
using Griot.Store.Exchange;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Griot.Cli.Commands;

public sealed class ImportSettings : StoreSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("Files of statements or actors: .tsv (the format of data/), .csv (same columns), .json or .jsonld (VOCABULARY.md's shape, or griot export's JSON-LD); - for standard input.")]
    public string[] Files { get; init; } = [];

    public override ValidationResult Validate() =>
        Files.Length > 0 ? ValidationResult.Success() : ValidationResult.Error("give at least one file to import");
}

/// <summary><c>griot import FILE...</c>: all rows valid and written in one transaction, or nothing written.</summary>
public sealed class ImportCommand(CliEnvironment environment) : StoreCommand<ImportSettings>(environment)
{
    protected override async Task<int> ExecuteAsync(ImportSettings settings, IKnowledgeStore store, CancellationToken cancellationToken)
    {
        var outcome = await KnowledgeImport.ImportAsync(store, settings.Files, Environment.Input, cancellationToken);
        foreach (var diagnostic in outcome.Diagnostics)
        {
            Environment.Error.Profile.Out.Writer.WriteLine(diagnostic.ToString());
        }

        if (outcome.Report is not { } report)
        {
            var errors = outcome.Diagnostics.Count(d => d.Severity == Store.ReferenceData.DiagnosticSeverity.Error);
            Environment.Error.MarkupLine($"[red]refused:[/] {errors} error(s); nothing was imported");
            return ExitCodes.Failure;
        }

        Out.MarkupLine($"[green]imported:[/] {report.StatementsAdded} statement(s) added, {report.StatementsUnchanged} already known; " +
            $"{report.ActorsWritten} actor(s) added or updated, {outcome.ActorsUnchanged} unchanged; {report.ReferencesAdded} reference(s) added");
        return ExitCodes.Ok;
    }
}

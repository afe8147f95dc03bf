using System.ComponentModel;
using Griot.Store;
using Griot.Store.Exchange;
using Griot.Store.Json;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Griot.Cli.Commands;

/// <summary>The formats of <c>griot export</c>.</summary>
public enum ExportFormat
{
    Jsonld,
    Csv,
    Graphml,
}

public sealed class ExportSettings : StoreSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("jsonld (linked data, Wikidata properties where mapped), csv (spreadsheets) or graphml (Gephi, Cytoscape).")]
    [DefaultValue(ExportFormat.Jsonld)]
    public ExportFormat Format { get; init; }

    [CommandOption("--as-of <DATE>")]
    [Description("Only statements that hold on this day, YYYY-MM-DD.")]
    public string? AsOf { get; init; }

    [CommandOption("--actor <ID>")]
    [Description("Only this actor's neighbourhood: the actors within --depth steps and the statements among them.")]
    public string? Actor { get; init; }

    [CommandOption("--depth <N>")]
    [Description("Steps from --actor (default 1).")]
    [DefaultValue(1)]
    public int Depth { get; init; } = 1;

    [CommandOption("--output <FILE>")]
    [Description("Write to this file instead of standard output; with csv, actors go to FILE's name with .actors.csv.")]
    public string? Output { get; init; }

    public override ValidationResult Validate()
    {
        if (Depth < 0)
        {
            return ValidationResult.Error("--depth must be 0 or more");
        }

        if (Actor is null && Depth != 1)
        {
            return ValidationResult.Error("--depth needs --actor");
        }

        return CheckDay(AsOf, "--as-of");
    }
}

/// <summary><c>griot export --format jsonld|csv|graphml [--as-of] [--actor --depth] [--output]</c>.</summary>
public sealed class ExportCommand(CliEnvironment environment) : StoreCommand<ExportSettings>(environment)
{
    protected override async Task<int> ExecuteAsync(ExportSettings settings, IKnowledgeStore store, CancellationToken cancellationToken)
    {
        if (settings.Actor is { } id && await store.GetActorAsync(id, cancellationToken) is null)
        {
            return await UnknownActorAsync(store, id, cancellationToken);
        }

        var asOf = settings.AsOf is null ? (DateOnly?)null : DayArgument.Parse(settings.AsOf, "--as-of").Value;
        var set = await ExportSelection.SelectAsync(store, new ExportRequest(asOf, settings.Actor, settings.Depth), cancellationToken);
        var output = settings.Output is null ? Out.Profile.Out.Writer : new StreamWriter(settings.Output, false, new System.Text.UTF8Encoding(false));
        try
        {
            switch (settings.Format)
            {
                case ExportFormat.Graphml:
                    GraphMlWriter.Write(set, output);
                    await output.WriteLineAsync();
                    break;
                case ExportFormat.Csv:
                    CsvExportWriter.WriteStatements(set.Statements, output);
                    if (settings.Output is not null)
                    {
                        await using var actors = new StreamWriter(ActorsFile(settings.Output), false, new System.Text.UTF8Encoding(false));
                        CsvExportWriter.WriteActors(set.Actors, actors);
                    }

                    break;
                default:
                    await output.WriteLineAsync(GriotJson.Serialize(JsonLdWriter.Write(set)));
                    break;
            }
        }
        finally
        {
            if (settings.Output is not null)
            {
                await output.DisposeAsync();
            }
        }

        if (settings.Output is not null)
        {
            Environment.Error.MarkupLine($"[green]exported:[/] {set.Statements.Count} statement(s) and {set.Actors.Count} actor(s) to {Markup.Escape(settings.Output)}" +
                (settings.Format == ExportFormat.Csv ? $" and {Markup.Escape(ActorsFile(settings.Output))}" : ""));
        }

        return ExitCodes.Ok;
    }

    /// <summary>Where a CSV export puts its actors: <c>mali.csv</c> → <c>mali.actors.csv</c>.</summary>
    public static string ActorsFile(string output) => Path.ChangeExtension(output, null) + ".actors.csv";
}

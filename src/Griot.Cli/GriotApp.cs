using Griot.Cli.Commands;
using Griot.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Griot.Cli;

/// <summary>The <c>griot</c> command line: its commands and how failures become exit codes.</summary>
public static class GriotApp
{
    /// <summary>What a lone <c>-</c> on the command line becomes: standard input.</summary>
    public const string StandardInput = "<stdin>";

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("griot");
            config.ConfigureConsole(environment.Out);
            config.Settings.Registrar.RegisterInstance(environment);
            config.SetExceptionHandler((exception, _) => Report(exception, environment.Error));

            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Run the web UI and the HTTP API on 127.0.0.1 (port 5080 unless --port).")
                .WithExample("serve", "--port", "8080");
            config.AddCommand<ProfileCommand>("profile")
                .WithDescription("What held for an actor on a day: neighbours, memberships, relations, presences, leader.")
                .WithExample("profile", "MLI", "--as-of", "2019-06-01");
            config.AddCommand<TimelineCommand>("timeline")
                .WithDescription("The dated history of an actor, or of its ties with another.")
                .WithExample("timeline", "MLI", "--with", "FRA");
            config.AddCommand<DiffCommand>("diff")
                .WithDescription("What changed for an actor between two days.")
                .WithExample("diff", "MLI", "2019-06-01", "2025-06-01");
            config.AddCommand<StatementsCommand>("statements")
                .WithDescription("Statements by subject, predicate and object, optionally as of a day.")
                .WithExample("statements", "--subject", "MLI", "--predicate", "member_of", "--as-of", "2024-06-01");
            config.AddCommand<ActorsCommand>("actors")
                .WithDescription("Find actors by any name, acronym, demonym or capital.")
                .WithExample("actors", "CEDEAO");
            config.AddCommand<ImportCommand>("import")
                .WithDescription("Import statements and actors (.tsv, .csv, .json, .jsonld): all rows valid, or nothing written.")
                .WithExample("import", "my-statements.tsv");
            config.AddCommand<ExportCommand>("export")
                .WithDescription("Export statements and actors as JSON-LD, CSV or GraphML.")
                .WithExample("export", "--format", "graphml", "--actor", "MLI", "--depth", "2", "--as-of", "2024-06-01", "--output", "mali.graphml");
            config.AddCommand<ExtractCommand>("extract")
                .WithDescription("Read texts (.txt, .md, .html, .pdf, - for standard input) and list the claims they make, sentence by sentence.")
                .WithExample("extract", "essay.txt", "--format", "json");
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Check what texts claim against the knowledge base: supported, contradicted, outdated or unverified, and conflicts.")
                .WithExample("check", "essay.txt", "--document-date", "2023-06-01");
            config.AddCommand<EvalCommand>("eval")
                .WithDescription("Score extraction against hand-labelled gold sets: precision, recall and F1, overall and per predicate.")
                .WithExample("eval", "tests/Griot.Text.Tests/Gold/holdout.jsonl");
            config.AddBranch("events", events =>
            {
                events.SetDescription("Coded event data (GDELT, ICEWS): import it, follow a pair of states through time, find the shifts.");
                events.AddCommand<EventsImportCommand>("import")
                    .WithDescription("Import GDELT 1.0/2.0 or ICEWS event files (plain, .gz, .zip): each stored whole or not at all; malformed rows reported by line.")
                    .WithExample("events", "import", "20150218230000.export.CSV.zip");
                events.AddCommand<EventsSeriesCommand>("series")
                    .WithDescription("A pair of states period by period and direction: events by QuadClass, mean Goldstein and tone, with the knowledge base's statements.")
                    .WithExample("events", "series", "MLI", "FRA", "--interval", "quarter");
                events.AddCommand<EventsShiftsCommand>("shifts")
                    .WithDescription("Change points (PELT) in a pair's monthly Goldstein and conflict-share series.")
                    .WithExample("events", "shifts", "MLI", "FRA");
                events.AddCommand<EventsPartnersCommand>("partners")
                    .WithDescription("A state's top partners by event volume, by cooperation and by conflict.")
                    .WithExample("events", "partners", "MLI", "--from", "2020-01-01");
                events.AddCommand<EventsSynthCommand>("synth")
                    .WithDescription("Write synthetic GDELT 2.0 events with realistic distributions, for benchmarks.")
                    .WithExample("events", "synth", "--rows", "1000000", "--out", "synthetic.tsv");
            });
            config.AddBranch("data", data =>
            {
                data.SetDescription("Work on the reference data files.");
                data.AddCommand<DataLintCommand>("lint")
                    .WithDescription("Check the reference data: every problem with file, line, field and a fix.");
                data.AddCommand<DataStatsCommand>("stats")
                    .WithDescription("Count the reference data's actors by kind and statements and sources by predicate.");
            });
        });
        // Spectre reads a lone "-" as an option without a name; it means standard input here.
        return await app.RunAsync(args.Select(a => a == "-" ? StandardInput : a));
    }

    private static int Report(Exception exception, IAnsiConsole error)
    {
        switch (exception)
        {
            case CommandAppException usage:
                error.MarkupLine($"[red]error:[/] {Markup.Escape(usage.Message)}");
                error.MarkupLine("run [bold]griot --help[/] for the commands and their options");
                return ExitCodes.Usage;
            case NotAGriotDatabaseException or StoreVersionException or StoreUnavailableException or Store.ReferenceData.BundledDataException
                or IOException or UnauthorizedAccessException or InvalidDataException or Events.Import.NotEventDataException
                or DuckDB.NET.Data.DuckDBException or Events.Store.EventStoreException:
                error.MarkupLine($"[red]error:[/] {Markup.Escape(exception.Message)}");
                return ExitCodes.Failure;
            case OperationCanceledException:
                error.MarkupLine("[yellow]cancelled[/]");
                return ExitCodes.Failure;
            default:
                error.MarkupLine($"[red]error:[/] {Markup.Escape(exception.Message)}");
                error.WriteException(exception, ExceptionFormats.ShortenEverything);
                return ExitCodes.Failure;
        }
    }
}

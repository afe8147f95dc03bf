using System.ComponentModel;
using System.Text.Json.Nodes;
using Griot.Core;
using Griot.Store.Json;
using Griot.Store.ReferenceData;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Griot.Cli.Commands;

public sealed class DataStatsSettings : DataSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("table (for people) or json (for programs).")]
    [DefaultValue(OutputFormat.Table)]
    public OutputFormat Format { get; init; }
}

/// <summary><c>griot data stats</c>: what the reference data holds, by kind, predicate and source.</summary>
public sealed class DataStatsCommand(CliEnvironment environment) : Command<DataStatsSettings>
{
    public override int Execute(CommandContext context, DataStatsSettings settings, CancellationToken cancellationToken)
    {
        if (settings.ResolveDirectory(environment) is not { } directory)
        {
            return ExitCodes.Failure;
        }

        var data = ReferenceDataReader.ReadDirectory(directory);
        var kinds = data.Actors.GroupBy(a => VocabularyNames.ToName(a.Actor.Actor.Kind)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
        var predicates = data.Statements.GroupBy(s => s.Statement.Predicate.Id).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Statements: g.Count(), Sources: g.SelectMany(s => s.Statement.References).Select(r => r.Source).Distinct().Count()));
        var sources = data.Statements.SelectMany(s => s.Statement.References).Select(r => r.Source)
            .Concat(data.Actors.SelectMany(a => a.Actor.References).Select(r => r.Source)).OfType<string>().Distinct().Count();

        if (settings.Format == OutputFormat.Json)
        {
            var json = new JsonObject
            {
                ["actors"] = data.Actors.Count,
                ["statements"] = data.Statements.Count,
                ["sources"] = sources,
                ["actorsByKind"] = new JsonObject(kinds.Select(k => KeyValuePair.Create(k.Key, (JsonNode?)k.Value))),
                ["byPredicate"] = new JsonObject(predicates.Select(p => KeyValuePair.Create(p.Key,
                    (JsonNode?)new JsonObject { ["statements"] = p.Value.Statements, ["sources"] = p.Value.Sources }))),
            };
            environment.Out.Profile.Out.Writer.WriteLine(GriotJson.Serialize(json));
            return ExitCodes.Ok;
        }

        var byKind = new Table().Border(TableBorder.Rounded).Title("[bold]Actors[/]").AddColumn("Kind").AddColumn(new TableColumn("Actors").RightAligned());
        foreach (var (kind, count) in kinds)
        {
            byKind.AddRow(kind, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var byPredicate = new Table().Border(TableBorder.Rounded).Title("[bold]Statements[/]")
            .AddColumn("Predicate").AddColumn(new TableColumn("Statements").RightAligned()).AddColumn(new TableColumn("Distinct sources").RightAligned());
        foreach (var (predicate, (count, distinct)) in predicates)
        {
            byPredicate.AddRow(predicate, count.ToString(System.Globalization.CultureInfo.InvariantCulture), distinct.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        environment.Out.Write(new Columns(byKind, byPredicate).Collapse());
        environment.Out.MarkupLine($"{data.Actors.Count} actors, {data.Statements.Count} statements, {sources} distinct sources in {ReferenceDataReader.DataFiles(directory).Count} files");
        return ExitCodes.Ok;
    }
}

using System.ComponentModel;
using Griot.Core;
using Griot.Store;
using Griot.Store.Json.Contracts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Griot.Cli.Commands;

public sealed class ActorsSettings : QuerySettings
{
    [CommandArgument(0, "[TEXT]")]
    [Description("Any name, acronym (English or French), demonym or capital; all actors when left out.")]
    public string? Text { get; init; }

    [CommandOption("--limit <N>")]
    [Description("At most this many matches.")]
    [DefaultValue(20)]
    public int Limit { get; init; } = 20;

    public override ValidationResult Validate() =>
        Limit > 0 ? ValidationResult.Success() : ValidationResult.Error("--limit must be 1 or more");
}

/// <summary><c>griot actors [TEXT]</c>: find an actor by any of its names.</summary>
public sealed class ActorsCommand(CliEnvironment environment) : ReadCommand<ActorsSettings>(environment)
{
    protected override async Task<int> ReadAsync(ActorsSettings settings, IKnowledgeReader store, CancellationToken cancellationToken)
    {
        IReadOnlyList<(Griot.Core.Actors.Actor Actor, MatchDto? Match)> rows;
        if (string.IsNullOrWhiteSpace(settings.Text))
        {
            var all = await store.ListActorsAsync(cancellationToken);
            var actors = await store.GetActorsAsync(all.Select(a => a.Id), cancellationToken);
            rows = all.Select(a => (actors[a.Id], (MatchDto?)null)).ToArray();
        }
        else
        {
            var matches = await store.FindActorsAsync(settings.Text, settings.Limit, cancellationToken);
            rows = matches.Select(m => (m.Actor, (MatchDto?)MatchDto.Of(m))).ToArray();
        }

        if (settings.Format == OutputFormat.Json)
        {
            WriteJson<IReadOnlyList<ActorDetailDto>>(rows.Select(r => ActorDetailDto.Of(r.Actor, r.Match)).ToArray());
            return ExitCodes.Ok;
        }

        if (rows.Count == 0)
        {
            Environment.Error.MarkupLine($"[yellow]no actor is known by '{Markup.Escape(settings.Text ?? "")}'[/]");
            return ExitCodes.Failure;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("Id").AddColumn("Kind").AddColumn("Name").AddColumn("Matched");
        foreach (var (actor, match) in rows)
        {
            table.AddRow(actor.Id, VocabularyNames.ToName(actor.Kind).Replace('_', ' '), Markup.Escape(actor.Name),
                match is null ? "" : $"{Markup.Escape(match.Name)} [grey]({match.As})[/]");
        }

        Out.Write(table);
        return ExitCodes.Ok;
    }
}

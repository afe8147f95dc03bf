using System.ComponentModel;
using Griot.Cli.Rendering;
using Griot.Store;
using Griot.Store.Json.Contracts;
using Griot.Store.Queries;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Griot.Cli.Commands;

public sealed class DiffSettings : QuerySettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The actor's id.")]
    public string Id { get; init; } = "";

    [CommandArgument(1, "<FROM>")]
    [Description("The earlier day, YYYY-MM-DD.")]
    public string From { get; init; } = "";

    [CommandArgument(2, "<TO>")]
    [Description("The later day, YYYY-MM-DD.")]
    public string To { get; init; } = "";

    public override ValidationResult Validate()
    {
        var from = CheckDay(From, "FROM");
        return from.Successful ? CheckDay(To, "TO") : from;
    }
}

/// <summary><c>griot diff ID FROM TO</c>: what changed for an actor between two days.</summary>
public sealed class DiffCommand(CliEnvironment environment) : ReadCommand<DiffSettings>(environment)
{
    protected override async Task<int> ReadAsync(DiffSettings settings, IKnowledgeReader store, CancellationToken cancellationToken)
    {
        var from = DayArgument.Parse(settings.From, "FROM").Value;
        var to = DayArgument.Parse(settings.To, "TO").Value;
        var diff = await new KnowledgeQueries(store).DiffAsync(settings.Id, from, to, cancellationToken);
        if (diff is null)
        {
            return await UnknownActorAsync(store, settings.Id, cancellationToken);
        }

        if (settings.Format == OutputFormat.Json)
        {
            WriteJson(DiffDto.Of(diff));
            return ExitCodes.Ok;
        }

        Out.Write(new Rule($"[bold]{Markup.Escape(diff.Actor.Name)}[/] ({diff.Actor.Id}): {from:yyyy-MM-dd} → {to:yyyy-MM-dd}").LeftJustified());
        var tree = new Tree($"{diff.Added.Count + diff.Removed.Count} changes");
        var ended = tree.AddNode($"[red]no longer holds[/] ({diff.Removed.Count})");
        foreach (var s in diff.Removed)
        {
            ended.AddNode($"{Markup.Escape(Describe.Change(s, diff.Actor.Id, ends: true, diff.Names))} [grey]{Describe.Bound(s.Valid.Start)} – {Describe.Bound(s.Valid.End)}[/]");
        }

        var began = tree.AddNode($"[green]now holds[/] ({diff.Added.Count})");
        foreach (var s in diff.Added)
        {
            began.AddNode($"{Markup.Escape(Describe.Change(s, diff.Actor.Id, ends: false, diff.Names))} [grey]{Describe.Bound(s.Valid.Start)} – {Describe.Bound(s.Valid.End)}[/]");
        }

        Out.Write(tree);
        return ExitCodes.Ok;
    }
}

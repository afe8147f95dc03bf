using System.ComponentModel;
using Griot.Cli.Rendering;
using Griot.Store;
using Griot.Store.Json.Contracts;
using Griot.Store.Queries;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Griot.Cli.Commands;

public sealed class TimelineSettings : QuerySettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The actor's id.")]
    public string Id { get; init; } = "";

    [CommandOption("--with <ID>")]
    [Description("Only the ties with this other actor (a pair's history).")]
    public string? With { get; init; }
}

/// <summary><c>griot timeline ID [--with ID]</c>: the dated history of an actor or a pair.</summary>
public sealed class TimelineCommand(CliEnvironment environment) : ReadCommand<TimelineSettings>(environment)
{
    protected override async Task<int> ReadAsync(TimelineSettings settings, IKnowledgeReader store, CancellationToken cancellationToken)
    {
        var timeline = await new KnowledgeQueries(store).TimelineAsync(settings.Id, settings.With, cancellationToken);
        if (timeline is null)
        {
            var missing = await store.GetActorAsync(settings.Id, cancellationToken) is null ? settings.Id : settings.With!;
            return await UnknownActorAsync(store, missing, cancellationToken);
        }

        if (settings.Format == OutputFormat.Json)
        {
            WriteJson(TimelineDto.Of(timeline));
            return ExitCodes.Ok;
        }

        var title = timeline.With is null
            ? $"[bold]{Markup.Escape(timeline.Actor.Name)}[/] ({timeline.Actor.Id})"
            : $"[bold]{Markup.Escape(timeline.Actor.Name)}[/] and [bold]{Markup.Escape(timeline.With.Name)}[/]";
        var table = new Table().Border(TableBorder.Rounded).Title(title)
            .AddColumn("Date").AddColumn("Event").AddColumn("Source");
        var entries = timeline.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var next = i + 1 < entries.Count ? entries[i + 1] : null;
            // One stance, leader or role giving way to the next on the same day reads as one change.
            if (next is not null && Describe.Transition(e, next, timeline.Actor.Id, timeline.Names) is { } transition)
            {
                table.AddRow(Describe.Bound(next.Date), Markup.Escape(transition), $"[grey]{Markup.Escape(Describe.Sources(next.Statement))}[/]");
                i++;
                continue;
            }

            table.AddRow(Describe.Bound(e.Date), Markup.Escape(Describe.Change(e.Statement, timeline.Actor.Id, e.Edge == TimelineEdge.End, timeline.Names)),
                $"[grey]{Markup.Escape(Describe.Sources(e.Statement))}[/]");
        }

        Out.Write(table);
        if (timeline.Undated.Count > 0)
        {
            Out.MarkupLine($"[grey]and {timeline.Undated.Count} undated statement(s), such as borders: see 'griot statements --subject {timeline.Actor.Id}'[/]");
        }

        return ExitCodes.Ok;
    }
}

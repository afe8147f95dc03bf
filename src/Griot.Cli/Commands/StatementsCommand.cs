using System.ComponentModel;
using Griot.Cli.Rendering;
using Griot.Core.Statements;
using Griot.Store;
using Griot.Store.Json.Contracts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Griot.Cli.Commands;

public sealed class StatementsSettings : QuerySettings
{
    [CommandOption("--subject <ID>")]
    [Description("Only statements with this subject.")]
    public string? Subject { get; init; }

    [CommandOption("--predicate <PREDICATE>")]
    [Description("Only statements of this predicate (member_of, borders, relation, …).")]
    public string? Predicate { get; init; }

    [CommandOption("--object <ID>")]
    [Description("Only statements with this object.")]
    public string? Object { get; init; }

    [CommandOption("--as-of <DATE>")]
    [Description("Only statements that hold on this day, YYYY-MM-DD.")]
    public string? AsOf { get; init; }

    public override ValidationResult Validate()
    {
        if (Predicate is not null && !Griot.Core.Statements.Predicate.TryGet(Predicate, out _))
        {
            return ValidationResult.Error($"--predicate: '{Predicate}' is not a predicate; use one of {string.Join(", ", Griot.Core.Statements.Predicate.All.Select(p => p.Id))}");
        }

        return CheckDay(AsOf, "--as-of");
    }
}

/// <summary><c>griot statements [--subject] [--predicate] [--object] [--as-of]</c>.</summary>
public sealed class StatementsCommand(CliEnvironment environment) : ReadCommand<StatementsSettings>(environment)
{
    protected override async Task<int> ReadAsync(StatementsSettings settings, IKnowledgeReader store, CancellationToken cancellationToken)
    {
        foreach (var id in new[] { settings.Subject, settings.Object }.OfType<string>())
        {
            if (await store.GetActorAsync(id, cancellationToken) is null && !IsValue(id))
            {
                return await UnknownActorAsync(store, id, cancellationToken);
            }
        }

        var query = new StatementQuery
        {
            Subject = settings.Subject,
            Predicate = settings.Predicate,
            Object = settings.Object,
            ValidOn = settings.AsOf is null ? null : DayArgument.Parse(settings.AsOf, "--as-of").Value,
        };
        var statements = await store.QueryAsync(query, cancellationToken);
        if (settings.Format == OutputFormat.Json)
        {
            WriteJson(StatementDto.List(statements));
            return ExitCodes.Ok;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Subject").AddColumn("Predicate").AddColumn("Object").AddColumn("Qualifiers")
            .AddColumn("Start").AddColumn("End").AddColumn("Source");
        foreach (var s in statements)
        {
            table.AddRow(Markup.Escape(s.Subject), s.Predicate.Id, Markup.Escape(s.Object ?? ""), Markup.Escape(s.Qualifiers.ToString()),
                Describe.Bound(s.Valid.Start), Describe.Bound(s.Valid.End), $"[grey]{Markup.Escape(Describe.Sources(s))}[/]");
        }

        Out.Write(table);
        Out.MarkupLine($"[grey]{statements.Count} statement(s)[/]");
        return ExitCodes.Ok;
    }

    // Objects of security_concern and foreign_policy are values, not actors.
    private static bool IsValue(string id) =>
        Predicate.All.Any(p => p.ObjectValues.Contains(id));
}

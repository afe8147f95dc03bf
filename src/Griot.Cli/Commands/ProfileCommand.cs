using System.ComponentModel;
using Griot.Cli.Rendering;
using Griot.Core.Actors;
using Griot.Core.Time;
using Griot.Store;
using Griot.Store.Json.Contracts;
using Griot.Store.Queries;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Griot.Cli.Commands;

public sealed class ProfileSettings : QuerySettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The actor's id (MLI, ECOWAS, minusma); find one with 'griot actors NAME'.")]
    public string Id { get; init; } = "";

    [CommandOption("--as-of <DATE>")]
    [Description("The day to answer for, YYYY-MM-DD (default: today).")]
    public string? AsOf { get; init; }

    public override ValidationResult Validate() => CheckDay(AsOf, "--as-of");
}

/// <summary><c>griot profile ID [--as-of DATE]</c>: what held for an actor on a day.</summary>
public sealed class ProfileCommand(CliEnvironment environment) : ReadCommand<ProfileSettings>(environment)
{
    protected override async Task<int> ReadAsync(ProfileSettings settings, IKnowledgeReader store, CancellationToken cancellationToken)
    {
        var asOf = settings.AsOf is null ? Environment.Today : DayArgument.Parse(settings.AsOf, "--as-of").Value;
        var profile = await new KnowledgeQueries(store).ProfileAsync(settings.Id, asOf, cancellationToken);
        if (profile is null)
        {
            return await UnknownActorAsync(store, settings.Id, cancellationToken);
        }

        if (settings.Format == OutputFormat.Json)
        {
            WriteJson(ProfileDto.Of(profile));
        }
        else
        {
            Render(profile);
        }

        return ExitCodes.Ok;
    }

    private void Render(Griot.Store.Queries.Profile p)
    {
        var names = p.Names;
        Out.Write(new Rule($"[bold]{Markup.Escape(p.Actor.Name)}[/] ({p.Actor.Id}) as of {p.AsOf:yyyy-MM-dd}").LeftJustified());
        var ids = p.Actor.Identifiers;
        var facts = new Grid().AddColumn().AddColumn();
        facts.AddRow("[grey]kind[/]", Kind(p.Actor.Kind));
        if (p.Actor.OfficialName is not null)
        {
            facts.AddRow("[grey]official name[/]", Markup.Escape(p.Actor.OfficialName));
        }

        if (p.Actor.Capital is not null)
        {
            facts.AddRow("[grey]capital[/]", Markup.Escape(p.Actor.Capital));
        }

        var codes = new[] { ("ISO", ids.Iso2), ("CoW", ids.Cow?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("CAMEO", ids.Cameo), ("Wikidata", ids.Wikidata) }
            .Where(c => c.Item2 is not null).Select(c => $"{c.Item1} {c.Item2}");
        facts.AddRow("[grey]identifiers[/]", Markup.Escape(string.Join(" · ", codes)));
        if (p.HeadOfState is { } h)
        {
            facts.AddRow("[grey]head of state[/]", $"{Markup.Escape(h.Name)} (since {Describe.Bound(h.Valid.Start)}){Approx(h.Coverage)}");
        }

        if (p.Actor.Kind == ActorKind.State)
        {
            facts.AddRow("[grey]neighbours[/]", p.Neighbors.Count == 0 ? "[grey]none[/]"
                : Markup.Escape(string.Join(", ", p.Neighbors.Select(n => $"{names.GetValueOrDefault(n)?.Name ?? n} ({n})"))));
        }

        facts.AddRow("[grey]sources[/]", p.Sources.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Out.Write(facts);
        Out.WriteLine();

        if (p.Memberships.Count > 0)
        {
            var table = Table("Memberships", "Organization", "Role", "Since", "Until", "Status");
            foreach (var m in p.Memberships)
            {
                var status = string.Join(" · ", new[]
                {
                    m.Suspended ? "[red]suspended[/]" : null,
                    m.WithdrawalAnnounced is { } w ? $"[yellow]leaving[/] (announced {w})" : null,
                }.OfType<string>().DefaultIfEmpty("[green]member[/]"));
                Row(table, Markup.Escape(Label(m.Organization, names)), Describe.Role(m.Role),
                    Describe.Bound(m.Valid.Start), Describe.Bound(m.Valid.End), status + Approx(m.Coverage));
            }

            Out.Write(table);
        }

        if (p.Members.Count > 0)
        {
            var table = Table("Members", "Member", "Role", "Since", "Until", "Status");
            foreach (var m in p.Members)
            {
                Row(table, Markup.Escape(Label(m.Member, names)), Describe.Role(m.Role), Describe.Bound(m.Valid.Start),
                    Describe.Bound(m.Valid.End), (m.Suspended ? "[red]suspended[/]" : "[green]member[/]") + Approx(m.Coverage));
            }

            Out.Write(table);
        }

        if (p.Relations.Count > 0)
        {
            var table = Table("Relations", "With", "Stance", "Trend", "Since", "Until");
            foreach (var r in p.Relations)
            {
                var stance = r.Stance is { } s ? Griot.Core.VocabularyNames.ToName(s) : "";
                Row(table, Markup.Escape(Label(r.With, names)), stance + Approx(r.Coverage),
                    r.Trend is { } t ? Griot.Core.VocabularyNames.ToName(t) : "", Describe.Bound(r.Valid.Start), Describe.Bound(r.Valid.End));
            }

            Out.Write(table);
        }

        if (p.Presences.Count > 0)
        {
            var table = Table("Foreign presences", "Actor", "Since", "Until");
            foreach (var pr in p.Presences)
            {
                Row(table, Markup.Escape(Label(pr.Actor, names)) + Approx(pr.Coverage), Describe.Bound(pr.Valid.Start), Describe.Bound(pr.Valid.End));
            }

            Out.Write(table);
        }

        if (p.Memberships.Concat<object>(p.Relations).Concat(p.Presences).Concat(p.Members).Any(e => e switch
            {
                MembershipEntry m => m.Coverage == Coverage.Possible,
                RelationEntry r => r.Coverage == Coverage.Possible,
                PresenceEntry pr => pr.Coverage == Coverage.Possible,
                MemberEntry me => me.Coverage == Coverage.Possible,
                _ => false,
            }) || p.HeadOfState?.Coverage == Coverage.Possible)
        {
            Out.MarkupLine("[grey]~ may hold on this day: a bound of its interval is known only to the year or month, or not at all[/]");
        }
    }

    private static void Row(Table table, params string[] cells) => table.AddRow(cells);

    /// <summary>An actor's id, then its name cut short, so that a row fits on one line of a laptop's terminal.</summary>
    private static string Label(string id, IReadOnlyDictionary<string, Actor> names)
    {
        const int Width = 30;
        var label = names.TryGetValue(id, out var actor) ? $"{id} · {actor.Name}" : id;
        return label.Length <= Width ? label : label[..(Width - 1)].TrimEnd() + "…";
    }

    private static string Approx(Coverage coverage) => coverage == Coverage.Possible ? " [grey]~[/]" : "";

    private static string Kind(ActorKind kind) => Griot.Core.VocabularyNames.ToName(kind).Replace('_', ' ');

    private static Table Table(string title, params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{title}[/]");
        foreach (var c in columns)
        {
            table.AddColumn(new TableColumn(c));
        }

        // Names and dates stay on one line; the last column (status, trend) wraps when space runs out.
        foreach (var column in table.Columns.SkipLast(1))
        {
            column.NoWrap();
        }

        return table;
    }
}

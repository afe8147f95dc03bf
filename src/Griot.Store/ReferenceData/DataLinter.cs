using Griot.Core;
using Griot.Core.Actors;
using Griot.Core.Statements;
using Griot.Core.Time;

namespace Griot.Store.ReferenceData;

/// <summary>
/// The rules a reference data set must pass beyond reading each row: ids that resolve, predicates
/// applied to the right kinds of actor, no fact given twice or overlapping itself, memberships and
/// suspensions inside the lifetimes that bound them.
/// </summary>
public static class DataLinter
{
    /// <summary>
    /// Every problem in <paramref name="data"/>: the reader's and the cross-row rules'. With a
    /// <paramref name="context"/> (what a store already holds), ids may resolve to known actors and
    /// the cross-row rules also weigh the rows against known statements; problems are reported on the
    /// data's rows only.
    /// </summary>
    public static IReadOnlyList<DataDiagnostic> Lint(ReferenceDataSet data, LintContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var diagnostics = new List<DataDiagnostic>(data.Diagnostics);
        var actors = DuplicateActors(data.Actors, diagnostics);
        foreach (var (id, actor) in context?.KnownActors ?? new Dictionary<string, Actor>())
        {
            actors.TryAdd(id, actor);
        }

        foreach (var located in data.Statements)
        {
            CheckReferences(located, actors, diagnostics);
        }

        // Known statements take part in the cross-row rules under a location no diagnostic is put on.
        var known = (context?.KnownStatements ?? []).Select(s => new LocatedStatement(s, KnownLocation));
        var all = known.Concat(data.Statements).ToArray();
        DuplicateStatements(data.Statements, diagnostics);
        OverlappingFacts(all, diagnostics);
        MembershipsWithinLifetimes(all, diagnostics);
        SuspensionsWithinMemberships(all, diagnostics);
        return diagnostics.Where(d => d.File != KnownLocation.File)
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ToArray();
    }

    private static readonly RowLocation KnownLocation = new("(store)", 0);

    private static DataDiagnostic At(RowLocation location, string? field, string message, string? hint = null) =>
        new(location.File, location.Line, field, message, hint);

    private static Dictionary<string, Actor> DuplicateActors(IReadOnlyList<LocatedActor> located, List<DataDiagnostic> diagnostics)
    {
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var first = new Dictionary<string, RowLocation>(StringComparer.Ordinal);
        foreach (var (sourced, location) in located)
        {
            if (first.TryGetValue(sourced.Actor.Id, out var earlier))
            {
                diagnostics.Add(At(location, "id", $"actor '{sourced.Actor.Id}' is already defined at {earlier.File}:{earlier.Line}",
                    "define each actor once; put other names in other_names"));
                continue;
            }

            first[sourced.Actor.Id] = location;
            actors[sourced.Actor.Id] = sourced.Actor;
        }

        return actors;
    }

    private static void CheckReferences(LocatedStatement located, Dictionary<string, Actor> actors, List<DataDiagnostic> diagnostics)
    {
        var (statement, location, swapped) = located;
        var predicate = statement.Predicate;
        void CheckActor(string id, string field, IReadOnlySet<ActorKind>? kinds)
        {
            if (!actors.TryGetValue(id, out var actor))
            {
                var close = Suggestions.Closest(id, actors.Keys, 3);
                diagnostics.Add(At(location, field, $"'{id}' is not a known actor",
                    close.Count > 0 ? $"did you mean {string.Join(", ", close)}? otherwise define it under actors/" : "define it in a file under actors/"));
            }
            else if (kinds is not null && !kinds.Contains(actor.Kind))
            {
                diagnostics.Add(At(location, field, $"{predicate.Id} does not take a {VocabularyNames.ToName(actor.Kind)} ('{id}') here",
                    $"it takes {string.Join(" or ", kinds.Select(VocabularyNames.ToName))}"));
            }
        }

        // A symmetric statement may have been reordered; report the field as written.
        CheckActor(statement.Subject, swapped ? "object" : "subject", predicate.SubjectKinds);
        if (predicate.ObjectKind == ObjectKind.Actor)
        {
            CheckActor(statement.Object!, swapped ? "subject" : "object", predicate.ObjectKinds);
        }

        foreach (var (key, value) in statement.Qualifiers)
        {
            if (predicate.FindQualifier(key)?.Type == QualifierType.Actor)
            {
                CheckActor(value, "qualifiers", null);
            }
        }

        if (predicate.IsEvent && predicate != Predicate.Founded && !statement.Valid.End.IsOpen)
        {
            diagnostics.Add(At(location, "end", $"{predicate.Id} is an event: it has a date (start) and no end", "leave end empty"));
        }

        if (predicate.IsEvent && statement.Valid.Start.Kind != BoundKind.Dated)
        {
            diagnostics.Add(At(location, "start", $"{predicate.Id} is an event and needs its date in start", "give the date, as precise as the sources allow"));
        }
    }

    private static void DuplicateStatements(IReadOnlyList<LocatedStatement> statements, List<DataDiagnostic> diagnostics)
    {
        foreach (var group in statements.GroupBy(s => s.Statement.Id).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var (statement, location, _) in group.Skip(1))
            {
                var message = statement.Predicate.Symmetric
                    ? $"{statement.Predicate.Id} {statement.Subject}–{statement.Object} is already given at {first.Location.File}:{first.Location.Line} (it is symmetric: one row serves both ways)"
                    : $"the same statement is already given at {first.Location.File}:{first.Location.Line}";
                diagnostics.Add(At(location, null, message, "keep one row and list both sources in it, separated by ' | '"));
            }
        }
    }

    /// <summary>
    /// The same fact may not hold twice at once: one membership of an organization, one stance
    /// towards a state, one head of state of a state, one presence of a mission.
    /// </summary>
    private static void OverlappingFacts(IReadOnlyList<LocatedStatement> statements, List<DataDiagnostic> diagnostics)
    {
        static string? FactKey(Statement s) => s.Predicate.Id switch
        {
            "member_of" or "suspended_from" or "military_presence_in" or "borders" => $"{s.Predicate.Id}|{s.Subject}|{s.Object}",
            "relation" => $"relation|{string.Join('|', new[] { s.Subject, s.Object! }.Order(StringComparer.Ordinal))}",
            "head_of_state" => $"head_of_state|{s.Subject}",
            _ => null,
        };

        foreach (var group in statements.Where(s => FactKey(s.Statement) is not null).GroupBy(s => FactKey(s.Statement)))
        {
            var rows = group.OrderBy(s => s.Statement.Valid.StartEarliest).ToArray();
            for (var i = 0; i < rows.Length; i++)
            {
                for (var j = i + 1; j < rows.Length; j++)
                {
                    // Report on the later row, unless only the earlier one comes from the data being linted.
                    var (other, row) = rows[j].Location == KnownLocation ? (rows[j], rows[i]) : (rows[i], rows[j]);
                    if (other.Statement.Id != row.Statement.Id && other.Statement.Valid.SurelyOverlaps(row.Statement.Valid))
                    {
                        var where = other.Location == KnownLocation ? "already in the store" : $"{other.Location.File}:{other.Location.Line}";
                        diagnostics.Add(At(row.Location, "start", $"{row.Statement} overlaps {other.Statement} ({where})",
                            "end one interval where the next begins (end is the first day it no longer holds)"));
                    }
                }
            }
        }
    }

    private static void MembershipsWithinLifetimes(IReadOnlyList<LocatedStatement> statements, List<DataDiagnostic> diagnostics)
    {
        var lifetimes = statements.Where(s => s.Statement.Predicate == Predicate.Founded)
            .GroupBy(s => s.Statement.Subject)
            .ToDictionary(g => g.Key, g => g.First().Statement.Valid, StringComparer.Ordinal);
        foreach (var (statement, location, _) in statements.Where(s => s.Statement.Predicate == Predicate.MemberOf))
        {
            if (!lifetimes.TryGetValue(statement.Object!, out var lifetime))
            {
                continue;
            }

            if (statement.Valid.StartLatest < lifetime.StartEarliest)
            {
                diagnostics.Add(At(location, "start", $"membership of {statement.Object} starts before {statement.Object} was founded ({lifetime.Start})",
                    "start the membership on or after the founding, or fix the founding date"));
            }

            if (lifetime.End.Kind == BoundKind.Dated && statement.Valid.EndEarliest > lifetime.EndLatest)
            {
                diagnostics.Add(At(location, "end", $"membership of {statement.Object} goes on after {statement.Object} was dissolved ({lifetime.End})",
                    "end the membership at the dissolution"));
            }
        }
    }

    private static void SuspensionsWithinMemberships(IReadOnlyList<LocatedStatement> statements, List<DataDiagnostic> diagnostics)
    {
        var memberships = statements.Where(s => s.Statement.Predicate == Predicate.MemberOf)
            .ToLookup(s => (s.Statement.Subject, s.Statement.Object), s => s.Statement.Valid);
        foreach (var (statement, location, _) in statements.Where(s => s.Statement.Predicate == Predicate.SuspendedFrom))
        {
            if (!memberships[(statement.Subject, statement.Object)].Any(m => m.MayOverlap(statement.Valid)))
            {
                diagnostics.Add(At(location, null, $"{statement.Subject} is suspended from {statement.Object} while not a member of it",
                    $"add the {statement.Subject} member_of {statement.Object} row, or fix the dates"));
            }
        }
    }
}

/// <summary>What a store already holds, for linting rows about to be imported into it.</summary>
public sealed record LintContext(IReadOnlyDictionary<string, Actor> KnownActors, IReadOnlyList<Statement> KnownStatements);

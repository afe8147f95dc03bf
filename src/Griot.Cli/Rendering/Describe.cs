using Griot.Core.Actors;
using Griot.Core.Statements;
using Griot.Core.Time;

namespace Griot.Cli.Rendering;

/// <summary>Statements and dates in words, for tables read by people.</summary>
public static class Describe
{
    public static string Name(string id, IReadOnlyDictionary<string, Actor> names) =>
        names.TryGetValue(id, out var actor) ? $"{actor.Name} ({id})" : id;

    public static string Bound(IntervalBound bound) => bound.Kind switch
    {
        BoundKind.Open => "",
        BoundKind.Unknown => "unknown",
        _ => bound.Mark switch
        {
            BoundMark.After => $"after {bound.Date}",
            BoundMark.Before => $"before {bound.Date}",
            _ => bound.Date!.Value.ToString(),
        },
    };

    /// <summary>A membership role in a word: <c>founding</c>, <c>member</c>, <c>observer</c>, <c>associate</c>.</summary>
    public static string Role(string role) => role == "founding_member" ? "founding" : role.Replace('_', ' ');

    /// <summary>The statement seen from <paramref name="perspective"/>, as it starts or ends.</summary>
    public static string Change(Statement s, string perspective, bool ends, IReadOnlyDictionary<string, Actor> names)
    {
        var other = s.Predicate.ObjectKind == ObjectKind.Actor ? s.OtherParty(perspective) : s.Object;
        var otherName = other is null ? "" : Name(other, names);
        var subject = Name(s.Subject, names);
        var role = s.Qualifiers.Get("role") is { } r && r != "member" ? $" as {r.Replace('_', ' ')}" : "";
        var stance = s.Qualifiers.Get("stance") is { } st ? st : "a relation";
        var trend = s.Qualifiers.Get("trend") is { } t ? $", {t}" : "";
        return s.Predicate.Id switch
        {
            "member_of" when s.Subject == perspective => ends ? $"leaves {otherName}" : $"joins {otherName}{role}",
            "member_of" => ends ? $"{subject} leaves" : $"{subject} joins{role}",
            "suspended_from" => ends ? $"suspension of {subject} from {Name(s.Object!, names)} lifted" : $"{subject} suspended from {Name(s.Object!, names)}",
            "withdrew_from" => $"{subject} announces withdrawal from {Name(s.Object!, names)}" +
                (s.Qualifiers.Get("effective") is { } e ? $" (effective {e})" : ""),
            "founded" => ends ? $"{subject} dissolved" : $"{subject} founded",
            "borders" => $"border with {otherName}",
            "relation" => ends ? $"{stance} relations with {otherName} end" : $"relations with {otherName}: {stance}{trend}",
            "receives_support_from" => $"{subject} {(ends ? "stops receiving" : "receives")} {s.Qualifiers.Get("domain") ?? ""} support from {Name(s.Object!, names)}",
            "independence_from" => $"{subject} independent from {Name(s.Object!, names)}",
            "military_presence_in" => ends ? $"{subject} leaves {Name(s.Object!, names)}" : $"{subject} deploys in {Name(s.Object!, names)}",
            "security_concern" => $"{(ends ? "no longer concerned by" : "concerned by")} {s.Object?.Replace('_', ' ')}",
            "foreign_policy" => $"{(ends ? "ends" : "adopts")} a foreign policy of {s.Object?.Replace('_', ' ')}",
            "head_of_state" => ends ? $"{Name(s.Object!, names)} leaves office" : $"{Name(s.Object!, names)} becomes head of state",
            "coup" => $"coup d'état in {subject}",
            _ => s.ToString(),
        };
    }

    /// <summary>
    /// The end of one statement and the start of the next on the same day, for the same pair and
    /// predicate, in words (<c>relations with France (FRA): strained → friendly</c>); null otherwise.
    /// </summary>
    public static string? Transition(Griot.Store.Queries.TimelineEntry ending, Griot.Store.Queries.TimelineEntry starting,
        string perspective, IReadOnlyDictionary<string, Actor> names)
    {
        var (a, b) = (ending.Statement, starting.Statement);
        if (ending.Edge != Griot.Store.Queries.TimelineEdge.End || starting.Edge != Griot.Store.Queries.TimelineEdge.Start
            || ending.Date != starting.Date || a.Predicate != b.Predicate || a.Subject != b.Subject)
        {
            return null;
        }

        return a.Predicate.Id switch
        {
            "relation" when a.Object == b.Object =>
                $"relations with {Name(a.OtherParty(perspective)!, names)}: {a.Qualifiers.Get("stance")} → {b.Qualifiers.Get("stance")}" +
                (b.Qualifiers.Get("trend") is { } t ? $", {t}" : ""),
            "head_of_state" => $"head of state: {Name(a.Object!, names)} → {Name(b.Object!, names)}",
            "member_of" when a.Object == b.Object =>
                $"in {Name(a.Object!, names)}: {(a.Qualifiers.Get("role") ?? "member").Replace('_', ' ')} → {(b.Qualifiers.Get("role") ?? "member").Replace('_', ' ')}",
            _ => null,
        };
    }

    /// <summary>The first source, a web address shortened to its site, and how many more there are.</summary>
    public static string Sources(Statement s)
    {
        var sources = s.References.Select(r => r.Source ?? r.Dataset ?? r.Document).OfType<string>().Distinct().ToArray();
        if (sources.Length == 0)
        {
            return "";
        }

        var first = Uri.TryCreate(sources[0], UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? uri.Host.Replace("www.", "", StringComparison.Ordinal)
            : sources[0];
        return sources.Length == 1 ? first : $"{first} +{sources.Length - 1}";
    }
}

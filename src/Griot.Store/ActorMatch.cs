using Griot.Core.Actors;

namespace Griot.Store;

/// <summary>An actor found by one of its names, and which name matched how.</summary>
/// <param name="Exact">True when the whole name matched; false for a prefix or part of a name.</param>
public sealed record ActorMatch(Actor Actor, string MatchedName, NameType MatchedAs, bool Exact);

/// <summary>
/// How a name search ranks what it finds, the same in every engine and in the snapshot: whole-name matches first,
/// then prefixes, then word starts, then parts of names; within a rank, by the kind of name, then shorter names.
/// </summary>
public static class ActorNameRanking
{
    /// <summary>A name of an actor that contains the key searched for, and how well it matches (<see cref="Rank"/>).</summary>
    public readonly record struct Hit(string ActorId, string Name, NameType Type, int Rank);

    /// <summary>The rank of <paramref name="normalized"/> for <paramref name="key"/>, or -1 when it does not contain it.</summary>
    public static int Rank(string normalized, string key) =>
        normalized == key ? 0
        : normalized.StartsWith(key, StringComparison.Ordinal) ? 1
        : normalized.Contains(" " + key, StringComparison.Ordinal) ? 2
        : normalized.Contains(key, StringComparison.Ordinal) ? 3
        : -1;

    /// <summary>The best hit of each actor, best actors first, at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<Hit> Best(IEnumerable<Hit> hits, int limit) =>
        hits
            .OrderBy(h => h.Rank).ThenBy(h => h.Type).ThenBy(h => h.Name.Length).ThenBy(h => h.Name, StringComparer.Ordinal)
            .GroupBy(h => h.ActorId)
            .Select(g => g.First())
            .OrderBy(h => h.Rank).ThenBy(h => h.Type).ThenBy(h => h.Name.Length).ThenBy(h => h.ActorId, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
}

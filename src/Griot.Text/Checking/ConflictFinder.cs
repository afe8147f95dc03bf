using Griot.Core;
using Griot.Core.Statements;
using Griot.Text.Claims;

namespace Griot.Text.Checking;

/// <summary>
/// Claims of one document that cannot both hold: two stances towards one state whose scores differ by two
/// or more over overlapping time, and a membership claimed as present beside a withdrawal from it.
/// </summary>
public static class ConflictFinder
{
    public static IEnumerable<Conflict> Find(IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        for (var i = 0; i < claims.Count; i++)
        {
            for (var j = i + 1; j < claims.Count; j++)
            {
                if (Conflicting(claims[i], claims[j]) is { } reason)
                {
                    yield return new Conflict([i, j], reason);
                }
            }
        }
    }

    private static string? Conflicting(Claim a, Claim b)
    {
        if (a.Predicate == Predicate.Relation && b.Predicate == Predicate.Relation && a.Key == b.Key
            && a.Stance is { } sa && b.Stance is { } sb && sa.ConflictsWith(sb) && SameTime(a, b))
        {
            var other = a.Subject == b.Subject ? a.Object : a.Subject;
            return $"stance towards {other}: {VocabularyNames.ToName(sa)} vs {VocabularyNames.ToName(sb)}";
        }

        var (member, withdrawal) = a.Predicate == Predicate.MemberOf ? (a, b) : (b, a);
        if (member.Predicate == Predicate.MemberOf && withdrawal.Predicate == Predicate.WithdrewFrom
            && member.Subject == withdrawal.Subject && member.Object == withdrawal.Object && member.Tense == Tense.Present
            && member.Valid.Start.IsOpen && !withdrawal.Hedged)
        {
            return $"{member.Subject} is said to be a member of {member.Object} and to have withdrawn from it";
        }

        return null;
    }

    /// <summary>Undated claims in one tense speak of one time; dated ones of theirs.</summary>
    private static bool SameTime(Claim a, Claim b)
    {
        var undated = a.Valid == Core.Time.ValidityInterval.Always && a.At is null && b.Valid == Core.Time.ValidityInterval.Always && b.At is null;
        if (undated)
        {
            return a.Tense == b.Tense || a.Tense == Tense.Unknown || b.Tense == Tense.Unknown;
        }

        return a.Valid.MayOverlap(b.Valid);
    }
}

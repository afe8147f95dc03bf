using Griot.Core;
using Griot.Core.Statements;
using Griot.Text.Claims;

namespace Griot.Text.Checking;

/// <summary>
/// Claims of one document that cannot both hold: two stances towards one state whose scores differ by two
/// or more over overlapping time, and a membership claimed as present beside a withdrawal from it. Each claim
/// is paired with the first earlier claim it cannot stand with, so that the work and the answer grow with the
/// number of claims, not with its square: claims are grouped by their parties, and within a group the earlier
/// claims are kept by stance, a few of each looked at.
/// </summary>
public static class ConflictFinder
{
    /// <summary>How many earlier claims of one stance a claim is compared with at most.</summary>
    private const int Looked = 16;

    public static IEnumerable<Conflict> Find(IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var stances = new Dictionary<string, Dictionary<Stance, List<int>>>(StringComparer.Ordinal);
        var memberships = new Dictionary<string, (int Member, int Withdrawal)>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (claim.Predicate == Predicate.Relation && claim.Stance is { } stance)
            {
                if (!stances.TryGetValue(claim.Key, out var byStance))
                {
                    stances[claim.Key] = byStance = [];
                }

                if (FirstConflict(claims, claim, stance, byStance) is { } earlier)
                {
                    var other = claim.Subject == claims[earlier].Subject ? claim.Object : claim.Subject;
                    yield return new Conflict([earlier, i], VerdictReason.Of(ReasonCodes.StanceConflict,
                        ("other", other), ("earlierStance", VocabularyNames.ToName(claims[earlier].Stance!.Value)), ("stance", VocabularyNames.ToName(stance))));
                }

                if (!byStance.TryGetValue(stance, out var list))
                {
                    byStance[stance] = list = [];
                }

                list.Add(i);
            }

            var member = claim.Predicate == Predicate.MemberOf && claim.Tense == Tense.Present && claim.Valid.Start.IsOpen;
            var withdrawal = claim.Predicate == Predicate.WithdrewFrom && !claim.Hedged;
            if (member || withdrawal)
            {
                var pair = $"{claim.Subject}|{claim.Object}";
                var seen = memberships.TryGetValue(pair, out var s) ? s : (Member: -1, Withdrawal: -1);
                var earlier = member ? seen.Withdrawal : seen.Member;
                if (earlier >= 0)
                {
                    yield return new Conflict([earlier, i], VerdictReason.Of(ReasonCodes.MemberAndWithdrawn, ("subject", claim.Subject), ("organization", claim.Object)));
                }

                memberships[pair] = member ? (seen.Member < 0 ? i : seen.Member, seen.Withdrawal) : (seen.Member, seen.Withdrawal < 0 ? i : seen.Withdrawal);
            }
        }
    }

    /// <summary>The first earlier claim of the group with a stance two or more steps away over the same time.</summary>
    private static int? FirstConflict(IReadOnlyList<Claim> claims, Claim claim, Stance stance, Dictionary<Stance, List<int>> byStance)
    {
        int? first = null;
        foreach (var (other, indices) in byStance)
        {
            if (!other.ConflictsWith(stance))
            {
                continue;
            }

            foreach (var j in indices.Take(Looked))
            {
                if (SameTime(claims[j], claim))
                {
                    first = first is null ? j : Math.Min(first.Value, j);
                    break;
                }
            }
        }

        return first;
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

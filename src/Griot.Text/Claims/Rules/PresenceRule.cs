using Griot.Core.Actors;
using Griot.Core.Statements;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>military_presence_in</c>: "French troops in Mali", "Russian instructors arrived in Mali", "MINUSMA was
/// deployed in Mali", "France deployed troops to Chad", "Niger hosts a US drone base".
/// </summary>
public sealed class PresenceRule : IClaimRule
{
    private static readonly HashSet<string> ForceNouns = new(StringComparer.Ordinal)
    {
        "troops", "forces", "soldiers", "base", "bases", "contingent", "contingents", "deployment", "presence", "instructors",
        "mercenaries", "contractors", "peacekeepers", "advisers", "advisors", "personnel", "garrison", "detachment",
        "paratroopers", "fighters", "units", "battalion", "battalions", "airbase", "legionnaires", "military",
    };

    private static readonly HashSet<string> DeployVerbs = new(StringComparer.Ordinal)
    {
        "deployed", "deploys", "deploy", "deploying", "stationed", "sent", "sends", "intervened", "intervenes", "intervention",
        "maintains", "maintained", "based", "operates", "operated", "operating", "arrived", "arrive", "arrives", "dispatched",
        "positioned", "established", "opened", "installed", "keeps", "kept", "has", "had", "present", "active", "fought",
        "fighting", "fights", "launched", "entered", "posted", "moved", "redeployed",
    };

    private static readonly HashSet<string> Changes = new(StringComparer.Ordinal)
    {
        "deployed", "deploys", "deploy", "sent", "intervened", "intervention", "arrived", "arrive", "arrives", "dispatched",
        "launched", "entered", "installed", "opened", "established",
    };

    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var norm = tokens[i].Norm;
            var force = ForceNouns.Contains(norm) && !context.IsInsideMention(i);
            var verb = DeployVerbs.Contains(norm);
            if (!force && !verb)
            {
                continue;
            }

            var host = Host(context, i);
            if (host is null)
            {
                continue;
            }

            var present = force ? ForceOwner(context, i) : null;
            present ??= context.SubjectBefore(i, RuleSupport.ForeignForce);
            if (present is not { } p || p.ActorId == host.Value.ActorId || (!force && p.Kind == ActorKind.State && !HasForceNoun(context, i)))
            {
                continue;
            }

            if (!RuleSupport.Asserted(context, i, out var hedged) || Leaving(context, i))
            {
                continue;
            }

            var time = SentenceContext.TimeOf(context.NearestDate(i), change: Changes.Contains(norm) || Changes.Contains(Verb(context, i)));
            sink.Add(context, p.ActorId, Predicate.MilitaryPresenceIn, host.Value.ActorId, Qualifiers.Empty, time, context.TenseAt(i), hedged);
        }

        // "MINUSMA in Mali", "Barkhane, in Chad": a mission named before "in" a state; "stationed in Chad
        // under Operation Epervier": after it.
        foreach (var mission in context.Mentions.Where(m => m.Kind == ActorKind.Mission))
        {
            if (mission.First > 0 && context.Tokens[mission.First - 1].Norm is "under" or "via" or "through"
                && context.AllBefore(mission.First, RuleSupport.State).LastOrDefault() is { ActorId: not null } earlierHost && earlierHost.First > 0
                && context.Tokens[earlierHost.First - 1].Norm is "in" or "to" or "into" && RuleSupport.Asserted(context, mission.First, out var h))
            {
                sink.Add(context, mission.ActorId, Predicate.MilitaryPresenceIn, earlierHost.ActorId, Qualifiers.Empty,
                    SentenceContext.TimeOf(context.NearestDate(mission.First), change: false), context.TenseAt(mission.First), h);
            }

            var into = RuleSupport.FindAhead(context, mission.Last + 1, 5, "in", "to", "into");
            if (into >= 0 && context.GroupAfter(into, RuleSupport.State, maxGap: 1) is [var state, ..] && RuleSupport.Asserted(context, mission.First, out var hedged) && !Leaving(context, into))
            {
                sink.Add(context, mission.ActorId, Predicate.MilitaryPresenceIn, state.ActorId, Qualifiers.Empty,
                    SentenceContext.TimeOf(context.NearestDate(into), change: false), context.TenseAt(into), hedged);
            }
        }
    }

    /// <summary>The state after "in", "to" or "into" within a few words.</summary>
    private static Mention? Host(SentenceContext context, int at)
    {
        var into = RuleSupport.FindAhead(context, at + 1, 6, "in", "to", "into", "across", "inside");
        if (into < 0)
        {
            return null;
        }

        // "a drone base in Agadez, Niger": a town may stand before its state.
        return context.GroupAfter(into, RuleSupport.State, maxGap: 3) is [var host, ..] ? host : null;
    }

    /// <summary>Whose forces: "French troops", "Russia's instructors", "Wagner mercenaries", "US drone base".</summary>
    private static Mention? ForceOwner(SentenceContext context, int noun)
    {
        for (var k = noun - 1; k >= Math.Max(0, noun - 3); k--)
        {
            foreach (var m in context.Mentions)
            {
                if (m.Last == k && RuleSupport.ForeignForce(m))
                {
                    return m;
                }
            }

            if (context.Tokens[k].Norm is not ("'s" or "military" or "special" or "combat" or "drone" or "air" or "naval" or "army" or "private" or "the" or "of"))
            {
                return null;
            }
        }

        return null;
    }

    private static bool HasForceNoun(SentenceContext context, int verb)
    {
        for (var k = verb; k < Math.Min(context.Tokens.Count, verb + 6); k++)
        {
            if (ForceNouns.Contains(context.Tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    private static string Verb(SentenceContext context, int at) =>
        at + 2 < context.Tokens.Count ? context.Tokens[at + 1].Norm is "were" or "was" or "have" or "has" ? context.Tokens[at + 2].Norm : context.Tokens[at + 1].Norm : "";

    /// <summary>"called for foreign forces to leave", "troops withdrew from": an end, not a presence.</summary>
    private static bool Leaving(SentenceContext context, int at)
    {
        for (var k = Math.Max(0, at - 4); k < Math.Min(context.Tokens.Count, at + 5); k++)
        {
            if (context.Tokens[k].Norm is "leave" or "left" or "withdrew" or "withdrawn" or "withdrawal" or "expelled" or "departure" or "exit" or "pulled" or "ousted")
            {
                return true;
            }
        }

        return false;
    }
}

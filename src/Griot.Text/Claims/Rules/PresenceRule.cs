using Griot.Core.Actors;
using Griot.Core.Statements;
using Griot.Text.Language;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>military_presence_in</c>: "French troops in Mali", "Russian instructors arrived in Mali", "MINUSMA was
/// deployed in Mali", "France deployed troops to Chad", "Niger hosts a US drone base".
/// </summary>
public sealed class PresenceRule : IClaimRule
{
    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        var tokens = context.Tokens;
        var forces = context.Words(WordClasses.Force);
        var deploys = context.Words(WordClasses.Deploy);
        for (var i = 0; i < tokens.Count; i++)
        {
            var force = forces.Contains(tokens[i]) && !context.IsInsideMention(i);
            var verb = deploys.TryMatch(tokens, i, out var verbValues, out _);
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

            var change = verb && verbValues.Has("change") || ChangeAfter(context, i);
            var time = SentenceContext.TimeOf(context.NearestDate(i), change);
            sink.Add(context, p.ActorId, Predicate.MilitaryPresenceIn, host.Value.ActorId, Qualifiers.Empty, time, context.TenseAt(i), hedged);
        }

        // "MINUSMA in Mali", "Barkhane, in Chad": a mission named before "in" a state; "stationed in Chad
        // under Operation Epervier": after it.
        foreach (var mission in context.Mentions.Where(m => m.Kind == ActorKind.Mission))
        {
            if (mission.First > 0 && context.Words(WordClasses.PresenceUnder).Contains(tokens[mission.First - 1])
                && context.AllBefore(mission.First, RuleSupport.State).LastOrDefault() is { ActorId: not null } earlierHost && earlierHost.First > 0
                && context.Words(WordClasses.PresenceHost).Contains(tokens[earlierHost.First - 1]) && RuleSupport.Asserted(context, mission.First, out var h))
            {
                sink.Add(context, mission.ActorId, Predicate.MilitaryPresenceIn, earlierHost.ActorId, Qualifiers.Empty,
                    SentenceContext.TimeOf(context.NearestDate(mission.First), change: false), context.TenseAt(mission.First), h);
            }

            var into = RuleSupport.FindAhead(context, mission.Last + 1, 5, WordClasses.PresenceHost);
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
        var into = RuleSupport.FindAhead(context, at + 1, 6, WordClasses.PresenceHost);
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
        var glue = context.Words(WordClasses.ForceOwner);
        for (var k = noun - 1; k >= Math.Max(0, noun - 3); k--)
        {
            foreach (var m in context.Mentions)
            {
                if (m.Last == k && RuleSupport.ForeignForce(m))
                {
                    return m;
                }
            }

            if (!glue.Contains(context.Tokens[k]))
            {
                return null;
            }
        }

        return null;
    }

    private static bool HasForceNoun(SentenceContext context, int verb) => context.Words(WordClasses.Force).FindIn(context.Tokens, verb, verb + 6) >= 0;

    /// <summary>"troops were deployed", "soldiers arrived": a verb of coming right after the force's noun.</summary>
    private static bool ChangeAfter(SentenceContext context, int at)
    {
        for (var k = at + 1; k <= Math.Min(context.Tokens.Count - 1, at + 2); k++)
        {
            if (context.Words(WordClasses.Deploy).TryMatch(context.Tokens, k, out var values, out _) && values.Has("change"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"called for foreign forces to leave", "troops withdrew from": an end, not a presence.</summary>
    private static bool Leaving(SentenceContext context, int at) => context.Words(WordClasses.PresenceLeaving).FindIn(context.Tokens, at - 4, at + 5) >= 0;
}

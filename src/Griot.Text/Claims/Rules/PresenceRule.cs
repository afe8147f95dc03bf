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
            // "military aid to Mali", "une aide militaire au Mali": a word of forces that qualifies aid or cooperation
            // places no force.
            var force = forces.TryMatch(tokens, i, out var forceValues, out var forceLength) && !context.IsInsideMention(i)
                && !Qualifies(context, i, forceLength);
            var verb = deploys.TryMatch(tokens, i, out var verbValues, out _);
            if (!force && !verb)
            {
                continue;
            }

            // "the presence of UN peacekeeping and French forces", in a text about Mali: in Mali.
            var hosts = Hosts(context, i);
            if (hosts.Count == 0 && force && forceValues.Has("host-default") && context.MainSubject is { } main)
            {
                hosts = [new Mention(i, i, main, ActorKind.State, MentionType.Anaphor)];
            }

            if (hosts.Count == 0 || !RuleSupport.Asserted(context, i, out var hedged))
            {
                continue;
            }

            if (Leaving(context, i))
            {
                Left(context, sink, i, force, hosts, hedged);
                continue;
            }

            var change = verb && verbValues.Has("change") || ChangeAfter(context, i);
            var time = SentenceContext.TimeOf(context.NearestDate(i), change);
            var present = force ? ForceOwner(context, i) : null;
            present ??= context.SubjectBefore(i, RuleSupport.ForeignForce);

            // "Présents au Burkina Faso depuis janvier 2024, les éléments de l'Africa Corps …": the force after the opening phrase.
            if (present is not { } named || IsHost(hosts, named.ActorId))
            {
                present = FrontedForce(context, i, hosts) ?? present;
            }

            if (present is { } p && (force || p.Kind != ActorKind.State || HasForceNoun(context, i)))
            {
                Add(context, sink, p, hosts, time, hedged, i);

                // "Besides France, Denmark, Estonia and Sweden sent special forces to Mali": each state of the subject.
                if (!force && p.Kind == ActorKind.State)
                {
                    SubjectStates(context, sink, p, hosts, time, hedged, i);
                }
            }

            // "une opération militaire menée au Mali par l'Armée française": the force named after its host.
            if (Agent(context, hosts[^1].Last + 1) is { } agent && agent.ActorId != present?.ActorId)
            {
                Add(context, sink, agent, hosts, time, hedged, i);
            }
        }

        Hosting(context, sink);

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

            // "Operation Barkhane continue to patrol the area around Gao": the first word of place that a place follows.
            var into = -1;
            Mention state = default;
            var places = context.Words(WordClasses.PresenceHost);
            for (var k = mission.Last + 1; k < Math.Min(tokens.Count, mission.Last + 9) && into < 0; k++)
            {
                if (places.TryMatch(tokens, k, out _, out var placeLength) && context.GroupAfter(k + placeLength - 1, RuleSupport.StateOrPlace, maxGap: 1) is [var found, ..])
                {
                    into = k + placeLength - 1;
                    state = found;
                }
            }

            if (into >= 0 && RuleSupport.Asserted(context, mission.First, out var hedged) && !Leaving(context, into))
            {
                sink.Add(context, mission.ActorId, Predicate.MilitaryPresenceIn, state.ActorId, Qualifiers.Empty,
                    SentenceContext.TimeOf(context.NearestDate(into), change: false), context.TenseAt(into), hedged);
            }
        }
    }

    /// <summary>"Chadian territory", "territoire nigérian", "the Malian army": a demonym that names a land or its army.</summary>
    private static bool LandOrArmy(SentenceContext context, Mention demonym)
    {
        var tokens = context.Tokens;
        bool Names(int k) => k >= 0 && k < tokens.Count && (context.Words(WordClasses.PresenceTerritory).Contains(tokens[k]) || context.Words(WordClasses.Force).Contains(tokens[k]));
        return Names(demonym.Last + 1) || Names(demonym.First - 1);
    }

    private static bool IsHost(List<Mention> hosts, string actor)
    {
        foreach (var h in hosts)
        {
            if (h.ActorId == actor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The force named after the phrase that opens the sentence, not one of its hosts.</summary>
    private static Mention? FrontedForce(SentenceContext context, int at, List<Mention> hosts) =>
        context.FrontedSubject(at, m => RuleSupport.ForeignForce(m) && !IsHost(hosts, m.ActorId));

    /// <summary>The other states of the subject group that sent forces with <paramref name="first"/>.</summary>
    private static void SubjectStates(SentenceContext context, ClaimSink sink, Mention first, List<Mention> hosts, (Core.Time.ValidityInterval, Core.Time.PartialDate?) time, bool hedged, int at)
    {
        foreach (var other in context.SubjectGroupBefore(at, m => RuleSupport.State(m) && !IsHost(hosts, m.ActorId)))
        {
            if (other.ActorId != first.ActorId)
            {
                Add(context, sink, other, hosts, time, hedged, at);
            }
        }
    }

    /// <summary>
    /// "Mali already hosts the UN peacekeepers of MINUSMA and the French soldiers of Operation Barkhane", "Niger hosts
    /// a US drone base": the state before the verb hosts each mission after it, and each state named by a word of
    /// forces after it.
    /// </summary>
    private static void Hosting(SentenceContext context, ClaimSink sink)
    {
        var tokens = context.Tokens;
        var forces = context.Words(WordClasses.Force);
        foreach (var (index, length, _) in context.Words(WordClasses.PresenceHosts).FindAll(tokens))
        {
            if (context.SubjectBefore(index, RuleSupport.State) is not { } host || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            var end = context.ClauseEnd(index);
            var time = SentenceContext.TimeOf(context.NearestDate(index), change: false);
            foreach (var m in context.Mentions)
            {
                if (m.First < index + length || m.First >= end || m.ActorId == host.ActorId)
                {
                    continue;
                }

                var present = m.Kind is ActorKind.Mission or ActorKind.Company or ActorKind.ArmedGroup
                    || m.Kind == ActorKind.State && m.Type is MentionType.Demonym or MentionType.Acronym && forces.FindIn(tokens, m.Last + 1, Math.Min(tokens.Count, m.Last + 4)) >= 0;
                if (present)
                {
                    sink.Add(context, m.ActorId, Predicate.MilitaryPresenceIn, host.ActorId, Qualifiers.Empty, time, context.TenseAt(index), hedged);
                }
            }
        }
    }

    private static void Add(SentenceContext context, ClaimSink sink, Mention present, List<Mention> hosts, (Core.Time.ValidityInterval, Core.Time.PartialDate?) time, bool hedged, int at)
    {
        foreach (var host in hosts.Where(h => h.ActorId != present.ActorId))
        {
            sink.Add(context, present.ActorId, Predicate.MilitaryPresenceIn, host.ActorId, Qualifiers.Empty, time, context.TenseAt(at), hedged);
        }
    }

    /// <summary>Whether the word of forces at <paramref name="at"/> qualifies aid or cooperation ("military aid", "coopération militaire").</summary>
    private static bool Qualifies(SentenceContext context, int at, int length)
    {
        var next = at + length;
        return next < context.Tokens.Count && (context.Words(WordClasses.SupportAid).Contains(context.Tokens[next])
            || context.Words(WordClasses.DiplomaticNoun).TryMatch(context.Tokens, next, out var kind, out _) && kind.Get("kind") == "cooperation");
    }

    /// <summary>
    /// The states after "in", "to" or "into" within a few words ("sa présence en Libye, au Soudan et au Mali"),
    /// else the state a sentence opens on ("Au Burkina Faso, des paramilitaires russes s'installent …").
    /// </summary>
    private static List<Mention> Hosts(SentenceContext context, int at)
    {
        var into = RuleSupport.FindAhead(context, at + 1, 6, WordClasses.PresenceHost);

        // "a drone base in Agadez, Niger": a town may stand before its state. "sending troops to combat the Libyans":
        // a people is no place, unless its land is named ("in Chadian territory").
        var hosts = into < 0 ? [] : context.GroupAfter(into, RuleSupport.StateOrPlace, maxGap: 3);
        hosts.RemoveAll(h => h.Type == MentionType.Demonym && !LandOrArmy(context, h));
        if (hosts.Count > 0)
        {
            return hosts;
        }

        // "deployed alongside the Malian army", "déployés aux côtés des forces armées maliennes": where that army is.
        var alongside = RuleSupport.FindAhead(context, at + 1, 6, WordClasses.PresenceAlongside);
        if (alongside >= 0 && context.Words(WordClasses.Force).FindIn(context.Tokens, alongside + 1, alongside + 5) is var army and >= 0)
        {
            foreach (var m in context.Mentions)
            {
                if (m.Type == MentionType.Demonym && RuleSupport.State(m) && m.First > alongside && m.First <= army + 3)
                {
                    return [m];
                }
            }
        }

        var tokens = context.Tokens;
        return tokens.Count > 3 && context.Words(WordClasses.PresenceHost).StartsAt(tokens, 0)
            && context.Mentions.FirstOrDefault(m => RuleSupport.State(m) && m.First <= 2) is { ActorId: not null } opening
            && opening.Last + 1 < tokens.Count && tokens[opening.Last + 1].Is(",") && opening.Last < at
                ? [opening]
                : [];
    }

    /// <summary>
    /// Whose forces: "French troops", "Russia's instructors", "Wagner mercenaries", "US drone base", and where the
    /// language puts the owner after the noun, "les troupes françaises", "les mercenaires de Wagner".
    /// </summary>
    private static Mention? ForceOwner(SentenceContext context, int noun)
    {
        var glue = context.Words(WordClasses.ForceOwner);
        for (var k = noun - 1; k >= Math.Max(0, noun - 3); k--)
        {
            if (context.Mentions.FirstOrDefault(m => m.Last == k && RuleSupport.ForeignForce(m)) is { ActorId: not null } before)
            {
                return before;
            }

            if (!glue.Contains(context.Tokens[k]))
            {
                break;
            }
        }

        // "des paramilitaires russes de l'Africa Corps", "troops from Chad and Niger": the most particular owner named
        // after the noun, where the language puts adjectives there, else only after its words of origin.
        if (!context.Language.Has("adjectives-after-noun"))
        {
            glue = context.Words(WordClasses.ForceOwnerAfter);
        }

        Mention? owner = null;
        for (var k = noun + 1; k < Math.Min(context.Tokens.Count, noun + 6); k++)
        {
            if (context.Mentions.FirstOrDefault(m => m.First == k && RuleSupport.ForeignForce(m)) is { ActorId: not null } after)
            {
                owner = after;
                k = after.Last;
                continue;
            }

            if (!glue.Contains(context.Tokens[k]))
            {
                break;
            }
        }

        return owner;
    }

    /// <summary>The force named after "by" ("par l'Armée française", "by French troops"), within a few words of <paramref name="from"/>.</summary>
    private static Mention? Agent(SentenceContext context, int from)
    {
        var by = RuleSupport.FindAhead(context, from, 3, WordClasses.PresenceBy);
        if (by < 0)
        {
            return null;
        }

        if (context.GroupAfter(by, RuleSupport.ForeignForce, maxGap: 1) is [var named, ..])
        {
            return named;
        }

        var force = context.Words(WordClasses.Force).FindIn(context.Tokens, by + 1, by + 4);
        return force < 0 ? null : ForceOwner(context, force);
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

    /// <summary>
    /// "The special forces of Operation Sabre left Burkina Faso in February 2023", "les derniers militaires français
    /// ont quitté le Niger": the force was there until then. A call or an order to leave says nothing of it.
    /// </summary>
    private static void Left(SentenceContext context, ClaimSink sink, int at, bool force, List<Mention> hosts, bool hedged)
    {
        var leaving = context.Words(WordClasses.PresenceLeaving).FindIn(context.Tokens, at - 4, Math.Max(at + 5, context.ClauseEnd(at)));
        if (leaving < at || !context.Words(WordClasses.PresenceLeft).Contains(context.Tokens[leaving]))
        {
            return;
        }

        var present = (force ? ForceOwner(context, at) : null) ?? context.SubjectBefore(at, RuleSupport.ForeignForce);
        if (present is not { } p)
        {
            return;
        }

        // "operated a base from 2019 until their withdrawal in 2024": there from the start said, until the leaving.
        var start = context.NearestDate(at) is { Role: DateRole.Since, Date: { } s } && s.Earliest < (context.NearestDate(leaving)?.Date?.Earliest ?? DateOnly.MaxValue)
            ? Core.Time.IntervalBound.On(s) : Core.Time.IntervalBound.Open;
        var time = context.NearestDate(leaving) is { Role: DateRole.At, Date: { } d }
            ? (Core.Time.ValidityInterval.Of(start, Core.Time.IntervalBound.On(d)), (Core.Time.PartialDate?)null)
            : (Core.Time.ValidityInterval.Always, (Core.Time.PartialDate?)null);
        foreach (var host in hosts.Where(h => h.ActorId != p.ActorId))
        {
            sink.Add(context, p.ActorId, Predicate.MilitaryPresenceIn, host.ActorId, Qualifiers.Empty, time, Tense.Past, hedged);
        }
    }

    /// <summary>"called for foreign forces to leave", "troops withdrew from": an end, not a presence.</summary>
    /// <summary>Whether the forces are said to leave; not where they are "still" there ("encore stationnés … invités à achever leur retrait").</summary>
    private static bool Leaving(SentenceContext context, int at)
    {
        if (context.Words(WordClasses.TenseStill).FindIn(context.Tokens, at - 3, at + 4) >= 0)
        {
            return false;
        }

        // "depuis la fin de 2022": an end that is part of a date is no leaving.
        var (from, to) = (at - 4, Math.Max(at + 5, context.ClauseEnd(at)));
        for (var k = context.Words(WordClasses.PresenceLeaving).FindIn(context.Tokens, from, to); k >= 0; k = context.Words(WordClasses.PresenceLeaving).FindIn(context.Tokens, k + 1, to))
        {
            if (!context.InDate(k))
            {
                return true;
            }
        }

        return false;
    }
}

using Griot.Core.Statements;
using Griot.Text.Language;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>withdrew_from</c> and <c>suspended_from</c>: "withdrew from ECOWAS", "quit", "pulled out of", "left the
/// G5 Sahel"; "was suspended from the AU", "ECOWAS suspended Mali", "Burkina Faso's membership of the OIF
/// was suspended".
/// </summary>
public sealed class WithdrawalRule : IClaimRule
{
    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        Read(context, sink, context.Words(WordClasses.Withdraw), Predicate.WithdrewFrom);
        Read(context, sink, context.Words(WordClasses.SuspendedFrom), Predicate.SuspendedFrom);

        // "Burkina Faso's membership of the OIF was suspended in 2022"
        foreach (var (index, length, _) in context.Words(WordClasses.MembershipSuspended).FindAll(context.Tokens))
        {
            var organization = context.SubjectBefore(index, RuleSupport.Organization);
            var state = context.SubjectBefore(index, RuleSupport.State);
            if (organization is { } o && state is { } s && s.Last < o.First && !context.Consumed(index) && RuleSupport.Asserted(context, index, out var hedged))
            {
                context.Consume(index, length);
                sink.Add(context, s.ActorId, Predicate.SuspendedFrom, o.ActorId, Qualifiers.Empty,
                    SentenceContext.TimeOf(context.NearestDate(index), change: true), context.TenseAt(index), hedged);
            }
        }

        foreach (var (index, length, _) in context.Words(WordClasses.Suspends).FindAll(context.Tokens))
        {
            if (context.Consumed(index))
            {
                continue;
            }

            var organization = context.SubjectBefore(index, RuleSupport.Organization);
            var states = context.GroupAfter(index + length - 1, RuleSupport.State, maxGap: 1);
            if (organization is { } o && states.Count > 0 && RuleSupport.Asserted(context, index, out var hedged))
            {
                // "ont levé la suspension qui frappait le Mali": a suspension of the past.
                var lifted = context.Words(WordClasses.SuspensionLifted).FindIn(context.Tokens, index - 3, index) >= 0;
                var time = lifted ? LiftedTime(context, index) : SentenceContext.TimeOf(context.NearestDate(index), change: true);
                foreach (var state in states)
                {
                    sink.Add(context, state.ActorId, Predicate.SuspendedFrom, o.ActorId, Qualifiers.Empty, time, lifted ? Tense.Past : context.TenseAt(index), hedged);
                }
            }
        }
    }

    /// <summary>
    /// "ont levé samedi la suspension qui frappait le Mali depuis janvier 2022": the suspension ran from the date
    /// said with "since" after the word to the day it was lifted.
    /// </summary>
    private static (Core.Time.ValidityInterval, Core.Time.PartialDate?) LiftedTime(SentenceContext context, int index)
    {
        Reading.DateExpression? since = null;
        foreach (var d in context.Dates)
        {
            if (d.First > index && d.Role == Reading.DateRole.Since && d.Date is not null)
            {
                since = d;
                break;
            }
        }

        var lifted = context.NearestDate(index);
        if (lifted == since || lifted is { Role: not Reading.DateRole.At })
        {
            lifted = null;
        }

        if (since is null)
        {
            return lifted?.Date is { } end ? (Core.Time.ValidityInterval.Of(Core.Time.IntervalBound.Open, Core.Time.IntervalBound.On(end)), null) : SentenceContext.TimeOf(null, change: true);
        }

        return (Core.Time.ValidityInterval.Of(Core.Time.IntervalBound.On(since.Value.Date!.Value), lifted?.Date is { } until ? Core.Time.IntervalBound.On(until) : Core.Time.IntervalBound.Open), null);
    }

    /// <summary>The organization a pronoun before the verb stands for: the last named before it in the sentence, else the one spoken of.</summary>
    private static Reading.Mention? Clitic(SentenceContext context, int index)
    {
        var named = context.Mentions.LastOrDefault(m => RuleSupport.Organization(m) && m.Last < index);
        if (named.ActorId is not null)
        {
            return named;
        }

        return context.Organization is { } id ? new Reading.Mention(index, index, id, Core.Actors.ActorKind.Organization, Reading.MentionType.Anaphor) : null;
    }

    /// <summary>The organization named after words that only name its parts or the day ("all decision-making bodies of").</summary>
    private static Reading.Mention? PastItsParts(SentenceContext context, int from)
    {
        var parts = context.Words(WordClasses.OrganizationPart);
        for (var k = from; k < Math.Min(context.Tokens.Count, from + 10); k++)
        {
            foreach (var m in context.Mentions)
            {
                if (m.First == k)
                {
                    return RuleSupport.Organization(m) && k > from ? m : null;
                }
            }

            if (!parts.Contains(context.Tokens[k]) && !context.Words(WordClasses.Determiner).Contains(context.Tokens[k]) && !context.InDate(k))
            {
                return null;
            }
        }

        return null;
    }

    private static void Read(SentenceContext context, ClaimSink sink, WordClass phrases, Predicate predicate)
    {
        foreach (var (index, length, values) in phrases.FindAll(context.Tokens))
        {
            if (context.IsInsideMention(index))
            {
                continue;
            }

            // "avant de s'en retirer", "l'a quittée": the organization stands before the verb as a pronoun.
            // "announced their own departure": the organization spoken of, where none is named.
            var organizations = values.Has("clitic")
                ? Clitic(context, index) is { } o ? [o] : []
                : context.GroupAfter(index + length - 1, RuleSupport.Organization, maxGap: 4);
            if (organizations.Count == 0 && RuleSupport.OrganizationBeforeWhich(context, index) is { } antecedent)
            {
                organizations = [antecedent];
            }

            // "suspendue jeudi de toutes les instances de décision de la CEDEAO": past the organization's parts.
            if (organizations.Count == 0 && PastItsParts(context, index + length) is { } whole)
            {
                organizations = [whole];
            }

            if (organizations.Count == 0 && values.Has("implicit") && context.Organization is { } spoken)
            {
                organizations = [new Reading.Mention(index, index, spoken, Core.Actors.ActorKind.Organization, Reading.MentionType.Anaphor)];
            }

            // "withdrew from NATO's integrated military command": a part of it, not the organization.
            organizations.RemoveAll(o => o.Last + 1 < context.Tokens.Count && context.Tokens[o.Last + 1].Is("'s"));
            var subjects = context.SubjectGroupBefore(index, RuleSupport.State);
            if (organizations.Count > 0)
            {
                subjects.AddRange(MembershipRule.TogetherWith(context, values.Has("clitic") ? index + length - 1 : organizations[^1].Last));
            }

            if (organizations.Count == 0 || subjects.Count == 0 || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            context.Consume(index, length);
            var time = SentenceContext.TimeOf(context.NearestDate(index), change: true);
            foreach (var subject in subjects)
            {
                foreach (var organization in organizations)
                {
                    sink.Add(context, subject.ActorId, predicate, organization.ActorId, Qualifiers.Empty, time, context.TenseAt(index), hedged);
                }
            }
        }
    }
}

using Griot.Core.Statements;
using Griot.Text.Language;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary><c>independence_from</c>: "gained its independence from France in 1960", "became independent of Britain", "France granted independence to".</summary>
public sealed class IndependenceRule : IClaimRule
{
    /// <summary>"ended nearly five centuries of Portuguese rule", "after British colonial rule ended": the ruler.</summary>
    private static Mention? ColonialRuleEnded(SentenceContext context, int rule)
    {
        if (context.Words(WordClasses.ColonialEnd).FindIn(context.Tokens, rule - 8, rule + 4) < 0)
        {
            return null;
        }

        for (var k = rule - 1; k >= Math.Max(0, rule - 3); k--)
        {
            foreach (var m in context.Mentions)
            {
                if (m.Last == k && m.Type == MentionType.Demonym && RuleSupport.State(m))
                {
                    return m;
                }
            }
        }

        return null;
    }

    /// <summary>"a former French colony", "a former colony of Portugal", "une ancienne colonie française".</summary>
    private static Mention? Colony(SentenceContext context)
    {
        var colonies = context.Words(WordClasses.Colony);
        for (var k = 0; k < context.Tokens.Count; k++)
        {
            if (!colonies.Contains(context.Tokens[k]))
            {
                continue;
            }

            foreach (var m in context.Mentions)
            {
                if (RuleSupport.State(m) && m.Type == MentionType.Demonym && (m.Last >= k - 2 && m.Last < k || m.First == k + 1))
                {
                    return m;
                }
            }

            if (k + 2 < context.Tokens.Count && context.Words(WordClasses.ColonyOf).Contains(context.Tokens[k + 1]) && context.GroupAfter(k + 1, RuleSupport.State, maxGap: 1) is [var of, ..])
            {
                return of;
            }
        }

        return null;
    }

    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        var tokens = context.Tokens;
        var nouns = context.Words(WordClasses.IndependenceNoun);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (context.Words(WordClasses.Secession).TryMatch(tokens, i, out _, out var secedeLength)
                && context.GroupAfter(i + secedeLength - 1, RuleSupport.State, maxGap: 1) is [var parent, ..]
                && context.SubjectBefore(i, RuleSupport.State) is { } seceding && RuleSupport.Asserted(context, i, out var h))
            {
                var when = context.NearestDate(i);
                sink.Add(context, seceding.ActorId, Predicate.IndependenceFrom, parent.ActorId, Qualifiers.Empty,
                    SentenceContext.TimeOf(when is { Role: DateRole.At or DateRole.Since } ? when : null, change: true), Tense.Past, h);
                continue;
            }

            if (context.Words(WordClasses.ColonialRule).Contains(tokens[i]) && ColonialRuleEnded(context, i) is { } ruler)
            {
                var ruled = context.SubjectBefore(i, m => RuleSupport.State(m) && m.ActorId != ruler.ActorId)?.ActorId ?? context.MainSubject;
                if (ruled is not null && ruled != ruler.ActorId && RuleSupport.Asserted(context, i, out var hr))
                {
                    var when = context.NearestDate(i);
                    sink.Add(context, ruled, Predicate.IndependenceFrom, ruler.ActorId, Qualifiers.Empty,
                        SentenceContext.TimeOf(when is { Role: DateRole.At or DateRole.Since } ? when : null, change: true), Tense.Past, hr);
                }

                continue;
            }

            if (!nouns.Contains(tokens[i]))
            {
                continue;
            }

            string? subject = null;
            string? colonialPower = null;
            var from = RuleSupport.FindAhead(context, i + 1, 6, WordClasses.IndependenceFrom);
            if (from >= 0 && context.GroupAfter(from, RuleSupport.State, maxGap: 1) is [var power, ..])
            {
                colonialPower = power.ActorId;
                subject = context.SubjectBefore(i, RuleSupport.State)?.ActorId;
                if (context.GroupAfter(power.Last, RuleSupport.State, maxGap: 2) is [var fromPower, ..]
                    && RuleSupport.FindAhead(context, power.Last + 1, 2, WordClasses.IndependenceFrom) >= 0)
                {
                    // "the independence of Mali from France"
                    subject = power.ActorId;
                    colonialPower = fromPower.ActorId;
                }
            }
            else if (i > 0 && context.Words(WordClasses.IndependenceGrant).Contains(tokens[i - 1]) && RuleSupport.FindAhead(context, i + 1, 2, WordClasses.IndependenceTo) is var to and >= 0
                && context.GroupAfter(to, RuleSupport.State, maxGap: 1) is [var colony, ..])
            {
                subject = colony.ActorId;
                colonialPower = context.SubjectBefore(i, RuleSupport.State)?.ActorId;
            }

            // "Chad, a former French colony, gained independence in 1960": the colonial power named as such.
            if (colonialPower is null && Colony(context) is { } colonizer)
            {
                colonialPower = colonizer.ActorId;
                subject = context.SubjectBefore(i, m => RuleSupport.State(m) && m.ActorId != colonizer.ActorId)?.ActorId ?? context.MainSubject;
            }

            if (subject is null || colonialPower is null || subject == colonialPower || !RuleSupport.Asserted(context, i, out var hedged))
            {
                continue;
            }

            var date = context.NearestDate(i);
            var time = SentenceContext.TimeOf(date is { Role: DateRole.At or DateRole.Since or DateRole.Decade } ? date : null, change: true);
            sink.Add(context, subject, Predicate.IndependenceFrom, colonialPower, Qualifiers.Empty, time, Tense.Past, hedged);
        }
    }
}

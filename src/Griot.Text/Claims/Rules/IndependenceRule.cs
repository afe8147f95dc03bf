using Griot.Core.Statements;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary><c>independence_from</c>: "gained its independence from France in 1960", "became independent of Britain", "France granted independence to".</summary>
public sealed class IndependenceRule : IClaimRule
{
    /// <summary>"ended nearly five centuries of Portuguese rule", "after British colonial rule ended": the ruler.</summary>
    private static Mention? ColonialRuleEnded(SentenceContext context, int rule)
    {
        var ended = false;
        for (var k = Math.Max(0, rule - 8); k < Math.Min(context.Tokens.Count, rule + 4); k++)
        {
            ended |= context.Tokens[k].Norm is "ended" or "end" or "ending" or "threw" or "freed" or "free" or "liberated" or "independence" or "independent";
        }

        if (!ended)
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

    /// <summary>"a former French colony", "a former colony of Portugal".</summary>
    private static Mention? Colony(SentenceContext context)
    {
        for (var k = 0; k < context.Tokens.Count; k++)
        {
            if (context.Tokens[k].Norm is not ("colony" or "protectorate" or "territory"))
            {
                continue;
            }

            foreach (var m in context.Mentions)
            {
                if (RuleSupport.State(m) && m.Type == MentionType.Demonym && m.Last >= k - 2 && m.Last < k)
                {
                    return m;
                }
            }

            if (k + 2 < context.Tokens.Count && context.Tokens[k + 1].Is("of") && context.GroupAfter(k + 1, RuleSupport.State, maxGap: 1) is [var of, ..])
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
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Norm is "seceded" or "secession" or "broke" && RuleSupport.FindAhead(context, i + 1, 3, "from") is var f and >= 0
                && (tokens[i].Norm != "broke" || tokens[i + 1].Is("away")) && context.GroupAfter(f, RuleSupport.State, maxGap: 1) is [var parent, ..]
                && context.SubjectBefore(i, RuleSupport.State) is { } seceding && RuleSupport.Asserted(context, i, out var h))
            {
                var when = context.NearestDate(i);
                sink.Add(context, seceding.ActorId, Predicate.IndependenceFrom, parent.ActorId, Qualifiers.Empty,
                    SentenceContext.TimeOf(when is { Role: DateRole.At or DateRole.Since } ? when : null, change: true), Tense.Past, h);
                continue;
            }

            if (tokens[i].Norm is "rule" or "colonial" && ColonialRuleEnded(context, i) is { } ruler)
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

            if (tokens[i].Norm is not ("independence" or "independent" or "l'independance" or "independance"))
            {
                continue;
            }

            string? subject = null;
            string? colonialPower = null;
            var from = RuleSupport.FindAhead(context, i + 1, 6, "from", "of", "de", "against");
            if (from >= 0 && context.GroupAfter(from, RuleSupport.State, maxGap: 1) is [var power, ..])
            {
                colonialPower = power.ActorId;
                subject = context.SubjectBefore(i, RuleSupport.State)?.ActorId;
                if (tokens[from].Is("of") && context.GroupAfter(power.Last, RuleSupport.State, maxGap: 2) is [var fromPower, ..]
                    && RuleSupport.FindAhead(context, power.Last + 1, 2, "from") >= 0)
                {
                    // "the independence of Mali from France"
                    subject = power.ActorId;
                    colonialPower = fromPower.ActorId;
                }
            }
            else if (i > 0 && tokens[i - 1].Norm is "granted" or "gave" or "conceded" && RuleSupport.FindAhead(context, i + 1, 2, "to") is var to and >= 0
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

using Griot.Core.Statements;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary><c>independence_from</c>: "gained its independence from France in 1960", "became independent of Britain", "France granted independence to".</summary>
public sealed class IndependenceRule : IClaimRule
{
    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Norm is not ("independence" or "independent" or "l'independance" or "independance"))
            {
                continue;
            }

            string? subject = null;
            string? colonialPower = null;
            var from = RuleSupport.FindAhead(context, i + 1, 6, "from", "of", "de");
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

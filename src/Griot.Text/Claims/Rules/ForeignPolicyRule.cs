using Griot.Core.Statements;
using Griot.Text.Language;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>foreign_policy</c>: a doctrine ("non-alignment", "pan-Africanism", "socialism", "pragmatic", "regional
/// integration") named with a word of policy or commitment ("foreign policy", "committed to", "ideas such
/// as", "internationalism", "promoting").
/// </summary>
public sealed class ForeignPolicyRule : IClaimRule
{
    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        if (context.Words(WordClasses.Policy).FindIn(context.Tokens, 0, context.Tokens.Count) < 0)
        {
            return;
        }

        foreach (var (index, _, values) in context.Words(WordClasses.Doctrine).FindAll(context.Tokens))
        {
            if (context.IsInsideMention(index) || values.Get("value") is not { } doctrine || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            var subject = RuleSupport.StateSubject(context, index, mainSubjectByDefault: true);
            if (subject is null)
            {
                continue;
            }

            var date = context.NearestDate(index);
            var sameClause = date is { } d && d.First >= context.ClauseStart(index) && d.First < context.ClauseEnd(index);
            sink.Add(context, subject, Predicate.ForeignPolicy, doctrine, Qualifiers.Empty,
                SentenceContext.TimeOf(sameClause ? date : null, change: false), context.TenseAt(index), hedged);
        }
    }
}

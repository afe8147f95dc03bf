using Griot.Core.Statements;
using Griot.Text.Language;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>security_concern</c>: a threat ("terrorism", "banditry", "drug trafficking", "the security of its
/// borders") named together with a word of concern or struggle ("worried about", "threatened by", "the fight
/// against"); the subject is the state the sentence names, else the document's subject. A possible threat
/// ("possible threats") or one placed in a region and no state ("jihadism in the Sahel") is no state's concern.
/// </summary>
public sealed class SecurityConcernRule : IClaimRule
{
    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        List<(int Index, string Threat)>? threats = null;
        foreach (var (index, _, values) in context.Words(WordClasses.Threat).FindAll(context.Tokens))
        {
            if (!context.IsInsideMention(index) && values.Get("value") is { } threat)
            {
                (threats ??= []).Add((index, threat));
            }
        }

        if (threats is null || context.Words(WordClasses.Concern).FindIn(context.Tokens, 0, context.Tokens.Count) < 0)
        {
            return;
        }

        var negations = context.Words(WordClasses.Negation);
        foreach (var (index, threat) in threats)
        {
            // A threat is denied right before it ("no terrorism"), not by a "not" elsewhere in the sentence.
            if (index > 0 && negations.Contains(context.Tokens[index - 1]) || context.Hypothetical(index) || context.ModalityAt(index) == Modality.Unreal)
            {
                continue;
            }

            var hedged = context.ModalityAt(index) == Modality.Hedged;
            var named = context.SubjectBefore(index, RuleSupport.State) ?? RuleSupport.FirstState(context);
            if (named is null && InRegion(context))
            {
                continue;
            }

            var subject = named?.ActorId ?? context.MainSubject;
            if (subject is not null)
            {
                sink.Add(context, subject, Predicate.SecurityConcern, threat, Qualifiers.Empty,
                    SentenceContext.TimeOf(context.NearestDate(index), change: false), context.TenseAt(index), hedged);
            }
        }
    }

    /// <summary>Whether the sentence speaks of a region ("the Sahel", "West Africa") rather than of its subject.</summary>
    private static bool InRegion(SentenceContext context) =>
        context.Words(WordClasses.Region).FindIn(context.Tokens, 0, context.Tokens.Count) >= 0
        && !context.Mentions.Exists(m => m.Type == Reading.MentionType.Anaphor && RuleSupport.State(m));
}

using Griot.Core.Statements;
using Griot.Text.Language;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>founded</c>, and the founders as <c>member_of</c> with role <c>founding_member</c>: "Mali, Niger and
/// Chad came together to form the G5 Sahel", "ECOWAS was founded in 1975 by …", "the treaty establishing X".
/// </summary>
public sealed class FoundingRule : IClaimRule
{
    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        foreach (var (index, length, values) in context.Words(WordClasses.Found).FindAll(context.Tokens))
        {
            if (context.IsInsideMention(index))
            {
                continue;
            }

            var organization = context.GroupAfter(index + length - 1, RuleSupport.Organization, maxGap: 5).FirstOrDefault();
            if (organization == default)
            {
                continue;
            }

            // "Mali formed the Alliance of Sahel States with Burkina Faso and Niger": the others named after it.
            var founders = context.AllBefore(index, RuleSupport.State);
            founders.AddRange(MembershipRule.TogetherWith(context, organization.Last));
            if (founders.Count == 0 && !values.Has("alone"))
            {
                continue;
            }

            if (!RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            context.Consume(index, length);
            Found(context, sink, organization.ActorId, founders, index, hedged);
        }

        foreach (var (index, length, _) in context.Words(WordClasses.FoundPassive).FindAll(context.Tokens))
        {
            if (context.IsInsideMention(index) || context.Consumed(index))
            {
                continue;
            }

            // "Créée en décembre 1970, l'Autorité …", a sentence opening on the participle: the organization spoken of, or named after it.
            var organization = context.SubjectBefore(index, RuleSupport.Organization)?.ActorId;
            if (organization is null && index <= 1)
            {
                organization = context.GroupAfter(index + length - 1, RuleSupport.Organization, maxGap: 8).FirstOrDefault().ActorId ?? context.Organization;
            }

            if (organization is null || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            var by = RuleSupport.FindAhead(context, index, length + 20, WordClasses.FoundBy);
            var founders = by < 0 ? [] : context.GroupAfter(by, RuleSupport.State, maxGap: 4);
            context.Consume(index, length);
            Found(context, sink, organization, founders, index, hedged);
        }
    }

    private static void Found(SentenceContext context, ClaimSink sink, string organization, List<Mention> founders, int trigger, bool hedged)
    {
        var date = context.NearestDate(trigger);
        var time = SentenceContext.TimeOf(date is { Role: DateRole.At or DateRole.Since } ? date : null, change: true);
        var founded = sink.Add(context, organization, Predicate.Founded, null, Qualifiers.Empty, time, Tense.Past, hedged);
        if (founders.Count == 0)
        {
            return;
        }

        foreach (var founder in founders.Select(f => f.ActorId).Distinct(StringComparer.Ordinal))
        {
            sink.Add(context, founder, Predicate.MemberOf, organization, Qualifiers.Of(("role", "founding_member")), time, Tense.Past, hedged);
        }

        sink.FounderLists.Add(new FounderList(organization, founders.Select(f => f.ActorId).ToArray(), founded, context.Evidence));
    }
}

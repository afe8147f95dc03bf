using Griot.Core.Statements;
using Griot.Text.Language;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>coup</c> (successful ones): "the coup in Mali in 2020", "soldiers overthrew the president of Niger",
/// "Burkina Faso's two coups of 2022"; attempts and plots make no claim.
/// </summary>
public sealed class CoupRule : IClaimRule
{
    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        foreach (var (index, length, values) in context.Words(WordClasses.Coup).FindAll(context.Tokens))
        {
            if (context.IsInsideMention(index) || Unsuccessful(context, index, length) || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            // "the overthrow of President Bazoum": an overthrow of a ruler needs no soldier named.
            var military = values.Has("military") || context.Words(WordClasses.CoupMilitary).FindIn(context.Tokens, 0, context.Tokens.Count) >= 0;
            if (!military && !OfARuler(context, index + length))
            {
                continue;
            }

            // "All three member states experienced military coups": each state of a group.
            var states = StateOf(context, index, length) is { } one ? [one]
                : context.SubjectGroupBefore(index, RuleSupport.State).Select(m => m.ActorId).Distinct(StringComparer.Ordinal).ToList();
            if (states.Count == 0 && context.MainSubject is { } main)
            {
                states = [main];
            }

            var dates = values.Has("plural")
                ? context.Dates.Where(d => d.Role == DateRole.At && d.Date is not null).ToList()
                : context.NearestDate(index) is { Role: DateRole.At, Date: not null } near ? [near] : [];
            foreach (var state in states)
            {
                if (dates.Count == 0)
                {
                    sink.Add(context, state, Predicate.Coup, null, Qualifiers.Empty, (Core.Time.ValidityInterval.Always, null), Tense.Past, hedged);
                }

                foreach (var date in dates)
                {
                    sink.Add(context, state, Predicate.Coup, null, Qualifiers.Empty, SentenceContext.TimeOf(date, change: true), Tense.Past, hedged);
                }
            }
        }
    }

    private static string? StateOf(SentenceContext context, int index, int length)
    {
        // "the coup in Mali", "the president of Niger was overthrown"
        var into = RuleSupport.FindAhead(context, index + length, 4, WordClasses.CoupIn);
        if (into >= 0 && context.GroupAfter(into, RuleSupport.State, maxGap: 1) is [var after, ..])
        {
            return after.ActorId;
        }

        for (var k = index - 1; k >= Math.Max(0, index - 4); k--)
        {
            foreach (var m in context.Mentions)
            {
                if (m.Last == k && RuleSupport.State(m))
                {
                    return m.ActorId;
                }
            }
        }

        return null;
    }

    private static bool OfARuler(SentenceContext context, int after)
    {
        var rulers = context.Words(WordClasses.CoupRuler);
        for (var k = after; k < Math.Min(context.Tokens.Count, after + 4); k++)
        {
            if (rulers.Contains(context.Tokens[k]) || context.Mentions.Exists(m => m.First == k && m.Kind == Core.Actors.ActorKind.Person))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Unsuccessful(SentenceContext context, int index, int length) =>
        context.Words(WordClasses.CoupFailed).FindIn(context.Tokens, index - 3, index + length + 1) >= 0;
}

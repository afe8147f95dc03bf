using Griot.Core.Statements;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>coup</c> (successful ones): "the coup in Mali in 2020", "soldiers overthrew the president of Niger",
/// "Burkina Faso's two coups of 2022"; attempts and plots make no claim.
/// </summary>
public sealed class CoupRule : IClaimRule
{
    private static readonly PhraseTable<bool> Triggers = new PhraseTable<bool>()
        .Add(true, "coup", "coups", "coup d'etat", "coups d'etat", "putsch", "putsches", "overthrew", "overthrown", "overthrow",
            "ousted", "toppled", "deposed", "seized power", "military takeover", "junta took power", "took power in a coup",
            "coup d'état", "renverse", "renversé", "military coup", "coup d’etat", "took power", "seized control", "grabbed power",
            "takeover", "overthrowing", "ousting", "toppling", "overthrows", "ousts", "topples");

    private static readonly HashSet<string> Failed = new(StringComparer.Ordinal)
    {
        "attempted", "failed", "foiled", "thwarted", "aborted", "abortive", "plot", "plots", "plotting", "plotted", "attempt",
        "attempts", "alleged", "foil", "thwart", "averted", "prevent", "prevented", "against", "counter-coup",
    };

    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        foreach (var (index, length, _) in Triggers.FindAll(context.Tokens))
        {
            if (context.IsInsideMention(index) || Unsuccessful(context, index, length) || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            var norm = context.Tokens[index].Norm;
            var military = norm is "coup" or "coups" or "putsch" or "putsches" or "military" or "junta" or "coup d'etat" or "seized"
                || context.Tokens.Exists(t => t.Norm is "soldiers" or "military" or "army" or "junta" or "officers" or "coup" or "mutineers");
            // "the overthrow of President Bazoum": an overthrow of a ruler needs no soldier named.
            if (!military && !OfARuler(context, index + length))
            {
                continue;
            }

            var state = StateOf(context, index, length) ?? context.MainSubject;
            if (state is null)
            {
                continue;
            }

            var dates = norm is "coups" or "putsches"
                ? context.Dates.Where(d => d.Role == DateRole.At && d.Date is not null).ToList()
                : context.NearestDate(index) is { Role: DateRole.At, Date: not null } one ? [one] : [];
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

    private static string? StateOf(SentenceContext context, int index, int length)
    {
        // "the coup in Mali", "the president of Niger was overthrown"
        var into = RuleSupport.FindAhead(context, index + length, 4, "in", "of", "en", "au");
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

        return context.SubjectBefore(index, RuleSupport.State)?.ActorId;
    }

    private static bool OfARuler(SentenceContext context, int after)
    {
        for (var k = after; k < Math.Min(context.Tokens.Count, after + 4); k++)
        {
            if (context.Tokens[k].Norm is "president" or "government" or "regime" or "leader" or "ruler" or "king" or "junta"
                || context.Mentions.Exists(m => m.First == k && m.Kind == Core.Actors.ActorKind.Person))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Unsuccessful(SentenceContext context, int index, int length)
    {
        for (var k = Math.Max(0, index - 3); k < Math.Min(context.Tokens.Count, index + length + 1); k++)
        {
            if (Failed.Contains(context.Tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }
}

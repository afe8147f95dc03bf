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
            if (context.IsInsideMention(index) || InName(context, index, length) || Unsuccessful(context, index, length) || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            // "the overthrow of President Bazoum": an overthrow of a ruler needs no soldier named.
            var military = values.Has("military") || context.Words(WordClasses.CoupMilitary).FindIn(context.Tokens, 0, context.Tokens.Count) >= 0;
            if (!military && !OfARuler(context, index + length))
            {
                continue;
            }

            // "All three member states experienced military coups": each state of a group; "Russian involvement in the
            // coup": a state named by its demonym modifies another noun and is not the coup's.
            // "All three member states experienced military coups", "Mali's army staged a coup": the states that had
            // them; "Paris withdrew after the coup": not the subject of another verb.
            // "Idriss Déby prend le pouvoir par les armes avec le soutien de la France": the state the one who
            // seizes power led, before any state named after the words.
            var states = context.StateLedBy(Seizer(context, index)) is { } seized ? [seized] : StatesOf(context, index, length);
            if (states.Count == 0 && context.Words(WordClasses.CoupExperienced).FindIn(context.Tokens, index - 5, index) >= 0)
            {
                states = context.SubjectGroupBefore(index, m => RuleSupport.State(m) && m.Type != MentionType.Demonym).Select(m => m.ActorId).Distinct(StringComparer.Ordinal).ToList();
            }

            // "Mali's elected civilian government was removed in a military seizure of power": the state whose ruler
            // the clause is about.
            if (states.Count == 0 && RulerOf(context, index) is { } ruled)
            {
                states = [ruled];
            }

            // "Tchiani came to power in a coup": the state of the one who took power, where it is known.
            if (states.Count == 0 && context.Mentions.Where(m => m.Kind == Core.Actors.ActorKind.Person && Math.Abs(m.First - index) <= 12)
                .Select(m => context.StateLedBy(m.ActorId)).FirstOrDefault(s => s is not null) is { } ledState)
            {
                states = [ledState];
            }

            // "Les militaires ont pris le pouvoir à Niamey lors du coup d'État": the place named just before.
            if (states.Count == 0 && PlaceBefore(context, index) is { } place)
            {
                states = [place];
            }

            // "La France a condamné le coup d'État du 5 septembre 2021", in a page on France and Guinea: the coup is
            // the object of the document's state's verb, not a coup in that state.
            if (states.Count == 0 && context.MainSubject is { } main && !ObjectOf(context, index, main))
            {
                states = [main];
            }

            // "four military coups since independence from France in 1960, the most recent in 2010": not a date of the "since".
            var dates = values.Has("plural")
                ? context.Dates.Where(d => d.Role == DateRole.At && d.Date is not null && !(d.First > index && context.Words(WordClasses.DateSince).FindIn(context.Tokens, index + length, d.First) >= 0)).ToList()
                : Dates(context, index, length);
            foreach (var state in states)
            {
                if (dates.Count == 0)
                {
                    sink.Add(context, state, Predicate.Coup, null, Qualifiers.Empty, (Core.Time.ValidityInterval.Always, null), Tense.Past, hedged);
                }

                foreach (var date in dates)
                {
                    sink.Add(context, state, Predicate.Coup, null, Qualifiers.Empty, SentenceContext.TimeOf(date with { Role = DateRole.At }, change: true), Tense.Past, hedged);
                }
            }
        }
    }

    /// <summary>"the coup in Mali", "the president of Niger was overthrown", "the Malian coup", "Burkina Faso's two coups".</summary>
    private static List<string> StatesOf(SentenceContext context, int index, int length)
    {
        // "le coup d'État du 26 juillet 2023 au Niger": past the coup's own date.
        var from = index + length;
        foreach (var d in context.Dates)
        {
            if (d.First == from)
            {
                from = d.Last + 1;
            }
        }

        var into = RuleSupport.FindAhead(context, from, 4, WordClasses.CoupIn);
        if (into >= 0 && context.GroupAfter(into, RuleSupport.State, maxGap: 1) is [var after, ..])
        {
            return [after.ActorId];
        }

        // Right before the word, or before an article, a number or "'s" between them.
        for (var k = index - 1; k >= Math.Max(0, index - 3); k--)
        {
            var named = context.Mentions.Where(m => m.Last == k && RuleSupport.State(m)).Select(m => m.ActorId).Distinct(StringComparer.Ordinal).ToList();
            if (named.Count > 0)
            {
                return named;
            }

            var t = context.Tokens[k];
            if (!(t.Is("'s") || t.Kind == TokenKind.Number || context.Words(WordClasses.Number).Contains(t) || context.Words(WordClasses.Determiner).Contains(t)
                || context.Words(WordClasses.CoupMilitary).Contains(t)))
            {
                break;
            }
        }

        return [];
    }

    /// <summary>
    /// The dates of a coup: the one said with it (right before or after the word, or opening the sentence), and
    /// others joined to it ("le coup d'État de 2012 et celui de 1968"); a date of another verb of the clause is not
    /// the coup's ("elected in April 2011 following the coup").
    /// </summary>
    private static List<DateExpression> Dates(SentenceContext context, int index, int length)
    {
        // "until the 1974 coup", "since the July 2023 coup": a date right before the word is the coup's, whatever
        // the preposition before it says of the clause.
        foreach (var d in context.Dates)
        {
            if (d.Date is not null && d.Until is null && (d.Last == index - 1 || d.Last == index - 2 && context.Words(WordClasses.CoupMilitary).Contains(context.Tokens[index - 1])))
            {
                return [d with { Role = DateRole.At }];
            }
        }

        // A date said with the coup ("the coup of 26 July 2023") is its day, whatever "after" stands before the coup.
        var near = context.Dates.Where(d => (d.Role == DateRole.At || d.First >= index + length && d.First <= index + length + 1 && d.Role is DateRole.After or DateRole.Before or DateRole.Since && d.Until is null) && d.Date is not null
            && (d.First > index ? d.First - (index + length - 1) <= 4 : index - d.Last <= 1 || index - d.Last <= 4 && !Sequenced(context, d.Last + 1, index) || d.First <= Math.Max(1, context.ClauseStart(index) + 1) && d.Last < index && d.Last + 1 < context.Tokens.Count && context.Tokens[d.Last + 1].Is(",")))
            .OrderBy(d => Math.Abs(d.First - index))
            .Take(1)
            .ToList();
        if (near.Count == 0)
        {
            return near;
        }

        var coordination = context.Words(WordClasses.Coordination);
        foreach (var d in context.Dates.Where(d => d.First > near[^1].Last && d.Role == DateRole.At && d.Date is not null).OrderBy(d => d.First))
        {
            if (d.First - near[^1].Last > 4 || coordination.FindIn(context.Tokens, near[^1].Last + 1, d.First) < 0)
            {
                break;
            }

            near.Add(d);
        }

        return near;
    }

    /// <summary>Whether the coup is the object of a verb ("a condamné le coup", "condemned the coup") whose subject is <paramref name="state"/>.</summary>
    private static bool ObjectOf(SentenceContext context, int index, string state)
    {
        var tokens = context.Tokens;
        if (index < 2 || !context.Words(WordClasses.Determiner).Contains(tokens[index - 1]))
        {
            return false;
        }

        var verb = tokens[index - 2];
        var preposition = context.Words(WordClasses.DateAfter).Contains(verb) || context.Words(WordClasses.DateBefore).Contains(verb)
            || context.Words(WordClasses.DateSince).Contains(verb) || context.Words(WordClasses.CoupIn).Contains(verb)
            || context.Words(WordClasses.PresenceHost).Contains(verb) || context.Words(WordClasses.SupportBy).Contains(verb)
            || context.Words(WordClasses.CoupExperienced).Contains(verb);
        return verb.IsWord && !preposition && context.SubjectBefore(index, RuleSupport.State) is { } subject && subject.ActorId == state;
    }

    /// <summary>The person named within three words before the words of the coup.</summary>
    private static string? Seizer(SentenceContext context, int index)
    {
        for (var k = context.Mentions.Count - 1; k >= 0; k--)
        {
            var m = context.Mentions[k];
            if (m.Kind == Core.Actors.ActorKind.Person && m.Last < index && index - m.Last <= 3)
            {
                return m.ActorId;
            }
        }

        return null;
    }

    /// <summary>A state, its capital or a town after a word of place ("in", "à") within six words before the coup, in its clause.</summary>
    private static string? PlaceBefore(SentenceContext context, int index)
    {
        var into = context.Words(WordClasses.PresenceHost);
        var from = Math.Max(context.ClauseStart(index), index - 6);
        for (var k = context.Mentions.Count - 1; k >= 0; k--)
        {
            var m = context.Mentions[k];
            if (m.Last < index && m.First >= from && RuleSupport.StateOrPlace(m) && m.First > 0 && into.Contains(context.Tokens[m.First - 1]))
            {
                return m.ActorId;
            }
        }

        return null;
    }

    /// <summary>"part of the Coup Belt": a capitalized word inside a name, not a coup.</summary>
    private static bool InName(SentenceContext context, int index, int length)
    {
        var tokens = context.Tokens;
        var end = index + length;
        return index > 0 && tokens[index].Capitalized && tokens[index - 1].Kind != TokenKind.Punctuation
            && (end < tokens.Count && tokens[end].IsWord && tokens[end].Capitalized || tokens[index - 1].Capitalized && tokens[index - 1].IsWord);
    }

    /// <summary>"Mali's government", "le gouvernement du Mali" as the subject of the clause of the coup: that state.</summary>
    private static string? RulerOf(SentenceContext context, int index)
    {
        var rulers = context.Words(WordClasses.CoupRuler);
        var clause = context.ClauseStart(index);
        for (var k = clause; k < index; k++)
        {
            if (!rulers.Contains(context.Tokens[k]))
            {
                continue;
            }

            // "Mali's (elected civilian) government"
            foreach (var m in context.Mentions)
            {
                if (RuleSupport.State(m) && m.Type != MentionType.Capital && m.Last + 1 < k && m.Last + 4 >= k && context.Tokens[m.Last + 1].Is("'s"))
                {
                    return m.ActorId;
                }
            }

            // "le gouvernement du Mali"
            if (k + 2 < index && context.Words(WordClasses.CoupIn).Contains(context.Tokens[k + 1]) && context.GroupAfter(k + 1, RuleSupport.State, maxGap: 1) is [var of, ..] && of.First <= k + 3)
            {
                return of.ActorId;
            }
        }

        return null;
    }

    /// <summary>"elected in April 2011 following the coup": a word that puts the coup before or after the date between them.</summary>
    private static bool Sequenced(SentenceContext context, int from, int to) =>
        context.Words(WordClasses.DateAfter).FindIn(context.Tokens, from, to) >= 0 || context.Words(WordClasses.DateBefore).FindIn(context.Tokens, from, to) >= 0
        || context.Words(WordClasses.DateSince).FindIn(context.Tokens, from, to) >= 0;

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

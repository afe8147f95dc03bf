using Griot.Core.Actors;
using Griot.Core.Statements;
using Griot.Text.Language;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>head_of_state</c>: a person the knowledge store knows, named with a word of office or of taking power
/// ("President X of Mali", "X took power in Burkina Faso in 2022", "Niger, led by X").
/// </summary>
public sealed class LeaderRule : IClaimRule
{
    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        // "Chad's Idriss Déby": a head of state named by his state.
        foreach (var person in context.Mentions)
        {
            if (person.Kind != ActorKind.Person || person.First <= 1 || !context.Tokens[person.First - 1].Is("'s"))
            {
                continue;
            }

            if (context.Mentions.FirstOrDefault(m => RuleSupport.State(m) && m.Last == person.First - 2) is { ActorId: not null } state
                && RuleSupport.Asserted(context, person.First, out var h))
            {
                sink.Add(context, state.ActorId, Predicate.HeadOfState, person.ActorId, Qualifiers.Empty,
                    SentenceContext.TimeOf(context.NearestDate(person.First), change: false), context.TenseAt(person.First), h);
            }
        }

        Elected(context, sink);

        var offices = context.Words(WordClasses.Office).FindAll(context.Tokens).ToList();
        if (offices.Count == 0)
        {
            return;
        }

        foreach (var person in context.Mentions)
        {
            if (person.Kind != ActorKind.Person)
            {
                continue;
            }

            // "X overthrew Y", "Y was overthrown by X": the one ousted was in office, the one who ousted came to it;
            // "X, chef d'État du Burkina Faso": an apposition may run long.
            var (office, officeLength, values) = offices.MinBy(o => Math.Abs(o.Index - person.First));

            // "Soldiers deposed President Mohamed Bazoum": the verb that ousts, a few words before, outweighs the title.
            foreach (var o in offices)
            {
                if (o.Value.Has("ousted") && o.Index < person.First && person.First - (o.Index + o.Length) <= 3 && o.Index != office)
                {
                    (office, officeLength, values) = o;
                }
            }

            var passive = values.Has("ousted") && office + officeLength < context.Tokens.Count && context.Words(WordClasses.SupportBy).Contains(context.Tokens[office + officeLength]);
            var ousted = values.Has("ousted") && (passive ? person.Last < office : person.First > office);
            // "Col. Ibrahim BARE overthrew the president": the one right before the verb came to power.
            if (Math.Abs(office - person.First) > 12 || (office < person.First ? Interlocutor(context, office + officeLength, person.First) : Interlocutor(context, person.Last + 1, office)) || values.Has("ousted") && !ousted && !passive && (person.Last >= office || office - person.Last > 2)
                || !RuleSupport.Asserted(context, Math.Min(office, person.First), out var hedged))
            {
                continue;
            }

            var state = OfficeState(context, office, officeLength) ?? PersonsState(context, person) ?? context.StateLedBy(person.ActorId) ?? context.MainSubject ?? NearestState(context, person);
            if (state is null)
            {
                continue;
            }

            // The one ousted, or who stepped down, held office until that day; the one who ousted came to it then.
            var change = values.Has("change") || values.Has("ousted") && !ousted;
            var date = context.NearestDate(Math.Max(office, person.Last));
            var ended = ousted || values.Has("ended");
            var time = ended && date is { Role: DateRole.At, Date: { } d }
                ? (Core.Time.ValidityInterval.Of(Core.Time.IntervalBound.Open, Core.Time.IntervalBound.On(d)), (Core.Time.PartialDate?)null)
                : SentenceContext.TimeOf(date, change);
            sink.Add(context, state, Predicate.HeadOfState, person.ActorId, Qualifiers.Empty, time, ended ? Tense.Past : context.TenseAt(office), hedged);
        }
    }

    /// <summary>
    /// "Entretien du Président de la République avec Alpha Condé", "Alpha Condé avec le président de la Russie": a
    /// person with "with" between them and the word of office is the one met, not the one in office.
    /// </summary>
    private static bool Interlocutor(SentenceContext context, int from, int to)
    {
        var with = context.Words(WordClasses.OfficeWith);
        for (var k = from; k < to && k < context.Tokens.Count; k++)
        {
            if (with.Contains(context.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"President of Mali", "président du Niger", "the Malian president": the state the office is of.</summary>
    private static string? OfficeState(SentenceContext context, int office, int length)
    {
        var end = office + length - 1;
        if (end + 2 < context.Tokens.Count && context.Words(WordClasses.CoupIn).Contains(context.Tokens[end + 1])
            && context.GroupAfter(end + 1, RuleSupport.State, maxGap: 1) is [var of, ..])
        {
            return of.ActorId;
        }

        return context.Mentions.FirstOrDefault(m => RuleSupport.State(m) && m.Type == MentionType.Demonym && m.Last == office - 1).ActorId;
    }

    /// <summary>"President Bazoum of Niger", "the Malian leader Assimi Goïta": the state named with the person.</summary>
    private static string? PersonsState(SentenceContext context, Mention person)
    {
        if (person.Last + 2 < context.Tokens.Count && context.Words(WordClasses.CoupIn).Contains(context.Tokens[person.Last + 1])
            && context.GroupAfter(person.Last + 1, RuleSupport.State, maxGap: 1) is [var of, ..])
        {
            return of.ActorId;
        }

        return context.Mentions.FirstOrDefault(m => RuleSupport.State(m) && m.Type == MentionType.Demonym && m.Last >= person.First - 3 && m.Last < person.First).ActorId;
    }

    /// <summary>
    /// "Alpha CONDE won the 2010 and 2015 presidential elections", "Bazoum Mohamed won a February 2021 presidential
    /// run-off": a person who won the presidential election is head of state from then.
    /// </summary>
    private static void Elected(SentenceContext context, ClaimSink sink)
    {
        var tokens = context.Tokens;
        var won = context.Words(WordClasses.OfficeWon);
        var election = context.Words(WordClasses.OfficeElection);
        foreach (var person in context.Mentions)
        {
            if (person.Kind != ActorKind.Person || person.Last + 1 >= tokens.Count || !won.Contains(tokens[person.Last + 1]))
            {
                continue;
            }

            var at = election.FindIn(tokens, person.Last + 2, Math.Min(tokens.Count, person.Last + 9));
            if (at < 0 || !RuleSupport.Asserted(context, person.Last + 1, out var hedged)
                || (PersonsState(context, person) ?? context.StateLedBy(person.ActorId) ?? context.MainSubject) is not { } state)
            {
                continue;
            }

            sink.Add(context, state, Predicate.HeadOfState, person.ActorId, Qualifiers.Empty,
                SentenceContext.TimeOf(context.NearestDate(person.Last + 1), change: true), context.TenseAt(person.Last + 1), hedged);
        }
    }

    /// <summary>The state named nearest to the person, within a few words.</summary>
    private static string? NearestState(SentenceContext context, Mention person)
    {
        Mention? best = null;
        var bestDistance = 9;
        foreach (var m in context.Mentions)
        {
            if (!RuleSupport.State(m))
            {
                continue;
            }

            var distance = m.First > person.Last ? m.First - person.Last : person.First - m.Last;
            if (distance < bestDistance)
            {
                best = m;
                bestDistance = distance;
            }
        }

        return best?.ActorId;
    }
}

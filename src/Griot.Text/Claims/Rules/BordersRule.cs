using System.Globalization;
using Griot.Core.Statements;
using Griot.Core.Time;
using Griot.Text.Language;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>borders</c>: "X borders A, B and C", "is bordered by", "its borders with", "shares a border with",
/// "X and Y share a border", "neighbouring X", and the count of "surrounded by seven countries" (a claim with
/// a <c>count</c> qualifier and no object).
/// </summary>
public sealed class BordersRule : IClaimRule
{
    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        foreach (var (index, length, values) in context.Words(WordClasses.Border).FindAll(context.Tokens))
        {
            // "on its borders from …": after a determiner, "borders" is the noun, not the verb.
            if (context.IsInsideMention(index) && !values.Has("pair-before") || values.Has("verb") && index > 0 && context.Words(WordClasses.Determiner).Contains(context.Tokens[index - 1])
                || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            var last = index + length - 1;
            var tense = context.TenseAt(index);
            var time = SentenceContext.TimeOf(context.NearestDate(index), change: false);
            var after = context.GroupAfter(last, RuleSupport.State, maxGap: 3);
            var before = context.AllBefore(index, RuleSupport.State);
            if (values.Has("pair"))
            {
                Pair(context, sink, after, time, tense, hedged);
                continue;
            }

            // "le Mali voisin": the neighbour named before the word, neighbour of the document's state.
            if (values.Has("after-state"))
            {
                if (context.Mentions.FirstOrDefault(m => RuleSupport.State(m) && m.Last == index - 1) is { ActorId: not null } before1
                    && context.MainSubject is { } main1 && main1 != before1.ActorId)
                {
                    sink.Add(context, main1, Predicate.Borders, before1.ActorId, Qualifiers.Empty, time, tense, hedged);
                }

                continue;
            }

            // "les deux pays voisins": the states named just before.
            if (values.Has("pair-before"))
            {
                // "le Niger et le Mali partagent une frontière": the group that is the verb's subject.
                var group = context.SubjectGroupBefore(index, RuleSupport.State);
                if (group.Count >= 2 && index - group[^1].Last <= 3)
                {
                    Pair(context, sink, group, time, tense, hedged);
                    continue;
                }

                // "les deux pays voisins": the group "les deux pays" stands for them.
                Pair(context, sink, context.Mentions.Where(m => RuleSupport.State(m) && m.Last < last && index - m.Last <= 2 && m.First < index + 1).ToList(), time, tense, hedged);
                continue;
            }

            // "Frontalier de l'Algérie et du Mali, le pays …", "Bordered by Niger and Chad, Nigeria …": the words open the
            // sentence, the neighbours come before the comma, the subject right after it.
            if (Fronted(context, index, last) is { } fronted)
            {
                foreach (var neighbour in fronted.Neighbours.Where(a => a.ActorId != fronted.Subject.ActorId))
                {
                    sink.Add(context, fronted.Subject.ActorId, Predicate.Borders, neighbour.ActorId, Qualifiers.Empty, time, tense, hedged);
                }

                continue;
            }

            var neighbouring = values.Has("neighbouring");
            // A city does not border: "négocie avec Abuja la réouverture de sa frontière avec le Nigeria" is Niger's.
            var subject = context.SubjectBefore(index, m => RuleSupport.State(m) && m.Type != Reading.MentionType.Capital);

            // A subject found after the words (cataphora) that is one of the neighbours listed is no subject.
            if (subject is { } cataphoric && cataphoric.First > index && after.Exists(a => a.First == cataphoric.First))
            {
                subject = null;
            }

            // "signed in Doha with groups based in neighbouring Libya": a city named before is no neighbour's subject.
            if (neighbouring && subject is { Type: Reading.MentionType.Capital })
            {
                subject = null;
            }

            // "based in neighbouring Libya", "security along the frontiers with neighbouring Senegal, Mali and Niger",
            // in a text about Mauritania: neighbours of the document's state, where no state is named before.
            if (subject is null && after.Count > 0 && context.MainSubject is { } main && after.TrueForAll(a => a.ActorId != main)
                && context.Mentions.TrueForAll(m => m.Kind != Core.Actors.ActorKind.State || m.Type == Reading.MentionType.Capital || m.First > index))
            {
                foreach (var neighbour in after)
                {
                    sink.Add(context, main, Predicate.Borders, neighbour.ActorId, Qualifiers.Empty, time, tense, hedged);
                }

                continue;
            }

            if (subject is null && after.Count > 0 && neighbouring)
            {
                continue;
            }

            if (subject is { } s && after.Count > 0)
            {
                foreach (var neighbour in after.Where(a => a.ActorId != s.ActorId))
                {
                    sink.Add(context, s.ActorId, Predicate.Borders, neighbour.ActorId, Qualifiers.Empty, time, tense, hedged);
                }

                // "shares borders with seven countries: Algeria, …": the count as well as the list.
                if (CountAfter(context, last) is { } listed)
                {
                    sink.Add(context, s.ActorId, Predicate.Borders, null, Qualifiers.Of(("count", listed.ToString(CultureInfo.InvariantCulture))), time, tense, hedged);
                }
            }
            else if (after.Count == 0 && before.Count >= 2 && !neighbouring)
            {
                Pair(context, sink, before, time, tense, hedged);
            }
            else if (after.Count == 0 && CountAfter(context, last) is { } count && (context.FrontedSubject(index, RuleSupport.State)?.ActorId ?? subject?.ActorId ?? context.MainSubject) is { } counted)
            {
                sink.Add(context, counted, Predicate.Borders, null, Qualifiers.Of(("count", count.ToString(CultureInfo.InvariantCulture))), time, tense, hedged);
            }
        }

        CountBefore(context, sink);
        Appositions(context, sink);
        NeighboursListed(context, sink);
        BorderAdjectives(context, sink);
    }

    /// <summary>
    /// "aux frontières camerounaise et nigérienne" (in a sentence on Chad), "the Algerian and Libyan borders": the states
    /// whose names qualify the border share it with the one spoken of; "entre les frontières malienne, nigérienne et
    /// voltaïque": with each other.
    /// </summary>
    private static void BorderAdjectives(SentenceContext context, ClaimSink sink)
    {
        var tokens = context.Tokens;
        var after = context.Language.Has("adjectives-after-noun");
        foreach (var (index, length, _) in context.Words(WordClasses.BorderNoun).FindAll(tokens))
        {
            // Demonyms joined as one list right after the noun where adjectives follow it, else the ones a few words
            // before it; each a word of its own ("franco-anglaise" names no border of the text's state).
            var named = after
                ? context.GroupAfter(index + length - 1, m => m.Type == Reading.MentionType.Demonym && RuleSupport.State(m), maxGap: 0)
                : context.Mentions.Where(m => m.Type == Reading.MentionType.Demonym && RuleSupport.State(m) && m.Last < index && m.Last >= index - 5).ToList();
            named.RemoveAll(m => tokens[m.First].Norm.Contains('-', StringComparison.Ordinal));
            if (named.Count == 0 || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            var time = SentenceContext.TimeOf(context.NearestDate(index), change: false);
            if (context.Words(WordClasses.BorderPairBefore).FindIn(tokens, index - 2, index) >= 0)
            {
                Pair(context, sink, named, time, context.TenseAt(index), hedged);
                continue;
            }

            // "un soldat français … près de la frontière soudanaise": a state named by a demonym is no owner of the border.
            var owner = context.SubjectBefore(index, m => RuleSupport.State(m) && m.Type is not (Reading.MentionType.Capital or Reading.MentionType.Demonym) && !named.Exists(n => n.ActorId == m.ActorId))?.ActorId
                ?? context.MainSubject;
            foreach (var neighbour in named.Where(n => n.ActorId != owner))
            {
                if (owner is not null)
                {
                    sink.Add(context, owner, Predicate.Borders, neighbour.ActorId, Qualifiers.Empty, time, context.TenseAt(index), hedged);
                }
            }
        }
    }

    /// <summary>
    /// "nombre de ses voisins comme la Côte d'Ivoire, la Guinée", "its neighbours, including Mali and Niger", "ses voisins
    /// du sud, à commencer par le Sénégal": the states listed after the words for its neighbours border the one spoken of.
    /// </summary>
    private static void NeighboursListed(SentenceContext context, ClaimSink sink)
    {
        var tokens = context.Tokens;
        foreach (var (index, length, _) in context.Words(WordClasses.Neighbours).FindAll(tokens))
        {
            var listed = RuleSupport.ListedNeighbours(context, index + length);
            var owner = context.SubjectBefore(index, m => RuleSupport.State(m) && m.Type != Reading.MentionType.Capital)?.ActorId ?? context.MainSubject;
            if (listed.Count == 0 || owner is null || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            var time = SentenceContext.TimeOf(context.NearestDate(index), change: false);
            foreach (var neighbour in listed)
            {
                if (neighbour.ActorId != owner)
                {
                    sink.Add(context, owner, Predicate.Borders, neighbour.ActorId, Qualifiers.Empty, time, context.TenseAt(index), hedged);
                }
            }
        }
    }

    /// <summary>
    /// "would never turn its back on Mali, its eastern neighbour", "le Mali, son voisin du nord": a state set beside
    /// "its neighbour" borders the one the clause is about.
    /// </summary>
    private static void Appositions(SentenceContext context, ClaimSink sink)
    {
        var tokens = context.Tokens;
        var neighbours = context.Words(WordClasses.BorderNeighbours);
        if (!neighbours.Phrases.MayBeIn(tokens))
        {
            return;
        }

        for (var k = 3; k < tokens.Count; k++)
        {
            if (neighbours.Contains(tokens[k]) && Apposed(context, k) is { } neighbour && RuleSupport.Asserted(context, k, out var hedged))
            {
                var subject = context.SubjectBefore(neighbour.First, m => RuleSupport.State(m) && m.Type != MentionType.Anaphor && m.ActorId != neighbour.ActorId)?.ActorId ?? context.MainSubject;
                if (subject is not null && subject != neighbour.ActorId)
                {
                    sink.Add(context, subject, Predicate.Borders, neighbour.ActorId, Qualifiers.Empty, (ValidityInterval.Always, null), context.TenseAt(k), hedged);
                }
            }
        }
    }

    /// <summary>The state set beside "its neighbour" at <paramref name="noun"/>: "Mali, its eastern neighbour".</summary>
    private static Mention? Apposed(SentenceContext context, int noun)
    {
        // Up to two words between the possessive and the noun ("its eastern", "son grand").
        for (var p = noun - 1; p >= Math.Max(2, noun - 3); p--)
        {
            foreach (var m in context.Mentions)
            {
                if (m.First != p || m.Last != p || m.Type != MentionType.Anaphor)
                {
                    continue;
                }

                if (!context.Tokens[p - 1].Is(","))
                {
                    return null;
                }

                foreach (var named in context.Mentions)
                {
                    if (RuleSupport.State(named) && named.Type != MentionType.Anaphor && named.Last == p - 2 && named.ActorId is not null)
                    {
                        return named;
                    }
                }

                return null;
            }
        }

        return null;
    }

    private static void Pair(SentenceContext context, ClaimSink sink, List<Mention> states, (ValidityInterval, PartialDate?) time, Tense tense, bool hedged)
    {
        if (states.Count == 2 && states[0].ActorId != states[1].ActorId)
        {
            sink.Add(context, states[0].ActorId, Predicate.Borders, states[1].ActorId, Qualifiers.Empty, time, tense, hedged);
        }
    }

    private static (Mention Subject, List<Mention> Neighbours)? Fronted(SentenceContext context, int index, int last)
    {
        var comma = context.FrontedEnd(index);
        var neighbours = context.Mentions.Where(m => RuleSupport.State(m) && m.First > last && m.Last < comma).ToList();
        return context.FrontedSubject(index, RuleSupport.State) is { } subject && neighbours.Count > 0 ? (subject, neighbours) : null;
    }

    /// <summary>"surrounded by seven countries", "bordered by 7 states".</summary>
    private static int? CountAfter(SentenceContext context, int last)
    {
        var k = last + 1;
        if (k + 1 < context.Tokens.Count && NumberAt(context, k) is { } n && context.Words(WordClasses.BorderCounted).Contains(context.Tokens[k + 1]))
        {
            return n;
        }

        return null;
    }

    /// <summary>"has seven neighbours", "borders seven countries" (numbers before the noun, no trigger after).</summary>
    private static void CountBefore(SentenceContext context, ClaimSink sink)
    {
        var tokens = context.Tokens;
        var neighbours = context.Words(WordClasses.BorderNeighbours);
        var has = context.Words(WordClasses.BorderHas);
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            if (!neighbours.Contains(tokens[k + 1]) || NumberAt(context, k) is not { } n || !has.Contains(tokens[k - 1]))
            {
                continue;
            }

            if ((context.SubjectBefore(k, RuleSupport.State)?.ActorId ?? context.MainSubject) is { } subject && RuleSupport.Asserted(context, k, out var hedged))
            {
                sink.Add(context, subject, Predicate.Borders, null, Qualifiers.Of(("count", n.ToString(CultureInfo.InvariantCulture))),
                    (ValidityInterval.Always, null), context.TenseAt(k), hedged);
            }
        }
    }

    private static int? NumberAt(SentenceContext context, int k)
    {
        var token = context.Tokens[k];
        if (context.Words(WordClasses.Number).TryMatch(context.Tokens, k, out var values, out var length) && length == 1)
        {
            return values.Int("value");
        }

        return token.Kind == TokenKind.Number && int.TryParse(token.Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is > 0 and < 30 ? d : null;
    }
}

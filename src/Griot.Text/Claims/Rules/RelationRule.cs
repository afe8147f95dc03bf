using Griot.Core.Actors;
using Griot.Core;
using Griot.Core.Statements;
using Griot.Text.Language;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>relation</c>: a stance from a graded lexicon around a relation noun ("very good relations with",
/// "an ambivalent relationship with", "relations between X and Y were tense", "des relations tendues"), a
/// stance verb ("broke off diplomatic relations with", "an ally of"), and a trend ("got a lot better after
/// 2002", "deteriorated").
/// </summary>
public sealed class RelationRule : IClaimRule
{
    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        var tokens = context.Tokens;
        var verbs = context.Words(WordClasses.RelationVerb);
        var nouns = context.Words(WordClasses.RelationNoun);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (verbs.TryMatch(tokens, i, out var verb, out var verbLength) && !context.IsInsideMention(i))
            {
                var subjects = context.SubjectGroupBefore(i, RuleSupport.State);
                var others = context.GroupAfter(i + verbLength - 1, RuleSupport.State, maxGap: 2);
                var verbStance = StanceOf(verb);
                Trend? verbTrend = VocabularyNames.TryParse<Trend>(verb.Get("trend"), out var t) ? t : null;

                // "has increasingly allied with Russia": a stance that grows is a trend too.
                if (verbTrend is null && verbStance is { } grown && context.Words(WordClasses.TrendIncreasing).FindIn(tokens, i - 3, i) >= 0)
                {
                    verbTrend = grown.Score() > 0 ? Trend.Improving : Trend.Worsening;
                }
                if (subjects.Count == 0 && RuleSupport.LeaderState(context, i) is { } led)
                {
                    subjects = [led];
                }

                // "began normalizing relations with its neighbours": each state it is known to border.
                var withNeighbours = context.Words(WordClasses.Neighbours).StartsAt(tokens, i + verbLength);
                if (subjects.Count == 0 && context.MainSubject is { } mainSubject && withNeighbours)
                {
                    subjects = [new Mention(i, i, mainSubject, ActorKind.State, MentionType.Anaphor)];
                }

                if (subjects.Count > 0 && (verbStance is not null || verbTrend is not null) && RuleSupport.Asserted(context, i, out var hedged))
                {
                    foreach (var subject in subjects)
                    {
                        var withWhom = withNeighbours && context.Neighbours.TryGetValue(subject.ActorId, out var neighbours)
                            ? Neighbours(context, neighbours, i + verbLength)
                            : others;
                        Add(context, sink, subject.ActorId, withWhom, verbStance, verbTrend, i, hedged);
                    }
                }

                i += verbLength - 1;
                continue;
            }

            if (!nouns.TryMatch(tokens, i, out var noun, out _) || context.IsInsideMention(i))
            {
                continue;
            }

            // "tensions in northern Mali": within a state, not between two.
            if (i + 1 < tokens.Count && context.Words(WordClasses.PresenceHost).Contains(tokens[i + 1]) && !context.Words(WordClasses.RelationWith).Contains(tokens[i + 1])
                && context.GroupAfter(i + 1, RuleSupport.State, maxGap: 2).Count > 0)
            {
                continue;
            }

            var stance = StanceBefore(context, i, noun) ?? StanceAfter(context, i);
            var trend = TrendAround(context, i);
            if (stance is null && trend is null)
            {
                continue;
            }

            if (!RuleSupport.Asserted(context, i, out var h))
            {
                continue;
            }

            var (first, partners) = Parties(context, i);
            foreach (var subject in first)
            {
                Add(context, sink, subject, partners, stance, trend, i, h);
            }
        }
    }

    private static (List<string> First, List<Mention> Others) Parties(SentenceContext context, int noun)
    {
        var tokens = context.Tokens;

        // "la relation bilatérale entre la France et le Burkina Faso": modifiers may stand before "between".
        var between = noun + 1;
        var modifiers = context.Words(WordClasses.RelationModifier);
        while (between < tokens.Count && between < noun + 3 && modifiers.Contains(tokens[between]))
        {
            between++;
        }

        if (between < tokens.Count && context.Words(WordClasses.RelationBetween).Contains(tokens[between]))
        {
            var pair = context.GroupAfter(between, RuleSupport.State, maxGap: 2);
            return pair.Count >= 2 ? ([pair[0].ActorId], pair.Skip(1).ToList()) : ([], []);
        }

        // "les relations franco-maliennes", "la relation bilatérale franco-ivoirienne": one word after the noun names both.
        for (var k = noun + 1; k <= Math.Min(between, tokens.Count - 1); k++)
        {
            if (context.Mentions.Where(m => m.First == k && m.Last == k && RuleSupport.State(m)).ToList() is [var one, var other, ..])
            {
                return ([one.ActorId], [other]);
            }
        }

        var subjects = context.SubjectGroupBefore(noun, RuleSupport.State);
        var with = RuleSupport.FindAhead(context, noun + 1, 4, WordClasses.RelationWith);

        // "a close partner of Chad", "un allié de la Russie": a noun that names one party says the other after "of".
        if (with < 0 && RuleSupport.FindAhead(context, noun + 1, context.Language.Has("adjectives-after-noun") ? 3 : 1, WordClasses.RelationOf) is var ofWord and >= 0
            && context.Words(WordClasses.RelationNoun).TryMatch(tokens, noun, out var nounValues, out _) && (nounValues.Has("strategic") || nounValues.Get("stance") is not null))
        {
            with = ofWord;
        }
        var others = with < 0 ? [] : context.GroupAfter(with, RuleSupport.State, maxGap: 6);

        // "Relations with France, Niger's former colonial ruler, remain hostile": a state with "'s" in an aside is no partner.
        others.RemoveAll(m => m.Last + 1 < tokens.Count && tokens[m.Last + 1].Is("'s") && others.Count > 1);

        // "Senegal enjoys mostly cordial relations with its neighbours": each state it is known to border.
        if (with >= 0 && context.Words(WordClasses.Neighbours).StartsAt(tokens, with + 1))
        {
            var of = subjects.Count == 1 ? subjects[0].ActorId : subjects.Count == 0 ? context.MainSubject : null;
            if (of is not null && context.Neighbours.TryGetValue(of, out var neighbours))
            {
                return ([of], Neighbours(context, neighbours, with + 1));
            }
        }
        if (others.Count == 0)
        {
            // "Mali and Algeria have close ties", "Franco-Malian relations": two states before the noun.
            var before = context.AllBefore(noun, RuleSupport.State);
            if (before.Count == 2)
            {
                return ([before[0].ActorId], [before[1]]);
            }

            // "…, but relations turned hostile in 2023": the pair the sentence named before.
            var sentence = context.AllBefore(noun, RuleSupport.State, wholeSentence: true).DistinctBy(m => m.ActorId).ToList();
            if (before.Count == 0 && sentence.Count == 2)
            {
                return ([sentence[0].ActorId], [sentence[1]]);
            }
        }

        // "En visite à Bamako, le ministre russe a salué des relations amicales avec le Mali": the place the subject is
        // at is not the subject when it is the partner.
        if (others.Count > 0 && subjects.Count > 0 && subjects.TrueForAll(m => m.Type == MentionType.Capital && others.Exists(o => o.ActorId == m.ActorId)))
        {
            subjects = [];
        }

        // "le régime du général Tchiani … relations avec Moscou", "le ministre russe a salué des relations amicales
        // avec le Mali": the state of the leader, or of the official, named before.
        if (subjects.Count == 0 && others.Count > 0)
        {
            var demonyms = context.AllBefore(noun, m => RuleSupport.State(m) && m.Type == MentionType.Demonym && !others.Exists(o => o.ActorId == m.ActorId));
            var speaker = RuleSupport.LeaderState(context, noun) ?? (demonyms.Count > 0 ? demonyms[^1] : null);
            if (speaker is { } found && !others.Exists(o => o.ActorId == found.ActorId))
            {
                return ([found.ActorId], others);
            }
        }

        // "In recent times, relations have been strained", in "Chad–Sudan relations": the pair the title names.
        if (subjects.Count == 0 && others.Count == 0 && context.TitlePair is var (titleFirst, titleSecond))
        {
            return ([titleFirst], [new Mention(noun, noun, titleSecond, ActorKind.State, MentionType.Anaphor)]);
        }

        // "Les relations avec Alger sont hostiles", in a text about Mali: the document's state.
        if (subjects.Count == 0 && others.Count > 0 && context.MainSubject is { } main && !others.Exists(o => o.ActorId == main))
        {
            return ([main], others);
        }

        return (subjects.Select(s => s.ActorId).ToList(), others);
    }

    /// <summary>Each known neighbour as a mention at the words "its neighbours", or only those listed after them ("its neighbours, including Senegal and Mali").</summary>
    private static List<Mention> Neighbours(SentenceContext context, IReadOnlyList<string> neighbours, int at)
    {
        var phraseEnd = context.Words(WordClasses.Neighbours).TryMatch(context.Tokens, at, out _, out var length) ? at + length : at;
        if (RuleSupport.ListedNeighbours(context, phraseEnd) is { Count: > 0 } listed)
        {
            return listed;
        }

        var mentions = new List<Mention>(neighbours.Count);
        foreach (var n in neighbours)
        {
            mentions.Add(new Mention(at, at, n, ActorKind.State, MentionType.Anaphor));
        }

        return mentions;
    }

    private static void Add(SentenceContext context, ClaimSink sink, string subject, List<Mention> others, Stance? stance, Trend? trend, int at, bool hedged)
    {
        var qualifiers = Qualifiers.Empty;
        if (stance is { } s)
        {
            qualifiers = qualifiers.With("stance", VocabularyNames.ToName(s));
        }

        if (trend is { } t)
        {
            qualifiers = qualifiers.With("trend", VocabularyNames.ToName(t));
        }

        var time = SentenceContext.TimeOf(context.NearestDate(at), change: trend is not null);
        foreach (var other in others.Select(o => o.ActorId).Distinct(StringComparer.Ordinal))
        {
            sink.Add(context, subject, Predicate.Relation, other, qualifiers, time, context.TenseAt(at), hedged);
        }
    }

    private static Stance? StanceOf(LexValues values, string name = "value") =>
        VocabularyNames.TryParse<Stance>(values.Get(name), out var stance) ? stance : null;

    private static Stance? StanceBefore(SentenceContext context, int noun, LexValues nounValues)
    {
        var tokens = context.Tokens;
        var stances = context.Words(WordClasses.Stance);
        var modifiers = context.Words(WordClasses.RelationModifier);
        for (var k = noun - 1; k >= Math.Max(0, noun - 5); k--)
        {
            if (stances.TryMatch(tokens, k, out var values, out var length) && k + length <= noun)
            {
                // "good" after "not" or "less than" is no praise.
                return k > 0 && context.Words(WordClasses.StanceNegator).Contains(tokens[k - 1]) ? null : StanceOf(values);
            }

            // "a strategic partnership" is friendly, "a strategic alliance" allied.
            if (context.Words(WordClasses.StanceStrategic).Contains(tokens[k]) && nounValues.Has("strategic"))
            {
                return StanceOf(nounValues, "stance") == Stance.Allied ? Stance.Allied : Stance.Friendly;
            }

            if (!modifiers.Contains(tokens[k]) && tokens[k].Kind != TokenKind.Punctuation)
            {
                break;
            }
        }

        // "des relations tendues", "des liens très étroits": the stance after the noun, where the language puts adjectives there.
        if (context.Language.Has("adjectives-after-noun"))
        {
            for (var k = noun + 1; k < Math.Min(tokens.Count, noun + 4); k++)
            {
                if (stances.TryMatch(tokens, k, out var after, out _))
                {
                    return context.Words(WordClasses.StanceNegator).Contains(tokens[k - 1]) ? null : StanceOf(after);
                }

                if (!modifiers.Contains(tokens[k]))
                {
                    break;
                }
            }
        }

        return StanceOf(nounValues, "stance");
    }

    private static Stance? StanceAfter(SentenceContext context, int noun)
    {
        // "relations between X and Y were tense", "ties with France remain strong"
        var tokens = context.Tokens;
        var stances = context.Words(WordClasses.Stance);
        var modifiers = context.Words(WordClasses.RelationModifier);
        var copulas = context.Words(WordClasses.Copula);
        // Names count as one word each ("entre le Niger et la Côte d'Ivoire sont"), within the clause.
        var reach = 8;
        foreach (var m in context.Mentions)
        {
            if (m.First > noun && m.Last < noun + 16)
            {
                reach += m.Last - m.First;
            }
        }

        for (var k = noun + 1; k < Math.Min(context.ClauseEnd(noun), noun + 1 + reach); k++)
        {
            if (!copulas.Contains(tokens[k]))
            {
                continue;
            }

            for (var j = k + 1; j < Math.Min(tokens.Count, k + 5); j++)
            {
                if (stances.TryMatch(tokens, j, out var values, out _))
                {
                    return context.Words(WordClasses.StanceNegator).Contains(tokens[j - 1]) ? null : StanceOf(values);
                }

                if (!modifiers.Contains(tokens[j]))
                {
                    break;
                }
            }
        }

        return null;
    }

    private static Trend? TrendAround(SentenceContext context, int noun)
    {
        var tokens = context.Tokens;
        var trends = context.Words(WordClasses.Trend);
        var from = Math.Max(context.ClauseStart(noun), noun - 3);
        var to = Math.Min(context.ClauseEnd(noun), noun + 12);
        for (var k = from; k < to; k++)
        {
            if (k == noun || context.IsInsideMention(k) || !trends.TryMatch(tokens, k, out var values, out _))
            {
                continue;
            }

            // A stance adjective such as "stronger" or "better" before the noun is a stance, not a trend,
            // unless a verb of change goes with it ("grew stronger").
            if (k < noun && context.Words(WordClasses.TrendComparative).Contains(tokens[k]) && !(k > 0 && context.Words(WordClasses.TrendChange).Contains(tokens[k - 1])))
            {
                continue;
            }

            return k > 0 && context.Words(WordClasses.Negation).Contains(tokens[k - 1]) ? null
                : VocabularyNames.TryParse<Trend>(values.Get("value"), out var trend) ? trend : null;
        }

        return null;
    }
}

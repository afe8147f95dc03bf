using Griot.Core.Statements;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>relation</c>: a stance from a graded lexicon around a relation noun ("very good relations with",
/// "an ambivalent relationship with", "relations between X and Y were tense"), a stance verb ("broke off
/// diplomatic relations with", "an ally of"), and a trend ("got a lot better after 2002", "deteriorated").
/// </summary>
public sealed class RelationRule : IClaimRule
{
    private static readonly Dictionary<string, Stance> Adjectives = new(StringComparer.Ordinal)
    {
        ["excellent"] = Stance.Friendly, ["good"] = Stance.Friendly, ["close"] = Stance.Friendly, ["closer"] = Stance.Friendly,
        ["strong"] = Stance.Friendly, ["stronger"] = Stance.Friendly, ["warm"] = Stance.Friendly, ["friendly"] = Stance.Friendly,
        ["solid"] = Stance.Friendly, ["deep"] = Stance.Friendly, ["fraternal"] = Stance.Friendly, ["brotherly"] = Stance.Friendly,
        ["privileged"] = Stance.Friendly, ["special"] = Stance.Friendly, ["robust"] = Stance.Friendly, ["positive"] = Stance.Friendly,
        ["closest"] = Stance.Friendly, ["strongest"] = Stance.Friendly, ["best"] = Stance.Friendly, ["warmest"] = Stance.Friendly,
        ["trusted"] = Stance.Friendly, ["reliable"] = Stance.Friendly, ["key"] = Stance.Friendly, ["major"] = Stance.Friendly,
        ["warming"] = Stance.Friendly, ["tight"] = Stance.Friendly, ["intimate"] = Stance.Friendly,
        ["tenuous"] = Stance.Strained, ["lukewarm"] = Stance.Neutral,
        ["frozen"] = Stance.Strained, ["chilly"] = Stance.Strained, ["sour"] = Stance.Strained, ["soured"] = Stance.Strained,
        ["cordial"] = Stance.Cordial, ["correct"] = Stance.Cordial, ["normal"] = Stance.Cordial, ["working"] = Stance.Cordial,
        ["decent"] = Stance.Cordial, ["pragmatic"] = Stance.Cordial, ["constructive"] = Stance.Cordial, ["stable"] = Stance.Cordial,
        ["neutral"] = Stance.Neutral, ["limited"] = Stance.Neutral, ["distant"] = Stance.Neutral,
        ["ambivalent"] = Stance.Ambivalent, ["mixed"] = Stance.Ambivalent, ["complicated"] = Stance.Ambivalent,
        ["complex"] = Stance.Ambivalent, ["ambiguous"] = Stance.Ambivalent, ["uneasy"] = Stance.Ambivalent,
        ["love-hate"] = Stance.Ambivalent, ["checkered"] = Stance.Ambivalent, ["chequered"] = Stance.Ambivalent,
        ["tense"] = Stance.Strained, ["strained"] = Stance.Strained, ["difficult"] = Stance.Strained, ["frosty"] = Stance.Strained,
        ["cool"] = Stance.Strained, ["cold"] = Stance.Strained, ["troubled"] = Stance.Strained, ["rocky"] = Stance.Strained,
        ["poor"] = Stance.Strained, ["bad"] = Stance.Strained, ["icy"] = Stance.Strained, ["fraught"] = Stance.Strained,
        ["turbulent"] = Stance.Strained, ["stormy"] = Stance.Strained, ["testy"] = Stance.Strained, ["fractious"] = Stance.Strained,
        ["hostile"] = Stance.Hostile, ["bitter"] = Stance.Hostile, ["acrimonious"] = Stance.Hostile, ["antagonistic"] = Stance.Hostile,
        ["adversarial"] = Stance.Hostile, ["confrontational"] = Stance.Hostile,
        ["severed"] = Stance.Severed, ["broken"] = Stance.Severed, ["suspended"] = Stance.Severed,
    };

    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "relations", "relationship", "relationships", "ties", "partnership", "partnerships", "alliance", "friendship",
        "rapport", "cooperation", "co-operation", "links", "relation", "terms", "stance", "attitude", "posture",
        "allies", "ally", "partners", "partner", "friends", "friend", "rivals", "rival", "enemies", "enemy", "foes", "adversaries",
        "adversary", "tensions", "tension", "dispute", "feud", "rift", "row", "standoff", "hostility", "animosity", "rivalry",
    };

    // Words that may stand between a stance adjective and its noun ("very good diplomatic relations").
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "very", "extremely", "increasingly", "generally", "long-standing", "longstanding", "historic", "historical",
        "historically", "diplomatic", "bilateral", "political", "economic", "military", "traditionally", "particularly",
        "especially", "quite", "rather", "relatively", "fairly", "largely", "mostly", "overall", "security", "and",
        "defence", "defense", "trade", "deeply", "remarkably", "notably", "often", "sometimes", "always", "long",
    };

    private static readonly PhraseTable<Stance> Verbs = new PhraseTable<Stance>()
        .Add(Stance.Severed, "broke off relations with", "broke off diplomatic relations with", "broke off ties with",
            "broke off diplomatic ties with", "severed relations with", "severed diplomatic relations with", "severed ties with",
            "severed diplomatic ties with", "cut ties with", "cut diplomatic ties with", "cut off diplomatic relations with",
            "cut diplomatic relations with", "broke diplomatic relations with", "ruptured relations with",
            "suspended diplomatic relations with", "suspended relations with", "broken off relations with",
            "broken off diplomatic relations with", "cuts ties with", "severs ties with", "severs diplomatic relations with")
        .Add(Stance.Cordial, "restored relations with", "restored diplomatic relations with", "re-established relations with",
            "re-established diplomatic relations with", "reestablished diplomatic relations with", "normalised relations with",
            "normalized relations with", "resumed diplomatic relations with", "resumed relations with", "restored ties with")
        .Add(Stance.Allied, "allied with", "an ally of", "ally of", "allies of", "a close ally of", "key ally of", "allied to",
            "a defence pact with", "a defense pact with", "a mutual defence pact with", "a mutual defense pact with",
            "a military alliance with", "an alliance with", "a strategic alliance with", "mutual defence pact with")
        .Add(Stance.Hostile, "at war with", "went to war with", "fought a war with", "fought a border war with",
            "a border war with", "hostile to", "hostile towards", "expelled the ambassador of", "a war with");

    private static readonly PhraseTable<Trend> Trends = new PhraseTable<Trend>()
        .Add(Trend.Improving, "improved", "improve", "improves", "improving", "got better", "get better", "gets better",
            "got a lot better", "got much better", "grew stronger", "grown stronger", "became stronger", "become stronger",
            "grew closer", "grown closer", "strengthened", "warmed", "deepened", "better", "improvement", "rapprochement",
            "thawed", "thaw", "have improved", "has improved", "stronger")
        .Add(Trend.Worsening, "deteriorated", "deteriorate", "deteriorating", "deterioration", "worsened", "worsening", "soured",
            "broke down", "broken down", "cooled", "got worse", "declined", "frayed", "went sour", "sank", "plummeted",
            "hit a low", "worse", "collapsed", "broke down", "nosedived", "unravelled", "unraveled", "chilled", "cooling",
            "downturn", "crisis")
        .Add(Trend.Stable, "remained stable", "remain stable", "remains stable", "stayed stable", "unchanged", "steady");

    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal)
    {
        "are", "were", "is", "was", "remain", "remained", "remains", "been", "became", "become", "grew", "grown", "turned",
        "stayed", "stay", "seem", "seemed", "appear", "appeared", "looked",
    };

    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Verbs.TryMatch(tokens, i, out var verbStance, out var verbLength) && !context.IsInsideMention(i))
            {
                var subject = context.SubjectBefore(i, RuleSupport.State);
                var others = context.GroupAfter(i + verbLength - 1, RuleSupport.State, maxGap: 2);
                if (subject is { } s && RuleSupport.Asserted(context, i, out var hedged))
                {
                    Add(context, sink, s.ActorId, others, verbStance, null, i, hedged);
                }

                i += verbLength - 1;
                continue;
            }

            if (!Nouns.Contains(tokens[i].Norm) || context.IsInsideMention(i))
            {
                continue;
            }

            var stance = StanceBefore(tokens, i) ?? StanceAfter(tokens, i);
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
            if (first is not null)
            {
                Add(context, sink, first, partners, stance, trend, i, h);
            }
        }
    }

    private static (string? First, List<Mention> Others) Parties(SentenceContext context, int noun)
    {
        var tokens = context.Tokens;
        var next = noun + 1 < tokens.Count ? tokens[noun + 1].Norm : "";
        if (next is "between" or "among")
        {
            var pair = context.GroupAfter(noun + 1, RuleSupport.State, maxGap: 2);
            return pair.Count >= 2 ? (pair[0].ActorId, pair.Skip(1).ToList()) : (null, []);
        }

        var subject = context.SubjectBefore(noun, RuleSupport.State);
        var with = RuleSupport.FindAhead(context, noun + 1, 4, "with", "to", "towards", "toward", "avec");
        var others = with < 0 ? [] : context.GroupAfter(with, RuleSupport.State, maxGap: 2);
        if (others.Count == 0)
        {
            // "Mali and Algeria have close ties", "Franco-Malian relations": two states before the noun.
            var before = context.AllBefore(noun, RuleSupport.State);
            if (before.Count == 2)
            {
                return (before[0].ActorId, [before[1]]);
            }

            // "…, but relations turned hostile in 2023": the pair the sentence named before.
            var sentence = context.AllBefore(noun, RuleSupport.State, wholeSentence: true);
            if (before.Count == 0 && sentence.Count == 2)
            {
                return (sentence[0].ActorId, [sentence[1]]);
            }
        }

        return (subject?.ActorId, others);
    }

    private static void Add(SentenceContext context, ClaimSink sink, string subject, List<Mention> others, Stance? stance, Trend? trend, int at, bool hedged)
    {
        var qualifiers = Qualifiers.Empty;
        if (stance is { } s)
        {
            qualifiers = qualifiers.With("stance", Core.VocabularyNames.ToName(s));
        }

        if (trend is { } t)
        {
            qualifiers = qualifiers.With("trend", Core.VocabularyNames.ToName(t));
        }

        var time = SentenceContext.TimeOf(context.NearestDate(at), change: trend is not null);
        foreach (var other in others.Select(o => o.ActorId).Distinct(StringComparer.Ordinal))
        {
            sink.Add(context, subject, Predicate.Relation, other, qualifiers, time, context.TenseAt(at), hedged);
        }
    }

    private static Stance? StanceBefore(List<Token> tokens, int noun)
    {
        for (var k = noun - 1; k >= Math.Max(0, noun - 5); k--)
        {
            var norm = tokens[k].Norm;
            if (Adjectives.TryGetValue(norm, out var stance))
            {
                // "good" after "not" or "less than" is no praise.
                return k > 0 && tokens[k - 1].Norm is "not" or "less" ? null : stance;
            }

            if (norm is "strategic" && tokens[noun].Norm is "partnership" or "partnerships" or "alliance" or "cooperation")
            {
                return tokens[noun].Norm == "alliance" ? Stance.Allied : Stance.Friendly;
            }

            if (!Modifiers.Contains(norm) && tokens[k].Kind != TokenKind.Punctuation)
            {
                return null;
            }
        }

        return tokens[noun].Norm switch
        {
            "alliance" or "allies" or "ally" => Stance.Allied,
            "rivals" or "rival" or "rivalry" or "tensions" or "tension" or "dispute" or "feud" or "rift" or "row" or "standoff" => Stance.Strained,
            "enemies" or "enemy" or "foes" or "adversaries" or "adversary" or "hostility" or "animosity" => Stance.Hostile,
            "friends" or "friend" or "friendship" => Stance.Friendly,
            _ => null,
        };
    }

    private static Stance? StanceAfter(List<Token> tokens, int noun)
    {
        // "relations between X and Y were tense", "ties with France remain strong"
        for (var k = noun + 1; k < Math.Min(tokens.Count, noun + 9); k++)
        {
            if (!Copulas.Contains(tokens[k].Norm))
            {
                continue;
            }

            for (var j = k + 1; j < Math.Min(tokens.Count, k + 4); j++)
            {
                if (Adjectives.TryGetValue(tokens[j].Norm, out var stance))
                {
                    return tokens[j - 1].Norm is "not" or "less" ? null : stance;
                }

                if (!Modifiers.Contains(tokens[j].Norm) && tokens[j].Norm is not ("been" or "very" or "so" or "more" or "increasingly"))
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
        var from = Math.Max(context.ClauseStart(noun), noun - 3);
        var to = Math.Min(context.ClauseEnd(noun), noun + 12);
        for (var k = from; k < to; k++)
        {
            if (k == noun || context.IsInsideMention(k) || !Trends.TryMatch(tokens, k, out var trend, out var length))
            {
                continue;
            }

            // A stance adjective such as "stronger" or "better" before the noun is a stance, not a trend,
            // unless a verb of change goes with it ("grew stronger").
            if (k < noun && tokens[k].Norm is "better" or "stronger" or "worse" && !(k > 0 && tokens[k - 1].Norm is "got" or "grew" or "became" or "gotten"))
            {
                continue;
            }

            return k > 0 && tokens[k - 1].Norm is "not" or "never" ? null : trend;
        }

        return null;
    }
}

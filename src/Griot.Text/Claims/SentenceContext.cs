using Griot.Core.Actors;
using Griot.Core.Time;
using Griot.Text.Reading;

namespace Griot.Text.Claims;

/// <summary>
/// One sentence as the claim rules see it: tokens, the actors and dates found in it, and the questions
/// the rules ask (where does this clause start, who is named before this word, is it negated).
/// </summary>
public sealed class SentenceContext
{
    private static readonly HashSet<string> ClauseBreakers = new(StringComparer.Ordinal)
    {
        "which", "who", "whom", "whose", "when", "where", "while", "whereas", "but", "although", "though", "because",
        ";", ":", "—", "unlike", "however", "whilst",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "n't", "never", "no", "neither", "nor", "without", "nothing", "none", "refused", "denied", "declined",
    };

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "may", "might", "could", "would", "will", "shall", "should", "must" };

    private static readonly HashSet<string> Intentions = new(StringComparer.Ordinal)
    {
        "plans", "plan", "planned", "planning", "wants", "want", "wanted", "hopes", "hope", "hoped", "seeks", "seek", "sought",
        "intends", "intend", "intended", "aims", "aim", "expected", "considering", "considers", "applied", "apply",
        "applies", "threatened", "threatens", "invited", "asked", "urged", "called", "calls", "proposed", "offered",
        "tried", "tries", "try", "attempted", "attempt", "attempts", "promised", "pledged", "vowed", "set",
    };

    private static readonly HashSet<string> HedgeWords = new(StringComparer.Ordinal)
    {
        "reportedly", "allegedly", "alleged", "purportedly", "supposedly", "possibly", "perhaps", "probably", "apparently",
        "rumoured", "rumored", "suspected", "presumably", "likely", "seemingly", "arguably",
    };

    public SentenceContext(string text, Sentence sentence, List<Token> tokens, List<Mention> mentions, List<DateExpression> dates, string? mainSubject)
    {
        Text = text;
        Sentence = sentence;
        Tokens = tokens;
        Mentions = mentions;
        Dates = dates;
        MainSubject = mainSubject;
    }

    public string Text { get; }

    public Sentence Sentence { get; }

    public List<Token> Tokens { get; }

    public List<Mention> Mentions { get; }

    public List<DateExpression> Dates { get; }

    public string? MainSubject { get; }

    public Evidence Evidence => new(Sentence.Start, Sentence.End, Sentence.TextOf(Text));

    private readonly HashSet<int> _consumed = [];

    /// <summary>Marks tokens a rule has read as one phrase, so that rules run later do not read them again.</summary>
    public void Consume(int first, int length)
    {
        for (var k = first; k < first + length; k++)
        {
            _consumed.Add(k);
        }
    }

    public bool Consumed(int token) => _consumed.Contains(token);

    public bool IsInsideMention(int token) => Mentions.Exists(m => m.First <= token && token <= m.Last);

    /// <summary>
    /// The first token of the clause holding <paramref name="token"/>: after a relative or subordinate word
    /// ("which", "when", "but"), or after the comma that closes such a clause ("Since 1960, when Mali gained
    /// its independence, its governments …").
    /// </summary>
    public int ClauseStart(int token)
    {
        var comma = -1;
        for (var k = token - 1; k >= 0; k--)
        {
            var norm = Tokens[k].Norm;
            if (norm == "," && comma < 0)
            {
                comma = k;
            }
            else if (ClauseBreakers.Contains(norm))
            {
                return comma > k ? comma + 1 : k + 1;
            }
        }

        return 0;
    }

    /// <summary>The token after the clause holding <paramref name="token"/> ends.</summary>
    public int ClauseEnd(int token)
    {
        for (var k = token + 1; k < Tokens.Count; k++)
        {
            if (ClauseBreakers.Contains(Tokens[k].Norm) && Tokens[k].Norm is not "when")
            {
                return k;
            }
        }

        return Tokens.Count;
    }

    public static bool IsState(Mention m) => m.Kind == ActorKind.State;

    public static bool IsOrganization(Mention m) => m.Kind == ActorKind.Organization;

    /// <summary>
    /// The subject of a clause for a word at <paramref name="trigger"/>: the first actor of a wanted kind in its
    /// clause before the word, else the first such actor earlier in the sentence.
    /// </summary>
    public Mention? SubjectBefore(int trigger, Func<Mention, bool> wanted)
    {
        var clause = ClauseStart(trigger);
        Mention? earlier = null;
        foreach (var m in Mentions)
        {
            if (m.Last >= trigger)
            {
                break;
            }

            if (!wanted(m))
            {
                continue;
            }

            if (m.First >= clause)
            {
                return m;
            }

            earlier ??= m;
        }

        return earlier;
    }

    /// <summary>
    /// The subject before <paramref name="trigger"/> with the actors coordinated with it ("Mali, Niger and
    /// Burkina Faso withdrew").
    /// </summary>
    public List<Mention> SubjectGroupBefore(int trigger, Func<Mention, bool> wanted)
    {
        if (SubjectBefore(trigger, wanted) is not { } first)
        {
            return [];
        }

        var group = new List<Mention> { first };
        foreach (var m in Mentions)
        {
            if (m.First <= group[^1].Last || m.Last >= trigger)
            {
                continue;
            }

            if (!wanted(m) || !OnlyListGlue(group[^1].Last + 1, m.First) || !HasCoordination(group[^1].Last + 1, m.First))
            {
                break;
            }

            group.Add(m);
        }

        return group;
    }

    private bool HasCoordination(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Tokens[k].Norm is "," or "and" or "&" or "or")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every actor of a wanted kind before <paramref name="trigger"/> in its clause.</summary>
    public List<Mention> AllBefore(int trigger, Func<Mention, bool> wanted, bool wholeSentence = false)
    {
        var clause = wholeSentence ? 0 : ClauseStart(trigger);
        return Mentions.Where(m => m.First >= clause && m.Last < trigger && wanted(m)).ToList();
    }

    /// <summary>
    /// The actors of a wanted kind after <paramref name="after"/> up to the end of the clause: the object of a
    /// phrase and those coordinated with it ("of WAEMU, ECOWAS and the African Union").
    /// </summary>
    public List<Mention> GroupAfter(int after, Func<Mention, bool> wanted, int maxGap = 6)
    {
        var end = ClauseEnd(after);
        var group = new List<Mention>();
        var cursor = after + 1;
        foreach (var m in Mentions)
        {
            if (m.First <= after || m.First >= end)
            {
                continue;
            }

            if (!wanted(m))
            {
                if (group.Count > 0)
                {
                    cursor = m.Last + 1;
                }

                continue;
            }

            if (group.Count == 0 ? m.First - cursor > maxGap && !(m.First - cursor <= 12 && Introduces(cursor, m.First)) : !OnlyListGlue(cursor, m.First))
            {
                break;
            }

            group.Add(m);
            cursor = m.Last + 1;
        }

        return group;
    }

    private static readonly HashSet<string> ListGlue = new(StringComparer.Ordinal)
    {
        ",", "and", "&", "or", "the", "as", "well", "also", "both", "including", "such", "like", "(", ")", "[", "]", "/",
        "then", "its", "their", "neighbouring", "neighboring", "fellow", "republic", "of", "to", "with", "in",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern", "southern",
        "eastern", "western", "at", "by", "south-east", "south-west", "north-east", "north-west", "far", "mainly",
    };

    /// <summary>"groups in its area, such as the African Union": words that bring in examples.</summary>
    private bool Introduces(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Tokens[k].Norm is "such" or "including" or "like" or "notably" or "namely" or "especially" or "particularly")
            {
                return true;
            }
        }

        return false;
    }

    private bool OnlyListGlue(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var t = Tokens[k];
            if (!ListGlue.Contains(t.Norm) && !t.AllCaps)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the claim at <paramref name="trigger"/> is denied ("has not joined", "never bordered").</summary>
    public bool Negated(int trigger, int window = 5)
    {
        var from = Math.Max(ClauseStart(trigger), trigger - window);
        for (var k = from; k < trigger; k++)
        {
            if (Negations.Contains(Tokens[k].Norm))
            {
                return true;
            }
        }

        // "no longer", "not any more" right after the verb.
        return trigger + 1 < Tokens.Count && Tokens[trigger + 1].Norm is "not" or "never";
    }

    /// <summary>
    /// How sure the sentence is of the claim at <paramref name="trigger"/>: a plan or a bare modal ("may join",
    /// "plans to leave") makes no claim; a modal perfect or a hedging word ("might have had something to do
    /// with", "reportedly") makes a hedged one.
    /// </summary>
    public Modality ModalityAt(int trigger)
    {
        var from = Math.Max(ClauseStart(trigger), trigger - 6);
        var hedged = false;
        for (var k = from; k < trigger; k++)
        {
            var norm = Tokens[k].Norm;
            if (Modals.Contains(norm))
            {
                if (k + 1 < Tokens.Count && Tokens[k + 1].Norm is "have" or "well" && (k + 2 >= Tokens.Count || Tokens[k + 2].Norm != "to"))
                {
                    hedged = true;
                }
                else if (trigger - k <= 3)
                {
                    return Modality.Unreal;
                }
            }
            else if (Intentions.Contains(norm) && k + 1 < Tokens.Count && Tokens[k + 1].Norm is "to" or "on" or "for" && trigger - k <= 4)
            {
                return Modality.Unreal;
            }
            else if (norm is "going" && k + 1 < Tokens.Count && Tokens[k + 1].Is("to"))
            {
                return Modality.Unreal;
            }
        }

        return hedged || HedgedSentence() ? Modality.Hedged : Modality.Asserted;
    }

    private bool? _hedgedSentence;

    private bool HedgedSentence()
    {
        if (_hedgedSentence is { } known)
        {
            return known;
        }

        var hedged = false;
        for (var k = 0; k < Tokens.Count && !hedged; k++)
        {
            var norm = Tokens[k].Norm;
            hedged = HedgeWords.Contains(norm)
                || (norm is "something" && k + 2 < Tokens.Count && Tokens[k + 1].Is("to") && Tokens[k + 2].Is("do"))
                || (norm is "is" or "are" or "was" or "were" && k + 2 < Tokens.Count && Tokens[k + 1].Norm is "believed" or "thought" or "said" or "rumoured" or "rumored" or "alleged" or "suspected" && Tokens[k + 2].Is("to"))
                || (norm is "seems" or "seemed" or "appears" or "appeared" && k + 1 < Tokens.Count && Tokens[k + 1].Is("to"));
        }

        _hedgedSentence = hedged;
        return hedged;
    }

    /// <summary>Present or past, from the verbs before <paramref name="trigger"/> in its clause.</summary>
    public Tense TenseAt(int trigger)
    {
        var from = ClauseStart(trigger);
        for (var k = Math.Min(trigger + 1, Tokens.Count - 1); k >= from; k--)
        {
            switch (Tokens[k].Norm)
            {
                case "is" or "are" or "has" or "have" or "remains" or "remain" or "includes" or "include" or "belongs"
                    or "borders" or "relies" or "depends" or "hosts" or "'s" or "am" or "now" or "currently" or "still":
                    return Tense.Present;
                case "had" when k > 0 && Tokens[k - 1].Norm is "has" or "have" or "'ve":
                    return Tense.Present;
                case "was" or "were" or "had" or "did" or "joined" or "left" or "became" or "relied" or "depended" or "formed"
                    or "founded" or "created" or "established" or "withdrew" or "quit" or "bordered" or "hosted" or "formerly" or "once":
                    return Tense.Past;
            }
        }

        return Tense.Unknown;
    }

    /// <summary>The date phrase nearest to <paramref name="trigger"/> in the sentence, preferring those in its clause.</summary>
    public DateExpression? NearestDate(int trigger)
    {
        DateExpression? best = null;
        var bestDistance = int.MaxValue;
        var clauseStart = ClauseStart(trigger);
        var clauseEnd = ClauseEnd(trigger);
        foreach (var d in Dates)
        {
            var distance = d.First > trigger ? d.First - trigger : trigger - d.Last;
            if (d.First < clauseStart || d.First >= clauseEnd)
            {
                distance += 20;
            }

            if (distance < bestDistance)
            {
                best = d;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// The interval and point a date phrase gives a claim: "since 1960" starts it, "until 2022" ends it,
    /// "in 2014" is a point (the start, for an event or a change such as joining).
    /// </summary>
    public static (ValidityInterval Valid, PartialDate? At) TimeOf(DateExpression? date, bool change)
    {
        if (date is not { Date: { } d } expression)
        {
            return (ValidityInterval.Always, null);
        }

        return expression.Role switch
        {
            DateRole.Since => (ValidityInterval.Of(IntervalBound.On(d), IntervalBound.Open), null),
            DateRole.After => (ValidityInterval.Of(IntervalBound.After(d), IntervalBound.Open), null),
            DateRole.Decade => (ValidityInterval.Of(IntervalBound.After(d), IntervalBound.Open), null),
            DateRole.Before => (ValidityInterval.Of(IntervalBound.Open, IntervalBound.Before(d)), null),
            DateRole.Until => (ValidityInterval.Of(IntervalBound.Open, IntervalBound.On(d)), null),
            DateRole.Range when expression.Until is { } end && end >= d => (ValidityInterval.Of(IntervalBound.On(d), IntervalBound.On(end)), null),
            _ when change => (ValidityInterval.Of(IntervalBound.On(d), IntervalBound.Open), d),
            _ => (ValidityInterval.Always, d),
        };
    }
}

public enum Modality
{
    Asserted,
    Hedged,

    /// <summary>A plan, wish or possibility: no claim.</summary>
    Unreal,
}

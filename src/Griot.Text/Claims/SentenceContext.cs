using Griot.Core.Actors;
using Griot.Core.Time;
using Griot.Text.Language;
using Griot.Text.Reading;

namespace Griot.Text.Claims;

/// <summary>
/// One sentence as the claim rules see it: its language, tokens, the actors and dates found in it, and the
/// questions the rules ask (where does this clause start, who is named before this word, is it denied).
/// Every word the answers depend on comes from the language's lexicon.
/// </summary>
public sealed class SentenceContext
{
    private HashSet<int>? _consumed;
    private bool? _hedgedSentence;

    public SentenceContext(string text, Sentence sentence, List<Token> tokens, List<Mention> mentions, List<DateExpression> dates, string? mainSubject, LanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(language);
        Text = text;
        Sentence = sentence;
        Tokens = tokens;
        Mentions = mentions;
        Dates = dates;
        MainSubject = mainSubject;
        Language = language;
    }

    public string Text { get; }

    public Sentence Sentence { get; }

    public List<Token> Tokens { get; }

    public List<Mention> Mentions { get; }

    public List<DateExpression> Dates { get; }

    /// <summary>The state the sentence is about where it names none: the document's subject.</summary>
    public string? MainSubject { get; }

    /// <summary>The organization spoken of, for a pronoun that stands for it before the verb ("s'en est retiré", "l'a quittée").</summary>
    public string? Organization { get; init; }

    /// <summary>The states each person is known to have led (background knowledge, as the gazetteer's names are).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> StatesLed { get; init; } = NoneLed;

    private static readonly Dictionary<string, IReadOnlyList<string>> NoneLed = [];

    /// <summary>The one state the person is known to have led, or null where none or several.</summary>
    public string? StateLedBy(string? personId) =>
        personId is not null && StatesLed.TryGetValue(personId, out var led) && led.Count == 1 ? led[0] : null;

    /// <summary>The one state each state is known to have gained its independence from (background knowledge).</summary>
    public IReadOnlyDictionary<string, string> FormerRulers { get; init; } = NoRulers;

    /// <summary>The two states a title names as a pair ("Chad–Sudan relations", "Relations entre la France et le Tchad"), else null.</summary>
    public (string First, string Second)? TitlePair { get; init; }

    private static readonly Dictionary<string, string> NoRulers = [];

    /// <summary>The states each state is known to border (background knowledge), for "its neighbours".</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Neighbours { get; init; } = NoneLed;

    public LanguagePack Language { get; }

    public Lexicon Lexicon => Language.Lexicon;

    /// <summary>The words of a class in the sentence's language.</summary>
    public WordClass Words(string name) => Language.Lexicon[name];

    private Evidence? _evidence;

    public Evidence Evidence => _evidence ??= new(Sentence.Start, Sentence.End, Sentence.TextOf(Text));

    /// <summary>Marks tokens a rule has read as one phrase, so that rules run later do not read them again.</summary>
    public void Consume(int first, int length)
    {
        for (var k = first; k < first + length; k++)
        {
            (_consumed ??= []).Add(k);
        }
    }

    public bool Consumed(int token) => _consumed?.Contains(token) == true;

    public bool IsInsideMention(int token)
    {
        foreach (var m in Mentions)
        {
            if (m.First <= token && token <= m.Last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first token of the clause holding <paramref name="token"/>: after a relative or subordinate word
    /// ("which", "when", "but", "despite"), or after the comma that closes such a clause ("Since 1960, when Mali
    /// gained its independence, its governments …").
    /// </summary>
    public int ClauseStart(int token)
    {
        var breaks = Words(WordClasses.ClauseBreak);
        var comma = -1;
        for (var k = token - 1; k >= 0; k--)
        {
            if (JoinsClauses(k))
            {
                return k + 1;
            }

            if (Tokens[k].Is(",") && comma < 0)
            {
                comma = k;
            }
            else if (breaks.TryMatch(Tokens, k, out _, out var length))
            {
                return comma > k ? comma + 1 : k + length;
            }
        }

        return 0;
    }

    /// <summary>
    /// ", and" after a word that ends no name joins two clauses ("Mali left in May 2022, and Burkina Faso and Niger
    /// announced their departure"); after a name it ends a list ("Chad, Mali, and Niger").
    /// </summary>
    private bool JoinsClauses(int k)
    {
        if (k < 2 || !Tokens[k].IsWord || !Tokens[k - 1].Is(",") || !Words(WordClasses.Coordination).Contains(Tokens[k])
            || Tokens[k - 2].Kind == TokenKind.Punctuation)
        {
            return false;
        }

        foreach (var m in Mentions)
        {
            if (m.Last == k - 2)
            {
                return false;
            }
        }

        // "the rebellion in the north, a coup d'etat, and the loss of …": the last item of a list.
        for (var j = k - 2; j >= Math.Max(0, k - 9); j--)
        {
            if (Tokens[j].Is(","))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The token after the clause holding <paramref name="token"/> ends.</summary>
    public int ClauseEnd(int token)
    {
        var breaks = Words(WordClasses.ClauseBreak);
        for (var k = token + 1; k < Tokens.Count; k++)
        {
            if (breaks.TryMatch(Tokens, k, out var values, out _) && !values.Has("open-only"))
            {
                return k;
            }

            if (k + 1 < Tokens.Count && JoinsClauses(k + 1))
            {
                return k;
            }
        }

        return Tokens.Count;
    }

    /// <summary>
    /// The subject of a clause for a word at <paramref name="trigger"/>: the first actor of a wanted kind in its
    /// clause before the word, else the first such actor earlier in the sentence.
    /// </summary>
    public Mention? SubjectBefore(int trigger, Func<Mention, bool> wanted)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var clause = ClauseStart(trigger);
        Mention? earlier = null;
        Mention? nearest = null;
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
            nearest = m;
        }

        // "The Wagner Group, whose fighters …": a relative clause's subject is the name right before it.
        if (nearest is { } antecedent && clause > 0 && Words(WordClasses.Relative).Contains(Tokens[clause - 1]) && clause - 1 - antecedent.Last <= 2)
        {
            return antecedent;
        }

        return earlier ?? Cataphoric(trigger, wanted);
    }

    /// <summary>"Membre de la CEDEAO et de l'UEMOA, le Sénégal …": the subject named after a phrase that opens the sentence.</summary>
    private Mention? Cataphoric(int trigger, Func<Mention, bool> wanted)
    {
        var comma = Tokens.FindIndex(trigger, t => t.Is(","));
        if (comma < 0 || Tokens.FindIndex(0, trigger, t => t.Is(",")) >= 0)
        {
            return null;
        }

        foreach (var m in Mentions)
        {
            if (m.First > comma && m.First <= comma + 3 && wanted(m))
            {
                return m;
            }
        }

        return null;
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

        // "Mali, Burkina Faso and Niger, which ceased to be members": the antecedent of a relative clause is the whole
        // list it ends.
        var clause = ClauseStart(trigger);
        if (first.Last < clause && clause > 0 && Words(WordClasses.Relative).Contains(Tokens[clause - 1]))
        {
            for (var j = Mentions.IndexOf(first) - 1; j >= 0; j--)
            {
                var m = Mentions[j];
                if (m.Last >= group[0].First || !wanted(m))
                {
                    continue;
                }

                if (!OnlyListGlue(m.Last + 1, group[0].First))
                {
                    break;
                }

                group.Insert(0, m);
            }

            if (group.Count > 1 && !HasCoordination(group[0].Last + 1, group[^1].First))
            {
                group.RemoveRange(0, group.Count - 1);
            }

            return group;
        }

        foreach (var m in Mentions)
        {
            // "all three member states": one phrase that names several.
            if (m.First == group[^1].First && m.Last == group[^1].Last)
            {
                if (wanted(m) && !group.Contains(m))
                {
                    group.Add(m);
                }

                continue;
            }

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
        var coordination = Words(WordClasses.Coordination);
        for (var k = from; k < to; k++)
        {
            if (coordination.Contains(Tokens[k]))
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
        ArgumentNullException.ThrowIfNull(wanted);
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
                    // "the G5 Sahel alongside Chad and Mauritania, … MINUSMA, the UN mission": an actor of another
                    // kind carries the list on only where it is part of it.
                    if (!OnlyListGlue(cursor, m.First))
                    {
                        break;
                    }

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

    /// <summary>"groups in its area, such as the African Union": words that bring in examples.</summary>
    private bool Introduces(int from, int to) => Words(WordClasses.ListIntro).FindIn(Tokens, from, to) >= 0;

    private bool OnlyListGlue(int from, int to)
    {
        var glue = Words(WordClasses.ListGlue);
        for (var k = from; k < to; k++)
        {
            // "le Bénin (306 km), la Côte d'Ivoire": an aside in brackets does not end a list.
            if (Tokens[k].Is("(") && CloseBracket(k, to) is var close and > 0)
            {
                k = close;
                continue;
            }

            // "the Niger Basin Authority and the Lake Chad Basin Commission, the Economic Community…": a name
            // Griot does not know is an item of the list all the same.
            var t = Tokens[k];
            if (!glue.Contains(t) && !t.AllCaps && !(t.IsWord && t.Capitalized))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The ")" that closes the bracket opened at <paramref name="open"/>, within eight tokens and before <paramref name="to"/>, or -1.</summary>
    private int CloseBracket(int open, int to)
    {
        for (var k = open + 1; k < Math.Min(to, open + 9); k++)
        {
            if (Tokens[k].Is(")"))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether the claim at <paramref name="trigger"/> is denied ("has not joined", "never bordered").</summary>
    public bool Negated(int trigger, int window = 5)
    {
        var from = Math.Max(ClauseStart(trigger), trigger - window);
        var negations = Words(WordClasses.Negation);
        for (var k = from; k < trigger; k++)
        {
            if (negations.Contains(Tokens[k]))
            {
                return true;
            }
        }

        // "no longer", "not any more" right after the verb.
        return trigger + 1 < Tokens.Count && Words(WordClasses.NegationAfter).StartsAt(Tokens, trigger + 1);
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
        var modals = Words(WordClasses.Modal);
        var intentions = Words(WordClasses.Intention);
        for (var k = from; k < trigger; k++)
        {
            if (modals.Contains(Tokens[k]))
            {
                if (Words(WordClasses.ModalPerfect).StartsAt(Tokens, k + 1))
                {
                    hedged = true;
                }
                else if (trigger - k <= 3)
                {
                    return Modality.Unreal;
                }
            }
            else if (trigger - k <= 4 && intentions.TryMatch(Tokens, k, out _, out var length) && k + length <= trigger)
            {
                return Modality.Unreal;
            }
        }

        return hedged || HedgedSentence() ? Modality.Hedged : Modality.Asserted;
    }

    private bool HedgedSentence()
    {
        if (_hedgedSentence is { } known)
        {
            return known;
        }

        _hedgedSentence = Words(WordClasses.Hedge).FindIn(Tokens, 0, Tokens.Count) >= 0;
        return _hedgedSentence.Value;
    }

    /// <summary>Whether a word right before <paramref name="token"/> makes it a possibility ("possible threats").</summary>
    public bool Hypothetical(int token) =>
        token > 0 && Words(WordClasses.Hypothetical).Contains(Tokens[token - 1]) || token > 1 && Words(WordClasses.Hypothetical).Contains(Tokens[token - 2]);

    /// <summary>Present or past, from the verbs before <paramref name="trigger"/> in its clause.</summary>
    public Tense TenseAt(int trigger)
    {
        var from = ClauseStart(trigger);
        if (Words(WordClasses.TenseStill).FindIn(Tokens, Math.Max(from, trigger - 3), trigger + 4) >= 0)
        {
            return Tense.Present;
        }

        var present = Words(WordClasses.TensePresent);
        var past = Words(WordClasses.TensePast);
        for (var k = Math.Min(trigger + 1, Tokens.Count - 1); k >= from; k--)
        {
            // Longer phrases first: "has had" is present, "had" past.
            if (k > 0 && present.TryMatch(Tokens, k - 1, out _, out var length) && length == 2)
            {
                return Tense.Present;
            }

            if (present.Contains(Tokens[k]))
            {
                return Tense.Present;
            }

            if (past.Contains(Tokens[k]))
            {
                return Tense.Past;
            }
        }

        return Tense.Unknown;
    }

    /// <summary>
    /// The comma that closes a phrase opening the sentence before its subject ("Membre fondateur de l'AES, le Niger …",
    /// "Présents au Burkina Faso depuis janvier 2024, les éléments de l'Africa Corps …", "Bordered by Niger and Chad,
    /// Nigeria …"), where <paramref name="trigger"/> is in that phrase and an actor follows the comma; else -1.
    /// </summary>
    public int FrontedEnd(int trigger)
    {
        var determiners = Words(WordClasses.Determiner);
        for (var k = 0; k < Math.Min(trigger, Tokens.Count); k++)
        {
            if (Tokens[k].IsWord && !determiners.Contains(Tokens[k]))
            {
                return -1;
            }
        }

        var comma = Tokens.FindIndex(trigger, t => t.Is(","));
        if (comma > 0)
        {
            foreach (var m in Mentions)
            {
                if (m.First > comma && m.First <= comma + FrontedReach)
                {
                    return comma;
                }
            }
        }

        return -1;
    }

    /// <summary>The subject of a phrase that opens the sentence (<see cref="FrontedEnd"/>): the first wanted actor after its comma.</summary>
    public Mention? FrontedSubject(int trigger, Func<Mention, bool> wanted)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var comma = FrontedEnd(trigger);
        return comma < 0 ? null : Mentions.FirstOrDefault(m => m.First > comma && m.First <= comma + FrontedReach && wanted(m)) is { ActorId: not null } found ? found : null;
    }

    /// <summary>How far after the comma the subject of an opening phrase may start ("…, les éléments de l'Africa Corps").</summary>
    private const int FrontedReach = 6;

    /// <summary>Whether token <paramref name="k"/> is part of a date phrase.</summary>
    public bool InDate(int k)
    {
        foreach (var d in Dates)
        {
            if (d.First <= k && k <= d.Last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The date phrase of the claim at <paramref name="trigger"/>: the nearest one in its clause, else one that
    /// opens the sentence ("In 2014, …"). A date in another clause is that clause's ("Despite gaining its
    /// independence in 1960, Mali has kept close ties with France" says nothing of when the ties began).
    /// </summary>
    public DateExpression? NearestDate(int trigger)
    {
        DateExpression? best = null;
        var bestDistance = int.MaxValue;
        var clauseStart = ClauseStart(trigger);
        var clauseEnd = ClauseEnd(trigger);

        // "Membre fondateur de l'AES, le Niger s'est retiré du G5 Sahel en décembre 2023": the opening phrase has its own time.
        if (FrontedEnd(trigger) is var fronted and > 0 && fronted < clauseEnd)
        {
            clauseEnd = fronted;
        }

        // "Burkina Faso, Mali and Guinea, three countries suspended from ECOWAS, met on Thursday": an aside between
        // commas has its own time.
        var commaBefore = Tokens.FindLastIndex(trigger, Math.Min(trigger + 1, trigger - clauseStart + 2), t => t.Is(","));
        var commaAfter = Tokens.FindIndex(trigger, t => t.Is(","));
        if (commaBefore > 0 && commaBefore >= clauseStart - 1 && commaAfter > 0 && commaAfter < clauseEnd && Mentions.Exists(m => m.Last < commaBefore && m.Last >= commaBefore - 3))
        {
            clauseStart = commaBefore + 1;
            clauseEnd = commaAfter;
        }

        // "Mali, which belongs to the G5 Sahel alongside Chad and Mauritania, is also home to MINUSMA, … since 2013": a
        // relative clause ends at the comma after which the main clause goes on.
        if (clauseStart > 0 && Words(WordClasses.Relative).Contains(Tokens[clauseStart - 1]))
        {
            var glue = Words(WordClasses.ListGlue);
            for (var k = trigger + 1; k + 1 < clauseEnd; k++)
            {
                if (Tokens[k].Is(",") && !glue.Contains(Tokens[k + 1]) && !Mentions.Exists(m => m.First == k + 1) && !Dates.Exists(d => d.First > k && d.First <= k + 2))
                {
                    clauseEnd = k;
                    break;
                }
            }
        }

        foreach (var d in Dates)
        {
            var inClause = d.First >= clauseStart && d.First < clauseEnd;
            var opensSentence = d.First <= 1 && d.Last + 1 < Tokens.Count && Tokens[d.Last + 1].Is(",");
            if (!inClause && !opensSentence)
            {
                continue;
            }

            var distance = d.First > trigger ? d.First - trigger : trigger - d.Last;
            if (!inClause)
            {
                distance += 20;
            }

            // "Membre fondateur de la Communauté en 1975, Nouakchott s'en était retiré en 2002": a date the comma
            // sets apart before the words is further than one after them.
            if (d.Last < trigger && !opensSentence && Tokens.FindIndex(d.Last + 1, trigger - d.Last - 1, t => t.Is(",")) >= 0)
            {
                distance += 4;
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

    public static bool IsState(Mention m) => m.Kind == ActorKind.State && m.Type != MentionType.Place;

    public static bool IsOrganization(Mention m) => m.Kind == ActorKind.Organization;
}

public enum Modality
{
    Asserted,
    Hedged,

    /// <summary>A plan, wish or possibility: no claim.</summary>
    Unreal,
}

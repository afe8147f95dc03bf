using Griot.Core.Statements;
using Griot.Text.Language;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary><c>independence_from</c>: "gained its independence from France in 1960", "became independent of Britain", "France granted independence to".</summary>
public sealed class IndependenceRule : IClaimRule
{
    /// <summary>"ended nearly five centuries of Portuguese rule", "after British colonial rule ended": the ruler.</summary>
    private static Mention? ColonialRuleEnded(SentenceContext context, int rule)
    {
        if (context.Words(WordClasses.ColonialEnd).FindIn(context.Tokens, rule - 8, rule + 4) < 0)
        {
            return null;
        }

        for (var k = rule - 1; k >= Math.Max(0, rule - 3); k--)
        {
            foreach (var m in context.Mentions)
            {
                if (m.Last == k && m.Type == MentionType.Demonym && RuleSupport.State(m))
                {
                    return m;
                }
            }
        }

        return null;
    }

    /// <summary>"a former French colony", "a former colony of Portugal", "une ancienne colonie française".</summary>
    private static Mention? Colony(SentenceContext context)
    {
        var colonies = context.Words(WordClasses.Colony);
        for (var k = 0; k < context.Tokens.Count; k++)
        {
            if (!colonies.Contains(context.Tokens[k]))
            {
                continue;
            }

            foreach (var m in context.Mentions)
            {
                if (RuleSupport.State(m) && m.Type == MentionType.Demonym && (m.Last >= k - 2 && m.Last < k || m.First == k + 1))
                {
                    return m;
                }
            }

            if (k + 2 < context.Tokens.Count && context.Words(WordClasses.ColonyOf).Contains(context.Tokens[k + 1]) && context.GroupAfter(k + 1, RuleSupport.State, maxGap: 1) is [var of, ..])
            {
                return of;
            }
        }

        return null;
    }

    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        var tokens = context.Tokens;
        var nouns = context.Words(WordClasses.IndependenceNoun);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (context.Words(WordClasses.Secession).TryMatch(tokens, i, out _, out var secedeLength)
                && context.GroupAfter(i + secedeLength - 1, RuleSupport.State, maxGap: 1) is [var parent, ..]
                && context.SubjectBefore(i, RuleSupport.State) is { } seceding && RuleSupport.Asserted(context, i, out var h))
            {
                var when = context.NearestDate(i);
                sink.Add(context, seceding.ActorId, Predicate.IndependenceFrom, parent.ActorId, Qualifiers.Empty,
                    SentenceContext.TimeOf(when is { Role: DateRole.At or DateRole.Since } ? when : null, change: true), Tense.Past, h);
                continue;
            }

            if (context.Words(WordClasses.ColonialRule).Contains(tokens[i]) && ColonialRuleEnded(context, i) is { } ruler)
            {
                RuleEnded(context, sink, i, ruler.ActorId);
                continue;
            }

            if (!nouns.TryMatch(tokens, i, out var nounValues, out _))
            {
                continue;
            }

            List<string> subjects = [];
            string? colonialPower = null;
            // "independent of Britain" names the ruler; "the independence of Mali from France" the state, then the ruler.
            var from = nounValues.Has("of-ruler") && i + 1 < tokens.Count && context.Words(WordClasses.ColonyOf).Contains(tokens[i + 1])
                ? i + 1
                : RuleSupport.FindAhead(context, i + 1, 6, WordClasses.IndependenceFrom);
            if (from >= 0 && context.GroupAfter(from, RuleSupport.State, maxGap: 1) is [var power, ..])
            {
                colonialPower = power.ActorId;
                subjects = Owners(context, i, power.ActorId);
                if (context.GroupAfter(power.Last, RuleSupport.State, maxGap: 2) is [var fromPower, ..]
                    && RuleSupport.FindAhead(context, power.Last + 1, 2, WordClasses.IndependenceFrom) >= 0)
                {
                    // "the independence of Mali from France"
                    subjects = [power.ActorId];
                    colonialPower = fromPower.ActorId;
                }
            }
            else if (Granted(context, i) && RuleSupport.FindAhead(context, i + 1, 2, WordClasses.IndependenceTo) is var to and >= 0
                && context.GroupAfter(to, RuleSupport.State, maxGap: 1) is [var colony, ..])
            {
                subjects = [colony.ActorId];
                colonialPower = context.SubjectBefore(i, RuleSupport.State)?.ActorId;
            }

            // "Chad, a former French colony, gained independence in 1960": the colonial power named as such.
            if (colonialPower is null && Colony(context) is { } colonizer)
            {
                colonialPower = colonizer.ActorId;
                subjects = Owners(context, i, colonizer.ActorId);
            }

            // "Chad attained independence in 1960", "le pays obtient son indépendance": the ruler it is known to have
            // had, where the knowledge base has one only.
            if (colonialPower is null && Gained(context, i))
            {
                var owners = Owners(context, i, "");
                if (owners is [var owner] && context.FormerRulers.TryGetValue(owner, out var known))
                {
                    colonialPower = known;
                    subjects = owners;
                }
            }

            if (colonialPower is null || !RuleSupport.Asserted(context, i, out var hedged))
            {
                continue;
            }

            // "son indépendance, arrachée à la France le 2 octobre 1958": the date said with the ruler, where one is.
            var date = context.NearestDate(from >= 0 && colonialPower is not null ? from : i);
            var time = SentenceContext.TimeOf(date is { Role: DateRole.At or DateRole.Since or DateRole.Decade } ? date : null, change: true);
            foreach (var subject in subjects)
            {
                if (subject != colonialPower)
                {
                    sink.Add(context, subject, Predicate.IndependenceFrom, colonialPower, Qualifiers.Empty, time, Tense.Past, hedged);
                }
            }
        }

        FormerColonies(context, sink);
        FormerRulers(context, sink);
    }

    private static void RuleEnded(SentenceContext context, ClaimSink sink, int rule, string ruler)
    {
        var ruled = context.SubjectBefore(rule, m => RuleSupport.State(m) && m.ActorId != ruler)?.ActorId ?? context.MainSubject;
        if (ruled is not null && ruled != ruler && RuleSupport.Asserted(context, rule, out var hedged))
        {
            var when = context.NearestDate(rule);
            sink.Add(context, ruled, Predicate.IndependenceFrom, ruler, Qualifiers.Empty,
                SentenceContext.TimeOf(when is { Role: DateRole.At or DateRole.Since } ? when : null, change: true), Tense.Past, hedged);
        }
    }

    private static bool Granted(SentenceContext context, int noun) =>
        noun > 0 && context.Words(WordClasses.IndependenceGrant).Contains(context.Tokens[noun - 1])
        || noun > 1 && context.Words(WordClasses.IndependenceGrant).Contains(context.Tokens[noun - 2]);

    /// <summary>
    /// Whose independence: the state whose possessive stands right before the noun ("Mali's independence", "its
    /// independence"), else the states named before it, else the first named after it ("Following independence
    /// from France in 1960, the country …"), else the document's subject.
    /// </summary>
    /// <summary>A verb of gaining just before the noun ("gained independence", "obtient son indépendance") or of proclaiming after it.</summary>
    private static bool Gained(SentenceContext context, int noun)
    {
        var gain = context.Words(WordClasses.IndependenceGain);
        return gain.FindIn(context.Tokens, Math.Max(0, noun - 3), noun) >= 0
            || gain.FindIn(context.Tokens, noun + 1, Math.Min(context.ClauseEnd(noun), noun + 7)) >= 0;
    }

    private static List<string> Owners(SentenceContext context, int noun, string ruler)
    {
        bool Other(Mention m) => RuleSupport.State(m) && m.ActorId != ruler;
        if (context.Mentions.FirstOrDefault(m => m.Last == noun - 1 && m.Type == MentionType.Anaphor && Other(m)) is { ActorId: not null } pronoun)
        {
            return [pronoun.ActorId];
        }

        if (noun > 1 && context.Tokens[noun - 1].Is("'s") && context.Mentions.FirstOrDefault(m => m.Last == noun - 2 && Other(m)) is { ActorId: not null } owner)
        {
            return [owner.ActorId];
        }

        var before = context.SubjectGroupBefore(noun, Other);
        if (before.Count > 0)
        {
            return before.Select(m => m.ActorId).Distinct(StringComparer.Ordinal).ToList();
        }

        if (context.Mentions.FirstOrDefault(m => m.First > noun && Other(m)) is { ActorId: not null } after)
        {
            return [after.ActorId];
        }

        return context.MainSubject is { } main && main != ruler ? [main] : [];
    }

    /// <summary>
    /// "five countries, and former French colonies, that span the Sahel: Burkina Faso, Chad, Mali …", "Chad, a former
    /// French colony": the states named as former colonies of a power.
    /// </summary>
    private static void FormerColonies(SentenceContext context, ClaimSink sink)
    {
        var tokens = context.Tokens;
        var colonies = context.Words(WordClasses.Colony);
        for (var k = 0; k < tokens.Count; k++)
        {
            if (colonies.Contains(tokens[k]) && context.Words(WordClasses.FormerColony).FindIn(tokens, k - 3, k) >= 0)
            {
                FormerColony(context, sink, k);
            }
        }
    }

    private static void FormerColony(SentenceContext context, ClaimSink sink, int k)
    {
        {
            var ruler = context.Mentions.FirstOrDefault(m => RuleSupport.State(m) && m.Type == MentionType.Demonym && (m.Last >= k - 2 && m.Last < k || m.First == k + 1));

            // "anciennes colonies de la France", "former colonies of Portugal": the power named after "of".
            if (ruler.ActorId is null && k + 1 < context.Tokens.Count && context.Words(WordClasses.ColonyOf).TryMatch(context.Tokens, k + 1, out _, out var ofLength))
            {
                ruler = context.Mentions.FirstOrDefault(m => RuleSupport.State(m) && m.Type != MentionType.Capital && m.First > k + ofLength && m.First <= k + ofLength + 2);
            }

            if (ruler.ActorId is null || !RuleSupport.Asserted(context, k, out var hedged))
            {
                return;
            }

            var named = context.GroupAfter(k, m => RuleSupport.State(m) && m.ActorId != ruler.ActorId, maxGap: 3);
            if (named.Count == 0 && context.Mentions.LastOrDefault(m => RuleSupport.State(m) && m.Last < k - 2 && m.ActorId != ruler.ActorId) is { ActorId: not null } before
                && k - before.Last <= 5)
            {
                // "Benin and Niger, both former French colonies": the whole group before.
                var group = context.SubjectGroupBefore(before.Last + 1, m => RuleSupport.State(m) && m.ActorId != ruler.ActorId);
                named = group.Count > 1 && group[^1].ActorId == before.ActorId ? group : [before];
            }

            foreach (var colony in named.Select(m => m.ActorId).Distinct(StringComparer.Ordinal))
            {
                sink.Add(context, colony, Predicate.IndependenceFrom, ruler.ActorId, Qualifiers.Empty, (Core.Time.ValidityInterval.Always, null), Tense.Past, hedged);
            }
        }
    }

    /// <summary>"France, its former colonial ruler", "l'ancienne puissance coloniale, la France": the state it ruled.</summary>
    private static void FormerRulers(SentenceContext context, ClaimSink sink)
    {
        foreach (var (index, length, _) in context.Words(WordClasses.FormerRuler).FindAll(context.Tokens))
        {
            var last = index + length - 1;
            var ruler = context.Mentions.LastOrDefault(m => RuleSupport.State(m) && m.Last < index && index - m.Last <= 3).ActorId
                ?? context.Mentions.FirstOrDefault(m => RuleSupport.State(m) && m.First > last && m.First - last <= 3).ActorId;
            if (ruler is null || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            var ruled = context.SubjectBefore(index, m => RuleSupport.State(m) && m.ActorId != ruler)?.ActorId ?? (context.MainSubject != ruler ? context.MainSubject : null);

            // "France, Niger's former colonial ruler": the state with "'s" is the one ruled, the one set beside the
            // phrase its ruler.
            var owner = context.Mentions.LastOrDefault(m => RuleSupport.State(m) && m.Last < index && index - m.Last <= 3);
            if (owner.ActorId == ruler && owner.Last + 1 < index && context.Tokens[owner.Last + 1].Is("'s")
                && context.Mentions.LastOrDefault(m => RuleSupport.State(m) && m.Last < owner.First && owner.First - m.Last <= 2) is { ActorId: { } head })
            {
                ruled = ruler;
                ruler = head;
            }
            if (ruled is not null)
            {
                sink.Add(context, ruled, Predicate.IndependenceFrom, ruler, Qualifiers.Empty, (Core.Time.ValidityInterval.Always, null), Tense.Past, hedged);
            }
        }
    }
}

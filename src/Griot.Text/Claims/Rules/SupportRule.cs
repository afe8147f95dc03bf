using Griot.Core.Actors;
using Griot.Core.Statements;
using Griot.Text.Language;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>receives_support_from</c> with its domains: "relied on Nigeria for help with its economy and security",
/// "received military aid from", "backed by", and the other way round "France provided training to Mali".
/// </summary>
public sealed class SupportRule : IClaimRule
{
    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        foreach (var (index, length, values) in context.Words(WordClasses.SupportReceive).FindAll(context.Tokens))
        {
            var last = index + length - 1;

            // "received military aid from", "bénéficie de l'aide militaire de la France": a verb that needs what was
            // received, and the "from" after it.
            var verb = values.Has("verb");
            var aid = verb ? AidNoun(context, last + 1, Math.Min(context.Tokens.Count, last + 8)) : last;
            var from = verb ? (aid < 0 ? -1 : RuleSupport.FindAhead(context, aid + 1, 6, WordClasses.SupportFrom)) : last;
            if (from < 0)
            {
                continue;
            }

            var supporters = context.GroupAfter(from, RuleSupport.Supporter, maxGap: 2);

            // "le premier bénéficiaire de l'aide militaire française": the giver named with the aid.
            if (supporters.Count == 0 && AidNoun(context, from + 1, Math.Min(context.Tokens.Count, from + 4)) is var named and >= 0)
            {
                supporters = context.GroupAfter(named, RuleSupport.Supporter, maxGap: 3);
            }

            var subjects = context.SubjectGroupBefore(index, RuleSupport.State);
            if (subjects.Count == 0 || supporters.Count == 0 || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            foreach (var subject in subjects)
            {
                Add(context, sink, subject.ActorId, supporters, index, subjects[^1].Last + 1, hedged);
            }
        }

        foreach (var (index, length, _) in context.Words(WordClasses.SupportGive).FindAll(context.Tokens))
        {
            // "gave Mauritania a loan": the receiver right after the verb, then what was given.
            if (context.GroupAfter(index + length - 1, RuleSupport.State, maxGap: 0) is [var direct, ..] && HasAidNoun(context, direct.Last + 1, Math.Min(context.Tokens.Count, direct.Last + 5))
                && context.SubjectBefore(index, RuleSupport.Supporter) is { } giver && RuleSupport.Asserted(context, index, out var hd))
            {
                Add(context, sink, direct.ActorId, [giver], index, giver.Last + 1, hd);
                continue;
            }

            var to = RuleSupport.FindAhead(context, index + length, 10, WordClasses.SupportTo);
            if (to < 0 || !HasAidNoun(context, index + length, to))
            {
                continue;
            }

            var supporter = context.SubjectBefore(index, RuleSupport.Supporter);
            var receivers = context.GroupAfter(to, RuleSupport.State, maxGap: 2);

            // "fournir à l'armée d'Hissène Habré un soutien logistique": the state the person led.
            if (receivers.Count == 0 && LedAfter(context, to + 1) is { } ledState)
            {
                receivers = [ledState];
            }

            if (supporter is { } s && receivers.Count > 0 && RuleSupport.Asserted(context, index, out var hedged))
            {
                foreach (var receiver in receivers)
                {
                    Add(context, sink, receiver.ActorId, [s], index, s.Last + 1, hedged);
                }
            }
        }

        Nouns(context, sink);
        OwnAid(context, sink);
        Donors(context, sink);
        Requests(context, sink);
        foreach (var (index, length, _) in context.Words(WordClasses.SupportGiveDirect).FindAll(context.Tokens))
        {
            // "backed by": the passive is read above. "l'aide militaire française": after a determiner, a noun, not a verb.
            if (index + length < context.Tokens.Count && context.Words(WordClasses.SupportBy).Contains(context.Tokens[index + length])
                || index > 0 && context.Words(WordClasses.SupportNounBefore).Contains(context.Tokens[index - 1]))
            {
                continue;
            }

            // "soutenir les troupes maliennes": the receiver may be named by its forces; "supported in Angola" is a place.
            var supporter = context.SubjectBefore(index, RuleSupport.Supporter);
            var receivers = index + length < context.Tokens.Count && context.Words(WordClasses.PresenceHost).Contains(context.Tokens[index + length])
                ? [] : context.GroupAfter(index + length - 1, RuleSupport.State, maxGap: 1);
            if (receivers.Count == 0 && context.Words(WordClasses.Force).FindIn(context.Tokens, index + length, index + length + 3) is var force and >= 0)
            {
                receivers = context.GroupAfter(force, RuleSupport.State, maxGap: 1);
            }

            // "pour soutenir le régime d'Hissène Habré", "backed the government of Idriss Déby": the state the person led.
            if (receivers.Count == 0 && LedAfter(context, index + length) is { } led)
            {
                receivers = [led];
            }

            if (supporter is { } s && receivers.Count > 0 && RuleSupport.Asserted(context, index, out var hedged))
            {
                // "L'armée française … pour soutenir": the supporter's own forces say the domain.
                var from = context.Words(WordClasses.SupportDomain).FindIn(context.Tokens, s.First - 2, s.First) is var own and >= 0 ? own : s.Last + 1;
                foreach (var receiver in receivers)
                {
                    Add(context, sink, receiver.ActorId, [s], index, from, hedged, length);
                }
            }
        }
    }

    /// <summary>"French support for Senegal", "le soutien de la Russie au Mali": the giver named by the noun, the receiver after it.</summary>
    private static void Nouns(SentenceContext context, ClaimSink sink)
    {
        foreach (var (index, length, _) in context.Words(WordClasses.SupportNoun).FindAll(context.Tokens))
        {
            var giver = context.Mentions.FirstOrDefault(m => RuleSupport.Supporter(m) && (m.Last == index - 1 || m.Last == index - 2 && context.Tokens[index - 1].Is("'s")));
            var receivers = context.GroupAfter(index + length - 1, RuleSupport.State, maxGap: 1);
            if (giver.ActorId is null || receivers.Count == 0 || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            foreach (var receiver in receivers)
            {
                Add(context, sink, receiver.ActorId, [giver], index, giver.First, hedged);
            }
        }
    }

    /// <summary>
    /// "La France a décidé de suspendre son aide au développement", "Elle a maintenu son aide humanitaire", in a page on
    /// Burkina Faso: the giver's own aid, to the state named after it or else to the one the document is about.
    /// </summary>
    private static void OwnAid(SentenceContext context, ClaimSink sink)
    {
        var tokens = context.Tokens;
        var own = context.Words(WordClasses.SupportOwn);
        var aid = context.Words(WordClasses.SupportAid);
        for (var k = 1; k < tokens.Count; k++)
        {
            // "ses troupes" are its forces, not aid: read as presences.
            if (!own.Contains(tokens[k - 1]) || !aid.Contains(tokens[k]) || context.Words(WordClasses.Force).Contains(tokens[k]) || context.IsInsideMention(k))
            {
                continue;
            }

            var giver = context.SubjectBefore(k, RuleSupport.Supporter);
            var receivers = context.GroupAfter(k, RuleSupport.State, maxGap: 4);

            // "Mali has lost its support from France": the one named after "from" gives; read above.
            if (receivers.Count > 0 && receivers[0].First > 0 && context.Words(WordClasses.SupportFrom).Contains(tokens[receivers[0].First - 1]))
            {
                continue;
            }

            if (receivers.Count == 0 && context.MainSubject is { } main)
            {
                receivers = [new Mention(k, k, main, ActorKind.State, MentionType.Anaphor)];
            }

            if (giver is not { } g || g.First >= k || !RuleSupport.Asserted(context, k, out var hedged))
            {
                continue;
            }

            foreach (var receiver in receivers)
            {
                if (receiver.ActorId != g.ActorId)
                {
                    Add(context, sink, receiver.ActorId, [g], k, k, hedged);
                }
            }
        }
    }

    /// <summary>
    /// "France is the second largest bilateral donor to Benin", "the United States is Ghana's largest donor", "la France
    /// est le deuxième bailleur bilatéral du Bénin", "a major investor in Mali": the giver before the word, the receiver
    /// after it or in a possessive before it; the domain said, else the word's own.
    /// </summary>
    private static void Donors(SentenceContext context, ClaimSink sink)
    {
        var tokens = context.Tokens;
        foreach (var (index, length, values) in context.Words(WordClasses.SupportDonor).FindAll(tokens))
        {
            var giver = context.SubjectBefore(index, RuleSupport.Supporter);
            var possessor = context.Mentions.FirstOrDefault(m => RuleSupport.State(m) && m.Last >= index - 5 && m.Last < index - 1 && tokens[m.Last + 1].Is("'s"));
            List<Mention> receivers = possessor.ActorId is not null ? [possessor] : context.GroupAfter(index + length - 1, RuleSupport.State, maxGap: 5);
            if (giver is not { } g || g.First >= index || receivers.Count == 0 || receivers.Exists(r => r.ActorId == g.ActorId)
                || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            var from = index + length;
            var said = context.Words(WordClasses.SupportDomain).FindIn(tokens, from, Math.Min(tokens.Count, from + 6)) >= 0;
            foreach (var receiver in receivers)
            {
                if (said)
                {
                    Add(context, sink, receiver.ActorId, [g], index, from, hedged);
                }
                else if (values.Get("value") is { } domain)
                {
                    sink.Add(context, receiver.ActorId, Predicate.ReceivesSupportFrom, g.ActorId, Qualifiers.Of(("domain", domain)),
                        SentenceContext.TimeOf(context.NearestDate(index), change: false), context.TenseAt(index), hedged);
                }
            }
        }
    }

    /// <summary>
    /// "Mali requested French military assistance", "le gouvernement malien a sollicité l'aide militaire de la France":
    /// the state that asks receives; the giver is named by the demonym before the aid word or after "from".
    /// </summary>
    private static void Requests(SentenceContext context, ClaimSink sink)
    {
        var tokens = context.Tokens;
        var aid = context.Words(WordClasses.SupportAid);
        foreach (var (index, length, _) in context.Words(WordClasses.SupportRequest).FindAll(tokens))
        {
            var noun = aid.FindIn(tokens, index + length, Math.Min(tokens.Count, index + length + 4));
            var receiver = context.SubjectBefore(index, RuleSupport.State);

            // "called for the withdrawal of French troops": a request that they leave.
            if (noun < 0 || receiver is not { } r || context.Words(WordClasses.PresenceLeaving).FindIn(tokens, index + length, noun) >= 0)
            {
                continue;
            }

            // The giver: a name among the words between the verb and the aid word or just after it ("military aid from France",
            // "l'aide militaire de la France", "l'assistance militaire française").
            var from = RuleSupport.FindAhead(context, noun + 1, 3, WordClasses.SupportFrom);
            var giver = context.Mentions.FirstOrDefault(m => RuleSupport.Supporter(m) && m.ActorId != r.ActorId
                && (m.First >= index + length && m.Last < noun || m.First > noun && m.First <= noun + 2 || from >= 0 && m.First > from && m.First <= from + 2));
            if (giver.ActorId is null || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            Add(context, sink, r.ActorId, [giver], index, index + length, hedged);
        }
    }

    /// <summary>The state led by a person named within a few words from <paramref name="from"/>.</summary>
    private static Mention? LedAfter(SentenceContext context, int from)
    {
        foreach (var m in context.Mentions)
        {
            if (m.Kind == ActorKind.Person && m.First >= from && m.First <= from + 3)
            {
                return context.StateLedBy(m.ActorId) is { } led ? new Mention(m.First, m.Last, led, ActorKind.State, MentionType.Anaphor) : null;
            }
        }

        return null;
    }

    /// <summary>The first word of aid, else of its domain, in <c>[from, to)</c>, or -1.</summary>
    private static int AidNoun(SentenceContext context, int from, int to)
    {
        var aid = context.Words(WordClasses.SupportAid).FindIn(context.Tokens, from, to);
        return aid >= 0 ? aid : context.Words(WordClasses.SupportDomain).FindIn(context.Tokens, from, to);
    }

    private static bool HasAidNoun(SentenceContext context, int from, int to) => AidNoun(context, from, to) >= 0;

    /// <summary>Adds a claim per domain named after <paramref name="from"/> (the end of the first party's name).</summary>
    /// <param name="phrase">The length of the words of support at <paramref name="at"/>, which name no domain ("au secours de").</param>
    private static void Add(SentenceContext context, ClaimSink sink, string subject, List<Mention> supporters, int at, int from, bool hedged, int phrase = 0)
    {
        var domains = new SortedSet<string>(StringComparer.Ordinal);
        var words = context.Words(WordClasses.SupportDomain);
        for (var k = from; k < context.Tokens.Count; k++)
        {
            if (k >= at && k < at + phrase)
            {
                continue;
            }

            if (!context.IsInsideMention(k) && words.TryMatch(context.Tokens, k, out var values, out _) && values.Get("value") is { } domain)
            {
                domains.Add(domain);
            }
        }

        var time = SentenceContext.TimeOf(context.NearestDate(at), change: false);
        foreach (var supporter in supporters.Where(s => s.ActorId != subject))
        {
            if (domains.Count == 0)
            {
                sink.Add(context, subject, Predicate.ReceivesSupportFrom, supporter.ActorId, Qualifiers.Empty, time, context.TenseAt(at), hedged);
            }

            foreach (var domain in domains)
            {
                sink.Add(context, subject, Predicate.ReceivesSupportFrom, supporter.ActorId, Qualifiers.Of(("domain", domain)), time, context.TenseAt(at), hedged);
            }
        }
    }
}

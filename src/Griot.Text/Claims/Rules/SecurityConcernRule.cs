using Griot.Core.Statements;
using Griot.Text.Language;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>security_concern</c>: a threat ("terrorism", "banditry", "drug trafficking", "the security of its
/// borders") named together with a word of concern or struggle ("worried about", "threatened by", "the fight
/// against"); the subject is the state the sentence names, else the document's subject. A possible threat
/// ("possible threats") or one placed in a region and no state ("jihadism in the Sahel") is no state's concern.
/// </summary>
public sealed class SecurityConcernRule : IClaimRule
{
    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        List<(int Index, int Length, string Threat, bool Event)>? threats = null;
        foreach (var (index, length, values) in context.Words(WordClasses.Threat).FindAll(context.Tokens))
        {
            // "the Islamic State" is the group, "an Islamic state" a kind of state: a name must be written as one.
            if (!context.IsInsideMention(index) && values.Get("value") is { } threat && !(values.Has("name") && !context.Tokens[index + length - 1].Capitalized))
            {
                (threats ??= []).Add((index, length, threat, values.Has("event")));
            }
        }

        // A threat is a concern where the sentence worries about or fights it, where it happened ("rebelled"), or where
        // it is placed in a state ("separatist and Islamist insurgencies in northern Mali").
        if (threats is null)
        {
            return;
        }

        var concerned = context.Words(WordClasses.Concern).FindIn(context.Tokens, 0, context.Tokens.Count) >= 0;

        var negations = context.Words(WordClasses.Negation);
        foreach (var (index, length, threat, happened) in threats)
        {
            // A threat is denied right before it ("no terrorism"), not by a "not" elsewhere in the sentence.
            if (index > 0 && negations.Contains(context.Tokens[index - 1]) || context.Hypothetical(index) || context.ModalityAt(index) == Modality.Unreal)
            {
                continue;
            }

            // "violent extremism in northeastern Nigeria": the state the threat is in.
            var hedged = context.ModalityAt(index) == Modality.Hedged;
            // "separatist and Islamist insurgencies in northern Mali": past the other threats named with it.
            var after = NextAfterList(context, threats, index + length);
            var into = RuleSupport.FindAhead(context, after, 2, WordClasses.PresenceHost);
            if (!concerned && !happened && into < 0)
            {
                continue;
            }

            var located = into < 0 ? null : context.GroupAfter(into, RuleSupport.State, maxGap: 2).Cast<Reading.Mention?>().FirstOrDefault();
            if (!concerned && !happened && located is null)
            {
                continue;
            }
            var named = located ?? context.SubjectBefore(index, RuleSupport.State) ?? RuleSupport.FirstState(context);

            // "Idriss Déby prend le pouvoir avec le soutien de la France, mais doit faire face à plusieurs rébellions":
            // the subject of the sentence is the person, and the threat weighs on the state the person led.
            if (located is null && named is { } outside && outside.First < context.ClauseStart(index)
                && context.StateLedBy(context.Mentions.FirstOrDefault(m => m.Kind == Core.Actors.ActorKind.Person && m.Last < outside.First).ActorId) is { } led)
            {
                named = new Reading.Mention(outside.First, outside.Last, led, Core.Actors.ActorKind.State, Reading.MentionType.Anaphor);
            }

            // "U.S. foreign assistance to Niger … in a country vulnerable to terrorism": a state that only qualifies
            // its aid or its forces is not the one the threat weighs on; the state named after it is.
            if (located is null && named is { } modifier && Qualifying(context, modifier)
                && context.Mentions.LastOrDefault(m => RuleSupport.State(m) && m.First > modifier.Last && m.Last < index && m.ActorId != modifier.ActorId) is { ActorId: not null } later)
            {
                named = later;
            }

            // "menée au Sahel par l'Armée française … contre les groupes djihadistes": a region's threat, fought by a state named only by its forces.
            if ((named is null || named.Value.Type == Reading.MentionType.Demonym && !context.Mentions.Exists(m => RuleSupport.State(m) && m.Type != Reading.MentionType.Demonym))
                && InRegion(context))
            {
                continue;
            }

            var subject = named?.ActorId ?? context.MainSubject;
            if (subject is not null)
            {
                sink.Add(context, subject, Predicate.SecurityConcern, threat, Qualifiers.Empty,
                    SentenceContext.TimeOf(context.NearestDate(index), change: false), context.TenseAt(index), hedged);
            }
        }
    }

    /// <summary>The token after a list of threats that starts at <paramref name="after"/> ("separatist and Islamist insurgencies").</summary>
    private static int NextAfterList(SentenceContext context, List<(int Index, int Length, string Threat, bool Event)> threats, int after)
    {
        var glue = context.Words(WordClasses.ListGlue);
        for (var moved = true; moved;)
        {
            moved = false;
            foreach (var t in threats)
            {
                if (t.Index == after || after < context.Tokens.Count && (t.Index == after + 1 && !context.Tokens[after].IsWord || t.Index == after + 2 && glue.Contains(context.Tokens[after])))
                {
                    after = t.Index + t.Length;
                    moved = true;
                    break;
                }
            }
        }

        return after;
    }

    /// <summary>Whether the state's name qualifies a word of aid or of forces after it ("U.S. assistance", "French troops").</summary>
    private static bool Qualifying(SentenceContext context, Reading.Mention state)
    {
        var tokens = context.Tokens;
        for (var k = state.Last + 1; k < Math.Min(tokens.Count, state.Last + 3); k++)
        {
            if (context.Words(WordClasses.SupportAid).Contains(tokens[k]) || context.Words(WordClasses.Force).Contains(tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence speaks of a region ("the Sahel", "West Africa") rather than of its subject.</summary>
    private static bool InRegion(SentenceContext context) =>
        context.Words(WordClasses.Region).FindIn(context.Tokens, 0, context.Tokens.Count) >= 0
        && !context.Mentions.Exists(m => m.Type == Reading.MentionType.Anaphor && RuleSupport.State(m));
}

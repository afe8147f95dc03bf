using Griot.Core.Actors;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary>What several rules ask of a sentence.</summary>
internal static class RuleSupport
{
    /// <summary>A state named as such, by its capital or by a pronoun; a town of it ("Gao") only says where.</summary>
    public static bool State(Mention m) => m.Kind == ActorKind.State && m.Type != MentionType.Place;

    /// <summary>A state, or a town of it: where a force is, where a coup happened.</summary>
    public static bool StateOrPlace(Mention m) => m.Kind == ActorKind.State;

    public static bool Organization(Mention m) => m.Kind == ActorKind.Organization;

    public static bool ForeignForce(Mention m) => m.Kind is ActorKind.State or ActorKind.Mission or ActorKind.Company or ActorKind.ArmedGroup;

    public static bool Supporter(Mention m) => m.Kind is ActorKind.State or ActorKind.Organization or ActorKind.Company or ActorKind.Mission;

    /// <summary>The subject for a claim about a state's own situation: named before, else named anywhere, else the document's subject.</summary>
    public static string? StateSubject(SentenceContext context, int at, bool mainSubjectByDefault)
    {
        var subject = context.SubjectBefore(at, State) ?? FirstState(context);
        return subject?.ActorId ?? (mainSubjectByDefault ? context.MainSubject : null);
    }

    public static Mention? FirstState(SentenceContext context)
    {
        foreach (var m in context.Mentions)
        {
            if (State(m))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>Whether the claim at <paramref name="trigger"/> is asserted at all; sets <paramref name="hedged"/>.</summary>
    public static bool Asserted(SentenceContext context, int trigger, out bool hedged)
    {
        hedged = false;
        if (context.Negated(trigger))
        {
            return false;
        }

        var modality = context.ModalityAt(trigger);
        hedged = modality == Modality.Hedged;
        return modality != Modality.Unreal;
    }

    /// <summary>
    /// The last token of the first phrase of the class that starts at or after <paramref name="from"/> (up to
    /// <paramref name="window"/> tokens on), or -1: the place after which its object is named ("obtenue de | la France").
    /// </summary>
    public static int FindAhead(SentenceContext context, int from, int window, string wordClass)
    {
        var words = context.Words(wordClass);
        var at = words.FindIn(context.Tokens, from, from + window);
        return at >= 0 && words.TryMatch(context.Tokens, at, out _, out var length) ? at + length - 1 : -1;
    }

    /// <summary>The state the person named before <paramref name="at"/> in its clause is known to have led, where only one.</summary>
    public static Mention? LeaderState(SentenceContext context, int at)
    {
        var clause = context.ClauseStart(at);
        for (var k = context.Mentions.Count - 1; k >= 0; k--)
        {
            var person = context.Mentions[k];
            if (person.Kind == ActorKind.Person && person.Last < at && person.First >= clause)
            {
                return context.StateLedBy(person.ActorId) is { } led ? new Mention(person.First, person.Last, led, ActorKind.State, MentionType.Anaphor) : null;
            }
        }

        return null;
    }

    /// <summary>"the G5 Sahel, which Mauritania helped found", "ECOWAS, which Mauritania left in 2000": the organization before "which" and the states that act.</summary>
    public static Mention? OrganizationBeforeWhich(SentenceContext context, int verb)
    {
        var subjects = context.SubjectGroupBefore(verb, State);
        if (subjects.Count == 0 || subjects[0].First >= verb)
        {
            return null;
        }

        var which = context.Words(Language.WordClasses.MemberWhich).FindIn(context.Tokens, subjects[0].First - 3, subjects[0].First);
        return which >= 0 && context.Mentions.LastOrDefault(m => Organization(m) && m.Last < which && m.Last >= which - 3) is { ActorId: not null } antecedent
            ? antecedent
            : null;
    }

    /// <summary>
    /// The states listed after the words for a state's neighbours that end at <paramref name="phraseEnd"/> ("its
    /// neighbours, including Senegal and Mali", "ses voisins comme la Côte d'Ivoire", "à commencer par le Sénégal").
    /// </summary>
    public static List<Mention> ListedNeighbours(SentenceContext context, int phraseEnd)
    {
        var intro = FindAhead(context, phraseEnd, 4, Language.WordClasses.ListIntro);
        return intro < 0 ? [] : context.GroupAfter(intro, m => State(m) && m.Type != MentionType.Anaphor, maxGap: 2);
    }
}

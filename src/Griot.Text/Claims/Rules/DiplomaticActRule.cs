using Griot.Core.Actors;
using Griot.Core.Statements;
using Griot.Text.Language;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>diplomatic_act</c>: a verb of diplomacy and what it is done to ("expelled the French ambassador",
/// "severed diplomatic relations with Ukraine", "imposed sanctions on Mali", "a rompu ses relations avec"),
/// as a dated act by the state (or, for sanctions, the organization) named before it towards the state named
/// after it. The act comes from the verb's values for the kind of noun found with it.
/// </summary>
public sealed class DiplomaticActRule : IClaimRule
{
    private static readonly Qualifiers Severed = Qualifiers.Of(("stance", "severed"));

    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        foreach (var (index, length, verb) in context.Words(WordClasses.DiplomaticVerb).FindAll(context.Tokens))
        {
            if (context.IsInsideMention(index) || Act(context, index, length, verb) is not { } found)
            {
                continue;
            }

            var (act, nounAt, nounLength) = found;
            var clauseEnd = context.ClauseEnd(index);
            if (verb.Has("leaving") && context.Words(WordClasses.PresenceLeaving).FindIn(context.Tokens, nounAt + nounLength, clauseEnd) < 0)
            {
                continue;
            }

            var sanctions = act.StartsWith("sanctions_", StringComparison.Ordinal);
            bool Acting(Mention m) => RuleSupport.State(m) || (sanctions && RuleSupport.Organization(m));
            var subjects = context.SubjectGroupBefore(Math.Min(index, nounAt), Acting);

            // "The government of Colonel Assimi Goïta expelled the French ambassador": the state the person led.
            if (subjects.Count == 0 && RuleSupport.LeaderState(context, Math.Min(index, nounAt)) is { } led)
            {
                subjects = [led];
            }

            var actors = subjects.Select(s => s.ActorId).ToHashSet(StringComparer.Ordinal);

            // "France suspended its cooperation with Mali": not the actor's own pronoun.
            var objects = context.GroupAfter(index + length - 1, m => RuleSupport.State(m) && !actors.Contains(m.ActorId), maxGap: 5);
            if (subjects.Count == 0 && nounAt < index && Between(context, nounAt + nounLength) is [var first, var second])
            {
                subjects = [first];
                objects = [second];
            }

            // "Mali and Algeria restored their diplomatic relations": relations between the two named together.
            if (objects.Count == 0 && subjects.Count == 2 && act.StartsWith("relations_", StringComparison.Ordinal))
            {
                objects = [subjects[1]];
                subjects = [subjects[0]];
            }

            // "La France a décidé de suspendre son aide au développement", in a page on Burkina Faso: the state the
            // document is about is the one acted upon.
            if (objects.Count == 0 && subjects.Count > 0 && context.MainSubject is { } main && !actors.Contains(main))
            {
                objects = [new Mention(nounAt, nounAt + nounLength - 1, main, ActorKind.State, MentionType.Anaphor)];
            }

            if (subjects.Count == 0 || objects.Count == 0 || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            var qualifiers = Qualifiers.Of(("act", act));
            if (context.Mentions.FirstOrDefault(m => m.Kind == ActorKind.Mission && m.First > index && m.First < clauseEnd) is { ActorId: not null } mission)
            {
                qualifiers = qualifiers.With("about", mission.ActorId);
            }

            var time = SentenceContext.TimeOf(context.NearestDate(index), change: true);
            foreach (var subject in subjects)
            {
                foreach (var @object in objects.Where(o => o.ActorId != subject.ActorId))
                {
                    sink.Add(context, subject.ActorId, Predicate.DiplomaticAct, @object.ActorId, qualifiers, time, Tense.Past, hedged);

                    // A severance is also the state of the relations from that day on.
                    if (act == "relations_severed")
                    {
                        sink.Add(context, subject.ActorId, Predicate.Relation, @object.ActorId, Severed, time, context.TenseAt(index), hedged);
                    }
                }
            }
        }
    }

    /// <summary>The act the verb makes with the nearest noun after it (or, in the passive, before it) whose kind it knows.</summary>
    private static (string Act, int NounAt, int NounLength)? Act(SentenceContext context, int index, int length, LexValues verb)
    {
        var nouns = context.Words(WordClasses.DiplomaticNoun);
        var end = Math.Min(context.ClauseEnd(index), index + length + 6);
        for (var k = index + length; k < end; k++)
        {
            if (nouns.TryMatch(context.Tokens, k, out var noun, out var nounLength) && noun.Get("kind") is { } kind && verb.Get(kind) is { } act)
            {
                return (act, k, nounLength);
            }
        }

        for (var k = index - 1; k >= Math.Max(context.ClauseStart(index), index - 5); k--)
        {
            if (nouns.TryMatch(context.Tokens, k, out var noun, out var nounLength) && noun.Get("kind") is { } kind && verb.Get(kind) is { } act)
            {
                return (act, k, nounLength);
            }
        }

        return null;
    }

    /// <summary>"relations between Algeria and Morocco were severed": the pair after the noun.</summary>
    private static List<Mention> Between(SentenceContext context, int after) =>
        after < context.Tokens.Count && context.Words(WordClasses.RelationBetween).Contains(context.Tokens[after])
            ? context.GroupAfter(after, RuleSupport.State, maxGap: 2)
            : [];
}

using Griot.Core.Actors;
using Griot.Core.Statements;
using Griot.Text.Language;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>member_of</c>: "a founding member of X", "joined X", "part of X", "belongs to X", "an observer in X",
/// and the reverse "X includes Y and Z"; the words are the language's <c>member</c> and <c>member.reverse</c>.
/// </summary>
public sealed class MembershipRule : IClaimRule
{
    /// <summary>"admitted to La Francophonie as an associate member": the role said after the organization.</summary>
    private static string? RoleAfter(SentenceContext context, int last)
    {
        var @as = RuleSupport.FindAhead(context, last + 1, 2, WordClasses.MemberAs);
        if (@as < 0)
        {
            return null;
        }

        var roles = context.Words(WordClasses.MemberRole);
        for (var k = @as + 1; k < Math.Min(context.Tokens.Count, @as + 4); k++)
        {
            if (roles.TryMatch(context.Tokens, k, out var values, out _))
            {
                return values.Get("role");
            }
        }

        return null;
    }

    /// <summary>Whether the phrase itself calls it membership ("a member of", "membership in"), not "joined" or "part of".</summary>
    private static bool SaysMember(SentenceContext context, int index, int length) =>
        context.Words(WordClasses.MemberWord).FindIn(context.Tokens, index, index + length) >= 0;

    /// <summary>"admitted to the EAC in 2007, together with Burundi": more members named after the organization.</summary>
    internal static List<Mention> TogetherWith(SentenceContext context, int after)
    {
        var together = context.Words(WordClasses.TogetherWith);
        var at = together.FindIn(context.Tokens, after + 1, after + 7);
        return at >= 0 && together.TryMatch(context.Tokens, at, out _, out var length)
            ? context.GroupAfter(at + length - 1, RuleSupport.State, maxGap: 1)
            : [];
    }

    /// <summary>
    /// "ECOWAS, of which Senegal is a member", "la CEDEAO, dont le Mali est membre fondateur": the organization
    /// just before the relative word, the states after it, then the words of membership.
    /// </summary>
    private static void OfWhich(SentenceContext context, ClaimSink sink)
    {
        foreach (var (index, length, _) in context.Words(WordClasses.MemberRelative).FindAll(context.Tokens))
        {
            Mention? organization = null;
            foreach (var m in context.Mentions)
            {
                if (m.Last < index && m.Last >= index - 5 && RuleSupport.Organization(m))
                {
                    organization = m;
                }
            }

            var states = context.GroupAfter(index + length - 1, RuleSupport.State, maxGap: 1);
            if (organization is not { } org || states.Count == 0 || Between(context, org.Last + 1, index))
            {
                continue;
            }

            var words = context.Words(WordClasses.MemberWord);
            var word = words.FindIn(context.Tokens, states[^1].Last + 1, Math.Min(context.Tokens.Count, states[^1].Last + 6));
            if (word < 0 || !RuleSupport.Asserted(context, word, out var hedged))
            {
                continue;
            }

            var role = RoleBeside(context, word, states[^1].Last + 1);
            var time = SentenceContext.TimeOf(context.NearestDate(word), role == "founding_member");
            foreach (var state in states)
            {
                sink.Add(context, state.ActorId, Predicate.MemberOf, org.ActorId, Qualifiers.Of(("role", role ?? "member")), time, context.TenseAt(word), hedged);
            }

            context.Consume(word, 1);
        }
    }

    /// <summary>
    /// "…withdrawal from the bloc. Senegal, one of the founding members, was represented": a state set beside "a
    /// member" with no organization named is a member of the organization spoken of.
    /// </summary>
    private static void Apposition(SentenceContext context, ClaimSink sink)
    {
        if (context.Organization is not { } organization)
        {
            return;
        }

        var tokens = context.Tokens;
        var words = context.Words(WordClasses.MemberWord);
        foreach (var m in context.Mentions)
        {
            if (!RuleSupport.State(m) || m.Type is MentionType.Anaphor || m.Last + 2 >= tokens.Count || !tokens[m.Last + 1].Is(","))
            {
                continue;
            }

            var word = words.FindIn(tokens, m.Last + 2, Math.Min(tokens.Count, m.Last + 7));
            var end = word + 1;
            if (word < 0 || end < tokens.Count && !(tokens[end].Is(",") || tokens[end].Is(".")) || AnyMentionBetween(context, m.Last, word)
                || !RuleSupport.Asserted(context, word, out var hedged))
            {
                continue;
            }

            var role = RoleBeside(context, word, m.Last + 2);
            sink.Add(context, m.ActorId, Predicate.MemberOf, organization, Qualifiers.Of(("role", role ?? "member")), (Core.Time.ValidityInterval.Always, null), context.TenseAt(word), hedged);
        }
    }

    /// <summary>"Le Niger et le Tchad figurent parmi ses membres fondateurs": members of the organization spoken of.</summary>
    private static void AmongIts(SentenceContext context, ClaimSink sink)
    {
        if (context.Organization is not { } organization)
        {
            return;
        }

        var tokens = context.Tokens;
        var words = context.Words(WordClasses.MemberWord);
        foreach (var (index, length, _) in context.Words(WordClasses.MemberIts).FindAll(tokens))
        {
            var word = words.FindIn(tokens, index + length, Math.Min(tokens.Count, index + length + 2));
            if (word < 0 || !RuleSupport.Asserted(context, word, out var hedged))
            {
                continue;
            }

            var role = RoleBeside(context, word, index + length);
            foreach (var state in context.SubjectGroupBefore(index, RuleSupport.State))
            {
                if (state.First < index)
                {
                    sink.Add(context, state.ActorId, Predicate.MemberOf, organization, Qualifiers.Of(("role", role ?? "member")),
                        (Core.Time.ValidityInterval.Always, null), context.TenseAt(word), hedged);
                }
            }
        }
    }

    /// <summary>
    /// The organization of a membership phrase that names none after it: the one before "which" ("the G5 Sahel, which
    /// Mauritania helped found in 2014"), else, for a joining said with no object ("Guinea-Bissau … joined in 1997",
    /// "la Côte d'Ivoire l'a rejoint en 2012"), the organization spoken of.
    /// </summary>
    private static List<Mention> Unnamed(SentenceContext context, int index, int length, LexValues values)
    {
        var tokens = context.Tokens;
        if (RuleSupport.OrganizationBeforeWhich(context, index) is { } antecedent)
        {
            return [antecedent];
        }

        // Nothing after the verb but its date ("joined in 1997", "l'a rejoint en 2012") or the sentence's end.
        var next = index + length;
        var bare = next >= tokens.Count || tokens[next].Is(".") || context.Dates.Exists(d => d.Resolved && (d.First == next || d.First == next + 1));
        return values.Has("change") && bare && context.Organization is { } spoken
            ? [new Mention(index, index, spoken, ActorKind.Organization, MentionType.Anaphor)]
            : [];
    }

    /// <summary>"a founding member", "membre fondateur": the role said right before or after the word, not before <paramref name="from"/>.</summary>
    private static string? RoleBeside(SentenceContext context, int word, int from)
    {
        var roles = context.Words(WordClasses.MemberRole);
        foreach (var k in (int[])[word - 1, word + 1])
        {
            if (k >= from && k < context.Tokens.Count && roles.TryMatch(context.Tokens, k, out var values, out _))
            {
                return values.Get("role");
            }
        }

        return null;
    }

    private static bool AnyMentionBetween(SentenceContext context, int after, int before)
    {
        foreach (var o in context.Mentions)
        {
            if (o.First > after && o.First < before)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether only punctuation and a bracketed acronym stand between the organization and the relative word.</summary>
    private static bool Between(SentenceContext context, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var t = context.Tokens[k];
            if (t.IsWord && !context.IsInsideMention(k))
            {
                return true;
            }
        }

        return false;
    }

    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        OfWhich(context, sink);
        Apposition(context, sink);
        AmongIts(context, sink);
        foreach (var (index, length, values) in context.Words(WordClasses.Member).FindAll(context.Tokens))
        {
            if (context.Consumed(index) || context.IsInsideMention(index))
            {
                continue;
            }

            // "troops in the member states of the G5": the members named, not a membership claimed.
            if (index > 0 && context.Words(WordClasses.MemberReference).EndsAt(context.Tokens, index - 1, out _))
            {
                continue;
            }

            var organizations = context.GroupAfter(index + length - 1, RuleSupport.Organization, maxGap: 4);
            if (organizations.Count == 0)
            {
                organizations = Unnamed(context, index, length, values);
            }

            // "which ceased to be members of the bloc in January", "n'est plus membre de": a membership that ended.
            var endedAt = index;
            var ended = index > 0 && context.Words(WordClasses.MemberEnded).EndsAt(context.Tokens, index - 1, out endedAt);
            var denial = ended ? endedAt : index;
            if (organizations.Count == 0 || !RuleSupport.Asserted(context, denial, out var hedged))
            {
                continue;
            }

            // "membership of the OIF was suspended": a suspension, read by the withdrawal rule.
            // "Suspendu de la CEDEAO, le pays a rejoint l'AES": a suspension said before the membership is another claim.
            if (context.Words(WordClasses.Suspension).FindIn(context.Tokens, index, context.ClauseEnd(index)) >= 0)
            {
                continue;
            }

            // "a founding member in 1975", "joined in 1994": dates of a change start the membership.
            var change = values.Has("change");
            var role = RoleAfter(context, organizations[^1].Last) ?? values.Get("role") ?? (SaysMember(context, index, length) ? "member" : null);
            var subjects = context.SubjectGroupBefore(index, RuleSupport.State);

            // "Membre fondateur de l'Alliance des États du Sahel, le Niger …": the subject after the opening phrase.
            if (subjects.Count == 0 && context.FrontedSubject(index, RuleSupport.State) is { } fronted)
            {
                subjects = [fronted];
            }

            // "The following countries are member states of the NBA: Benin, Burkina Faso, …": the list after the colon.
            var colon = organizations[^1].Last + 1;
            if (subjects.TrueForAll(m => m.First > index) && colon < context.Tokens.Count && context.Tokens[colon].Is(":")
                && context.GroupAfter(colon, RuleSupport.State, maxGap: 1) is { Count: > 0 } listed)
            {
                subjects = listed;
            }

            subjects.AddRange(TogetherWith(context, organizations[^1].Last));
            var time = ended
                ? (context.NearestDate(index) is { Role: DateRole.At, Date: { } end } ? Core.Time.ValidityInterval.Of(Core.Time.IntervalBound.Open, Core.Time.IntervalBound.On(end)) : Core.Time.ValidityInterval.Always, (Core.Time.PartialDate?)null)
                : SentenceContext.TimeOf(context.NearestDate(index), change);
            var tense = ended ? Tense.Past : context.TenseAt(index);
            var qualifiers = role is null ? Qualifiers.Empty : Qualifiers.Of(("role", role));
            foreach (var subject in subjects)
            {
                foreach (var organization in organizations)
                {
                    sink.Add(context, subject.ActorId, Predicate.MemberOf, organization.ActorId, qualifiers, time, tense, hedged);
                }
            }
        }

        foreach (var (index, length, values) in context.Words(WordClasses.MemberReverse).FindAll(context.Tokens))
        {
            if (context.Consumed(index) || context.IsInsideMention(index))
            {
                continue;
            }

            var organization = context.SubjectBefore(index, RuleSupport.Organization);
            var members = context.GroupAfter(index + length - 1, RuleSupport.State, maxGap: 3);
            if (organization is null || members.Count == 0 || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            var time = SentenceContext.TimeOf(context.NearestDate(index), values.Has("change"));
            foreach (var member in members)
            {
                sink.Add(context, member.ActorId, Predicate.MemberOf, organization.Value.ActorId, Qualifiers.Empty, time, context.TenseAt(index), hedged);
            }
        }
    }
}

using Griot.Core.Statements;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>member_of</c>: "a founding member of X", "joined X", "part of X", "belongs to X", "an observer in X",
/// and the reverse "X includes Y and Z".
/// </summary>
public sealed class MembershipRule : IClaimRule
{
    private const string Member = "";

    private static readonly PhraseTable<string> Forward = new PhraseTable<string>()
        .Add("founding_member", "founding member of", "founding members of", "founder member of", "founder members of",
            "founding member state of", "founding member states of", "founding state of", "founding states of", "a founder of",
            "co-founder of", "co-founders of", "one of the founders of", "founders of", "co-founded", "cofounded",
            "founding signatory of", "founding signatories of", "founding member country of", "original member of",
            "original members of", "charter member of")
        .Add("associate", "associate member of", "associate members of", "associate member in", "associate membership of",
            "associate status in", "associate status with")
        .Add("observer", "observer status in", "observer status at", "observer status with", "observer at", "observer in",
            "observer of", "observer to", "observer state of", "observer member of", "observer state in", "observer status to")
        .Add(Member, "member of", "members of", "member state of", "member states of", "member country of", "member countries of",
            "membership of", "membership in", "membership to", "part of", "belongs to", "belong to", "belonged to", "joined",
            "rejoined", "re-joined", "admitted to", "admitted into", "admitted as a member of", "accession to", "acceded to",
            "became a member of", "become a member of", "becoming a member of", "participates in", "participant in",
            "member in", "adhered to", "joins", "readmitted to", "readmitted into", "re-admitted to", "reinstated in",
            "reinstated into", "reinstated to", "membre de");

    private static readonly PhraseTable<bool> Reverse = new PhraseTable<bool>()
        .Add(true, "includes", "include", "included", "including", "comprises", "comprise", "comprised", "brings together",
            "brought together", "bring together", "members include", "members included", "member states include",
            "member states are", "members are", "members were", "made up of", "consists of", "consisted of", "composed of",
            "groups together", "grouped", "counts", "members such as", "member states such as", "admitted", "welcomed");

    private static readonly HashSet<string> Changes = new(StringComparer.Ordinal)
    {
        "joined", "rejoined", "re-joined", "admitted", "accession", "acceded", "became", "become", "becoming", "joins",
        "readmitted", "re-admitted", "reinstated", "adhered",
    };

    /// <summary>"admitted to La Francophonie as an associate member": the role said after the organization.</summary>
    private static string? RoleAfter(SentenceContext context, int last)
    {
        var @as = RuleSupport.FindAhead(context, last + 1, 2, "as");
        if (@as < 0)
        {
            return null;
        }

        for (var k = @as + 1; k < Math.Min(context.Tokens.Count, @as + 4); k++)
        {
            switch (context.Tokens[k].Norm)
            {
                case "associate":
                    return "associate";
                case "observer" or "observers":
                    return "observer";
                case "founding" or "founder":
                    return "founding_member";
                case "member" or "full":
                    return "member";
            }
        }

        return null;
    }

    /// <summary>Whether the phrase itself calls it membership ("a member of", "membership in"), not "joined" or "part of".</summary>
    private static bool SaysMember(SentenceContext context, int index, int length)
    {
        for (var k = index; k < index + length; k++)
        {
            if (context.Tokens[k].Norm is "member" or "members" or "membership" or "membre")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"admitted to the EAC in 2007, together with Burundi": more members named after the organization.</summary>
    internal static List<Reading.Mention> TogetherWith(SentenceContext context, int after)
    {
        var together = RuleSupport.FindAhead(context, after + 1, 6, "together", "along");
        return together >= 0 && together + 1 < context.Tokens.Count && context.Tokens[together + 1].Is("with")
            ? context.GroupAfter(together + 1, RuleSupport.State, maxGap: 1)
            : [];
    }

    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        foreach (var (index, length, phraseRole) in Forward.FindAll(context.Tokens))
        {
            if (context.Consumed(index) || context.IsInsideMention(index))
            {
                continue;
            }

            var organizations = context.GroupAfter(index + length - 1, RuleSupport.Organization, maxGap: 4);
            if (organizations.Count == 0 || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            // "membership of the OIF was suspended": a suspension, read by the withdrawal rule.
            var clause = context.ClauseStart(index);
            if (RuleSupport.FindAhead(context, clause, context.ClauseEnd(index) - clause, "suspended", "suspension", "suspend", "suspends") >= 0)
            {
                continue;
            }

            // "a founding member in 1975", "joined in 1994": dates of a change start the membership.
            var change = Changes.Contains(context.Tokens[index].Norm) || phraseRole == "founding_member";
            var role = RoleAfter(context, organizations[^1].Last) ?? (phraseRole.Length == 0 && SaysMember(context, index, length) ? "member" : phraseRole);
            var subjects = context.SubjectGroupBefore(index, RuleSupport.State);
            subjects.AddRange(TogetherWith(context, organizations[^1].Last));
            var time = SentenceContext.TimeOf(context.NearestDate(index), change);
            var tense = context.TenseAt(index);
            var qualifiers = role.Length == 0 ? Qualifiers.Empty : Qualifiers.Of(("role", role));
            foreach (var subject in subjects)
            {
                foreach (var organization in organizations)
                {
                    sink.Add(context, subject.ActorId, Predicate.MemberOf, organization.ActorId, qualifiers, time, tense, hedged);
                }
            }
        }

        foreach (var (index, length, _) in Reverse.FindAll(context.Tokens))
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

            var time = SentenceContext.TimeOf(context.NearestDate(index), context.Tokens[index].Norm is "admitted" or "welcomed");
            foreach (var member in members)
            {
                sink.Add(context, member.ActorId, Predicate.MemberOf, organization.Value.ActorId, Qualifiers.Empty, time, context.TenseAt(index), hedged);
            }
        }
    }
}

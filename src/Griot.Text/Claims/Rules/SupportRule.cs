using Griot.Core.Statements;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>receives_support_from</c> with its domains: "relied on Nigeria for help with its economy and security",
/// "received military aid from", "backed by", and the other way round "France provided training to Mali".
/// </summary>
public sealed class SupportRule : IClaimRule
{
    private static readonly PhraseTable<bool> Receives = new PhraseTable<bool>()
        .Add(true, "relied on", "relies on", "rely on", "relying on", "depends on", "depended on", "depend on", "dependent on",
            "dependence on", "reliance on", "reliant on", "relied heavily on", "relies heavily on", "depends heavily on", "aid from",
            "assistance from", "support from", "help from", "backing from", "loans from", "loan from", "funding from", "grants from",
            "investment from", "backed by", "supported by", "funded by", "financed by", "assisted by", "armed by", "trained by",
            "equipped by", "bankrolled by", "received", "receives", "receiving", "obtained", "obtains", "turned to", "turns to",
            "sought help from", "benefited from", "benefits from", "benefitted from");

    private static readonly PhraseTable<bool> Gives = new PhraseTable<bool>()
        .Add(true, "provides", "provided", "providing", "gives", "gave", "given", "offered", "offers", "sent", "sends", "supplied",
            "supplies", "delivered", "delivers", "pledged", "granted", "grants", "extended", "donated", "lent", "lends");

    private static readonly PhraseTable<bool> GivesDirectly = new PhraseTable<bool>()
        .Add(true, "supports", "supported", "helped", "helps", "assisted", "assists", "backs", "backed", "funds", "financed",
            "finances", "trains", "trained", "armed", "arms", "equipped", "bankrolled");

    private static readonly Dictionary<string, string> Domains = new(StringComparer.Ordinal)
    {
        ["economy"] = "economic", ["economic"] = "economic", ["economically"] = "economic", ["financial"] = "economic",
        ["finance"] = "economic", ["financially"] = "economic", ["budget"] = "economic", ["budgetary"] = "economic",
        ["loans"] = "economic", ["loan"] = "economic", ["investment"] = "economic", ["investments"] = "economic",
        ["trade"] = "economic", ["money"] = "economic", ["funding"] = "economic", ["funds"] = "economic", ["grants"] = "economic",
        ["debt"] = "economic", ["credit"] = "economic", ["fuel"] = "economic", ["energy"] = "economic",
        ["security"] = "security", ["counterterrorism"] = "security", ["counter-terrorism"] = "security", ["intelligence"] = "security",
        ["military"] = "military", ["militarily"] = "military", ["arms"] = "military", ["weapons"] = "military",
        ["troops"] = "military", ["training"] = "military", ["drones"] = "military", ["equipment"] = "military",
        ["defence"] = "military", ["defense"] = "military", ["soldiers"] = "military", ["helicopters"] = "military",
        ["aircraft"] = "military", ["instructors"] = "military", ["mercenaries"] = "military", ["ammunition"] = "military",
        ["humanitarian"] = "humanitarian", ["food"] = "humanitarian", ["relief"] = "humanitarian", ["refugees"] = "humanitarian",
        ["diplomatic"] = "diplomatic", ["diplomatically"] = "diplomatic", ["political"] = "diplomatic", ["politically"] = "diplomatic",
        ["development"] = "development", ["infrastructure"] = "development", ["health"] = "development", ["education"] = "development",
        ["roads"] = "development", ["agriculture"] = "development", ["irrigation"] = "development",
    };

    private static readonly HashSet<string> AidNouns = new(StringComparer.Ordinal)
    {
        "aid", "support", "assistance", "help", "loans", "loan", "weapons", "arms", "equipment", "funding", "money", "training",
        "troops", "drones", "grants", "backing", "helicopters", "instructors", "investment", "budget", "food", "relief", "credit",
    };

    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        foreach (var (index, length, _) in Receives.FindAll(context.Tokens))
        {
            var last = index + length - 1;
            var verb = context.Tokens[index].Norm is "received" or "receives" or "receiving" or "obtained" or "obtains" or "turned" or "turns" or "sought" or "benefited" or "benefits" or "benefitted";
            var from = verb ? RuleSupport.FindAhead(context, last + 1, 10, "from", "by") : last;
            if (from < 0 || (verb && !HasAidNoun(context, last + 1, from) && context.Tokens[index].Norm is not ("turned" or "turns" or "sought")))
            {
                continue;
            }

            var supporters = context.GroupAfter(from, RuleSupport.Supporter, maxGap: 2);
            var subject = context.SubjectBefore(index, RuleSupport.State);
            if (subject is null || supporters.Count == 0 || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            Add(context, sink, subject.Value.ActorId, supporters, index, subject.Value.Last + 1, hedged);
        }

        foreach (var (index, length, _) in Gives.FindAll(context.Tokens))
        {
            // "gave Mauritania a loan": the receiver right after the verb, then what was given.
            if (context.GroupAfter(index + length - 1, RuleSupport.State, maxGap: 0) is [var direct, ..] && HasAidNoun(context, direct.Last + 1, Math.Min(context.Tokens.Count, direct.Last + 5))
                && context.SubjectBefore(index, RuleSupport.Supporter) is { } giver && RuleSupport.Asserted(context, index, out var hd))
            {
                Add(context, sink, direct.ActorId, [giver], index, giver.Last + 1, hd);
                continue;
            }

            var to = RuleSupport.FindAhead(context, index + length, 10, "to");
            if (to < 0 || !HasAidNoun(context, index + length, to))
            {
                continue;
            }

            var supporter = context.SubjectBefore(index, RuleSupport.Supporter);
            var receivers = context.GroupAfter(to, RuleSupport.State, maxGap: 2);
            if (supporter is { } s && receivers.Count > 0 && RuleSupport.Asserted(context, index, out var hedged))
            {
                foreach (var receiver in receivers)
                {
                    Add(context, sink, receiver.ActorId, [s], index, s.Last + 1, hedged);
                }
            }
        }

        foreach (var (index, length, _) in GivesDirectly.FindAll(context.Tokens))
        {
            if (context.Tokens[index].Norm is "backed" or "supported" or "financed" or "trained" or "armed" or "equipped" or "bankrolled" or "assisted"
                && index + length < context.Tokens.Count && context.Tokens[index + length].Is("by"))
            {
                continue;
            }

            var supporter = context.SubjectBefore(index, RuleSupport.Supporter);
            var receivers = context.GroupAfter(index + length - 1, RuleSupport.State, maxGap: 1);
            if (supporter is { } s && receivers.Count > 0 && RuleSupport.Asserted(context, index, out var hedged))
            {
                foreach (var receiver in receivers)
                {
                    Add(context, sink, receiver.ActorId, [s], index, s.Last + 1, hedged);
                }
            }
        }
    }

    private static bool HasAidNoun(SentenceContext context, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (AidNouns.Contains(context.Tokens[k].Norm) || Domains.ContainsKey(context.Tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds a claim per domain named after <paramref name="from"/> (the end of the first party's name).</summary>
    private static void Add(SentenceContext context, ClaimSink sink, string subject, List<Mention> supporters, int at, int from, bool hedged)
    {
        var domains = new SortedSet<string>(StringComparer.Ordinal);
        for (var k = from; k < context.Tokens.Count; k++)
        {
            if (!context.IsInsideMention(k) && Domains.TryGetValue(context.Tokens[k].Norm, out var domain))
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

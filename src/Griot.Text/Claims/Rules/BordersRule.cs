using System.Globalization;
using Griot.Core.Statements;
using Griot.Text.Reading;

namespace Griot.Text.Claims.Rules;

/// <summary>
/// <c>borders</c>: "X borders A, B and C", "is bordered by", "its borders with", "shares a border with",
/// "X and Y share a border", "neighbouring X", and the count of "surrounded by seven countries" (a claim with
/// a <c>count</c> qualifier and no object).
/// </summary>
public sealed class BordersRule : IClaimRule
{
    private static readonly PhraseTable<bool> Triggers = new PhraseTable<bool>()
        .Add(true, "borders", "bordered by", "borders with", "border with", "border to", "borders on", "bordering",
            "shares a border with", "shares borders with", "share a border", "share a common border", "share borders",
            "share a long border", "shares a border", "share a frontier", "are neighbours", "are neighbors", "share a border with", "share borders with", "shared a border with",
            "shares a long border with", "shares a porous border with", "share a long border with", "shares land borders with",
            "bounded by", "neighbours", "neighbors", "neighbouring", "neighboring", "neighbour of", "neighbor of",
            "neighbours include", "neighbors include", "adjacent to", "frontier with", "frontiers with", "surrounded by",
            "border between", "borders between", "frontier between", "boundary with", "boundary between", "neighbour",
            "neighbor", "frontière avec", "frontieres avec", "surrounds", "encircles", "surround", "enclaves", "bordered", "bounded", "borders to", "border on");

    private static readonly HashSet<string> CountedNouns = new(StringComparer.Ordinal)
    {
        "countries", "states", "nations", "neighbours", "neighbors", "neighbouring", "neighboring", "other",
    };

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
    };

    public void Apply(SentenceContext context, ClaimSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        foreach (var (index, length, _) in Triggers.FindAll(context.Tokens))
        {
            if (context.IsInsideMention(index) || !RuleSupport.Asserted(context, index, out var hedged))
            {
                continue;
            }

            var last = index + length - 1;
            var tense = context.TenseAt(index);
            var time = SentenceContext.TimeOf(context.NearestDate(index), change: false);
            var after = context.GroupAfter(last, RuleSupport.State, maxGap: 3);
            var before = context.AllBefore(index, RuleSupport.State);
            if (context.Tokens[last].Norm == "between")
            {
                Pair(context, sink, after, time, tense, hedged);
                continue;
            }

            var subject = context.SubjectBefore(index, RuleSupport.State);
            if (subject is null && after.Count > 0 && context.Tokens[index].Norm is "neighbouring" or "neighboring" or "bordering")
            {
                continue;
            }

            if (subject is { } s && after.Count > 0)
            {
                foreach (var neighbour in after.Where(a => a.ActorId != s.ActorId))
                {
                    sink.Add(context, s.ActorId, Predicate.Borders, neighbour.ActorId, Qualifiers.Empty, time, tense, hedged);
                }
            }
            else if (after.Count == 0 && before.Count >= 2 && context.Tokens[index].Norm is not "neighbouring" and not "neighboring")
            {
                Pair(context, sink, before, time, tense, hedged);
            }
            else if (after.Count == 0 && CountAfter(context, last) is { } count && (subject?.ActorId ?? context.MainSubject) is { } counted)
            {
                sink.Add(context, counted, Predicate.Borders, null, Qualifiers.Of(("count", count.ToString(CultureInfo.InvariantCulture))), time, tense, hedged);
            }
        }

        CountBefore(context, sink);
    }

    private static void Pair(SentenceContext context, ClaimSink sink, List<Mention> states, (Core.Time.ValidityInterval, Core.Time.PartialDate?) time, Tense tense, bool hedged)
    {
        if (states.Count == 2 && states[0].ActorId != states[1].ActorId)
        {
            sink.Add(context, states[0].ActorId, Predicate.Borders, states[1].ActorId, Qualifiers.Empty, time, tense, hedged);
        }
    }

    /// <summary>"surrounded by seven countries", "bordered by 7 states".</summary>
    private static int? CountAfter(SentenceContext context, int last)
    {
        var k = last + 1;
        if (k + 1 < context.Tokens.Count && NumberAt(context.Tokens[k]) is { } n && CountedNouns.Contains(context.Tokens[k + 1].Norm))
        {
            return n;
        }

        return null;
    }

    /// <summary>"has seven neighbours", "borders seven countries" (numbers before the noun, no trigger after).</summary>
    private static void CountBefore(SentenceContext context, ClaimSink sink)
    {
        var tokens = context.Tokens;
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            if (tokens[k + 1].Norm is not ("neighbours" or "neighbors") || NumberAt(tokens[k]) is not { } n || !tokens[k - 1].Is("has") && !tokens[k - 1].Is("have"))
            {
                continue;
            }

            if ((context.SubjectBefore(k, RuleSupport.State)?.ActorId ?? context.MainSubject) is { } subject && RuleSupport.Asserted(context, k, out var hedged))
            {
                sink.Add(context, subject, Predicate.Borders, null, Qualifiers.Of(("count", n.ToString(CultureInfo.InvariantCulture))),
                    (Core.Time.ValidityInterval.Always, null), context.TenseAt(k), hedged);
            }
        }
    }

    private static int? NumberAt(Token token) =>
        Numbers.TryGetValue(token.Norm, out var n) ? n
        : token.Kind == TokenKind.Number && int.TryParse(token.Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is > 0 and < 30 ? d
        : null;
}

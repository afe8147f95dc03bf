using Griot.Core.Statements;
using Griot.Text.Claims;
using Griot.Text.Documents;

namespace Griot.Text.Evaluation;

/// <summary>Precision, recall and F1 of a set of counts.</summary>
public sealed record Score(string Name, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>What extraction got right and wrong on a gold set: overall, per predicate, and the misses.</summary>
public sealed record Evaluation(Score Overall, IReadOnlyList<Score> ByPredicate, IReadOnlyList<EvaluationMiss> Misses, int Items);

/// <summary>A claim extracted but not in the gold set (spurious) or in it but not extracted (missed).</summary>
public sealed record EvaluationMiss(string ItemId, string Claim, bool Spurious);

/// <summary>
/// Scores extraction against gold items. A claim matches a gold claim with the same subject, predicate
/// and object (either order for borders and relations) and the same role, stance, trend and domain where
/// the gold claim gives them.
/// </summary>
public static class Evaluator
{
    private static readonly string[] Compared = ["role", "stance", "trend", "domain", "count"];

    public static Evaluation Evaluate(ClaimExtractor extractor, IReadOnlyList<GoldItem> items)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(items);
        var counts = new Dictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        var misses = new List<EvaluationMiss>();
        foreach (var item in items)
        {
            var extracted = extractor.Extract(Document.FromText(item.Text, item.Id), new ExtractionOptions(item.MainSubject, item.DocumentDate))
                .Claims.Select(Key).Distinct(StringComparer.Ordinal).ToList();
            var gold = item.Claims.Select(Key).Distinct(StringComparer.Ordinal).ToList();
            var unmatched = new List<string>(extracted);
            foreach (var g in gold)
            {
                var match = unmatched.FindIndex(e => Matches(e, g));
                var predicate = g.Split('|')[1];
                var c = counts.GetValueOrDefault(predicate);
                if (match >= 0)
                {
                    unmatched.RemoveAt(match);
                    counts[predicate] = (c.Tp + 1, c.Fp, c.Fn);
                }
                else
                {
                    counts[predicate] = (c.Tp, c.Fp, c.Fn + 1);
                    misses.Add(new EvaluationMiss(item.Id, g, Spurious: false));
                }
            }

            foreach (var e in unmatched)
            {
                var predicate = e.Split('|')[1];
                var c = counts.GetValueOrDefault(predicate);
                counts[predicate] = (c.Tp, c.Fp + 1, c.Fn);
                misses.Add(new EvaluationMiss(item.Id, e, Spurious: true));
            }
        }

        var byPredicate = counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new Score(c.Key, c.Value.Tp, c.Value.Fp, c.Value.Fn)).ToList();
        var overall = new Score("all", byPredicate.Sum(s => s.TruePositives), byPredicate.Sum(s => s.FalsePositives), byPredicate.Sum(s => s.FalseNegatives));
        return new Evaluation(overall, byPredicate, misses, items.Count);
    }

    // Keys: "subject|predicate|object|k=v;k=v" with the parties of symmetric predicates in order.
    private static string Key(Claim claim) =>
        Key(claim.Subject, claim.Predicate.Id, claim.Object, claim.Qualifiers.Where(q => Compared.Contains(q.Key)));

    private static string Key(GoldClaim claim) =>
        Key(claim.Subject, claim.Predicate, claim.Object, claim.Qualifiers.Where(q => Compared.Contains(q.Key)));

    private static string Key(string subject, string predicate, string? @object, IEnumerable<KeyValuePair<string, string>> qualifiers)
    {
        var bothWays = predicate is "borders" or "relation";
        if (bothWays && @object is not null && string.CompareOrdinal(@object, subject) < 0)
        {
            (subject, @object) = (@object, subject);
        }

        var q = string.Join(';', qualifiers.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        return $"{subject}|{predicate}|{@object}|{q}";
    }

    /// <summary>Extracted matches gold where the triple is equal and every compared qualifier gold gives is equal.</summary>
    private static bool Matches(string extracted, string gold)
    {
        var e = extracted.Split('|');
        var g = gold.Split('|');
        if (e[0] != g[0] || e[1] != g[1] || e[2] != g[2])
        {
            return false;
        }

        var eq = e[3].Length == 0 ? [] : e[3].Split(';');
        return g[3].Length == 0 || g[3].Split(';').All(eq.Contains);
    }

    /// <summary>The predicates of the vocabulary, for reports that list each even where a set has none.</summary>
    public static IEnumerable<string> Predicates => Predicate.All.Select(p => p.Id);
}

using Griot.Core;
using Griot.Core.Statements;
using Griot.Core.Time;
using Griot.Text.Checking;
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

/// <summary>The scores of one language of a gold set: overall and per predicate.</summary>
public sealed record LanguageScores(string Language, Score Overall, IReadOnlyList<Score> ByPredicate);

/// <summary>
/// What extraction got right and wrong on a gold set: overall, per predicate, per language, and the misses;
/// for documents also how many dates of the facts found agree with the text's, and the false alarms.
/// </summary>
public sealed record Evaluation(Score Overall, IReadOnlyList<Score> ByPredicate, IReadOnlyList<EvaluationMiss> Misses, int Items)
{
    public IReadOnlyList<LanguageScores> ByLanguage { get; init; } = [];

    /// <summary>Facts found whose gold gives a date, and how many of them carry the same date.</summary>
    public (int Dated, int Agreeing) Dates { get; init; }

    /// <summary>Where the checker judged a claim <c>contradicted</c>: on a fact the text states truly, or on a misreading.</summary>
    public IReadOnlyList<FalseAlarm> FalseAlarms { get; init; } = [];

    /// <summary>Facts the checker judged: how many gold facts (true ones) were extracted and then judged <c>contradicted</c>.</summary>
    public int CheckedFacts { get; init; }
}

/// <summary>A claim extracted but not in the gold set (spurious) or in it but not extracted (missed).</summary>
public sealed record EvaluationMiss(string ItemId, string Claim, bool Spurious, string? Evidence = null);

/// <summary>A claim judged <c>contradicted</c> that should not have been: a true fact of the text (<see cref="OnTrueFact"/>), or a misreading.</summary>
public sealed record FalseAlarm(string ItemId, string Claim, bool OnTrueFact, string Reason, string Evidence);

/// <summary>
/// Scores extraction against gold items or documents. A claim matches a gold claim with the same subject,
/// predicate and object (either order for borders and relations) and the same role, stance, trend, domain,
/// count and act where the gold claim gives them. Documents are scored at the document level: each distinct
/// fact once, however many sentences state it, and a stance one step away on the scale counts as the same
/// (as the checker judges it). The sentence sets were labelled before <c>diplomatic_act</c> existed: claims
/// of it are not scored there.
/// </summary>
public static class Evaluator
{
    private static readonly string[] Compared = ["role", "stance", "trend", "domain", "count", "act"];

    /// <summary>Predicates a sentence set (<c>.jsonl</c>) does not label.</summary>
    public static IReadOnlySet<string> UnlabelledInSentenceSets { get; } = new HashSet<string>(StringComparer.Ordinal) { Predicate.DiplomaticAct.Id };

    public static Evaluation Evaluate(ClaimExtractor extractor, IReadOnlyList<GoldItem> items)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(items);
        var tally = new Tally();
        foreach (var item in items)
        {
            var extracted = extractor.Extract(Document.FromText(item.Text, item.Id), new ExtractionOptions(item.MainSubject, item.DocumentDate))
                .Claims.Where(c => !UnlabelledInSentenceSets.Contains(c.Predicate.Id)).Select(Key).Distinct(StringComparer.Ordinal).ToList();
            var gold = item.Claims.Select(Key).Distinct(StringComparer.Ordinal).ToList();
            tally.Add(item.Id, "en", extracted.Select(e => (e, (string?)null)).ToList(), gold, stanceTolerance: false);
        }

        return tally.Result(items.Count);
    }

    /// <summary>
    /// Scores documents; with a <paramref name="checker"/>, also checks each document's claims and counts the
    /// claims judged <c>contradicted</c> on true facts and on misreadings.
    /// </summary>
    public static async Task<Evaluation> EvaluateAsync(ClaimExtractor extractor, IReadOnlyList<GoldDocument> documents, ClaimChecker? checker, DateOnly today,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(documents);
        var tally = new Tally();
        var alarms = new List<FalseAlarm>();
        var (dated, agreeing, checkedFacts) = (0, 0, 0);
        foreach (var document in documents)
        {
            var extraction = extractor.Extract(Document.FromText(document.Text, document.Id), new ExtractionOptions(DocumentDate: document.DocumentDate));
            var claims = extraction.Claims.Select(c => (Key: Key(c), Claim: c)).ToList();

            // A coup read once with its year and once without is one coup.
            var datedCoups = claims.Where(c => c.Claim.Predicate == Predicate.Coup && c.Key.Contains("year=", StringComparison.Ordinal)).Select(c => c.Claim.Subject).ToHashSet(StringComparer.Ordinal);
            var scored = claims.Where(c => !(c.Claim.Predicate == Predicate.Coup && datedCoups.Contains(c.Claim.Subject) && !c.Key.Contains("year=", StringComparison.Ordinal))).ToList();
            var gold = document.Facts.Select(f => (Key: Key(f), Fact: f)).ToList();
            var matched = tally.Add(document.Id, document.Language, scored.Select(c => (c.Key, (string?)c.Claim.Evidence.Text)).DistinctBy(c => c.Key).ToList(),
                gold.Select(g => g.Key).Distinct(StringComparer.Ordinal).ToList(), stanceTolerance: true,
                gold.GroupBy(g => g.Key).ToDictionary(g => g.Key, g => g.First().Fact.Evidence, StringComparer.Ordinal));

            foreach (var (goldKey, claimKey) in matched)
            {
                var fact = gold.First(g => g.Key == goldKey).Fact;
                if ((fact.Start ?? fact.End) is { } goldDate)
                {
                    dated++;
                    agreeing += claims.Where(c => c.Key == claimKey).Any(c => SameDate(goldDate, c.Claim)) ? 1 : 0;
                }
            }

            if (checker is null)
            {
                continue;
            }

            var check = await checker.CheckAsync(extraction, today, cancellationToken);
            for (var i = 0; i < claims.Count; i++)
            {
                var goldKey = matched.FirstOrDefault(m => m.Claim == claims[i].Key).Gold;
                var fact = goldKey is null ? null : gold.First(g => g.Key == goldKey).Fact;
                if (fact is { True: true })
                {
                    checkedFacts++;
                }

                if (check.Verdicts[i].Verdict != Verdict.Contradicted || fact is { True: false })
                {
                    continue;
                }

                alarms.Add(new FalseAlarm(document.Id, claims[i].Key, fact is not null, check.Verdicts[i].Reason, claims[i].Claim.Evidence.Text));
            }
        }

        return tally.Result(documents.Count) with { Dates = (dated, agreeing), FalseAlarms = alarms, CheckedFacts = checkedFacts };
    }

    /// <summary>Whether the claim's date (its point, else its start or end) is the gold date, at the gold date's precision.</summary>
    private static bool SameDate(PartialDate gold, Claim claim)
    {
        var said = claim.At ?? claim.Valid.Start.Date ?? claim.Valid.End.Date;
        return said is { } d && d.Year == gold.Year
            && (gold.Precision == DatePrecision.Year || d.Month == gold.Month)
            && (gold.Precision != DatePrecision.Day || d.Day == gold.Day);
    }

    // Keys: "subject|predicate|object|k=v;k=v" with the parties of symmetric predicates in order.
    private static string Key(Claim claim) =>
        Key(claim.Subject, claim.Predicate.Id, claim.Object, claim.Qualifiers.Where(q => Compared.Contains(q.Key))
            .Concat(CoupYear(claim.Predicate.Id, claim.At ?? claim.Valid.Start.Date)));

    /// <summary>A document may name several coups in one state: their years tell them apart.</summary>
    private static IEnumerable<KeyValuePair<string, string>> CoupYear(string predicate, PartialDate? date) =>
        predicate == "coup" && date is { } d ? [KeyValuePair.Create("year", d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))] : [];

    private static string Key(GoldClaim claim) =>
        Key(claim.Subject, claim.Predicate, claim.Object, claim.Qualifiers.Where(q => Compared.Contains(q.Key)));

    private static string Key(GoldFact fact) =>
        Key(fact.Subject, fact.Predicate, fact.Object, fact.Qualifiers.Where(q => Compared.Contains(q.Key)).Concat(CoupYear(fact.Predicate, fact.Start)));

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

    /// <summary>Extracted matches gold where the triple is equal and every compared qualifier gold gives is equal (a stance, within a step where tolerated).</summary>
    private static bool Matches(string extracted, string gold, bool stanceTolerance)
    {
        var e = extracted.Split('|');
        var g = gold.Split('|');
        if (e[0] != g[0] || e[1] != g[1] || e[2] != g[2])
        {
            return false;
        }

        // A coup's year tells coups apart: a coup read without its year is still the coup the text names.
        var eq = e[3].Length == 0 ? [] : e[3].Split(';');
        return g[3].Length == 0 || g[3].Split(';').All(q => eq.Contains(q) || (stanceTolerance && NearStance(q, eq))
            || q.StartsWith("year=", StringComparison.Ordinal) && !eq.Any(x => x.StartsWith("year=", StringComparison.Ordinal)));
    }

    private static bool NearStance(string gold, string[] extracted)
    {
        if (!gold.StartsWith("stance=", StringComparison.Ordinal) || !VocabularyNames.TryParse<Stance>(gold[7..], out var g))
        {
            return false;
        }

        return extracted.Any(q => q.StartsWith("stance=", StringComparison.Ordinal) && VocabularyNames.TryParse<Stance>(q[7..], out var e) && !e.ConflictsWith(g));
    }

    /// <summary>The predicates of the vocabulary, for reports that list each even where a set has none.</summary>
    public static IEnumerable<string> Predicates => Predicate.All.Select(p => p.Id);

    /// <summary>Counts per language and predicate.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<(string Language, string Predicate), (int Tp, int Fp, int Fn)> _counts = [];
        private readonly List<EvaluationMiss> _misses = [];

        /// <summary>Matches one item's claims to its gold, one to one; returns the pairs (gold key, claim key).</summary>
        public List<(string Gold, string Claim)> Add(string id, string language, List<(string Key, string? Evidence)> extracted, List<string> gold, bool stanceTolerance,
            IReadOnlyDictionary<string, string>? goldEvidence = null)
        {
            var unmatched = new List<(string Key, string? Evidence)>(extracted);
            var pairs = new List<(string, string)>();
            foreach (var g in gold)
            {
                // The same key first; then one that differs only where the comparison is lenient.
                var match = unmatched.FindIndex(e => e.Key == g);
                if (match < 0)
                {
                    match = unmatched.FindIndex(e => Matches(e.Key, g, stanceTolerance));
                }

                var predicate = g.Split('|')[1];
                var c = _counts.GetValueOrDefault((language, predicate));
                if (match >= 0)
                {
                    pairs.Add((g, unmatched[match].Key));
                    unmatched.RemoveAt(match);
                    _counts[(language, predicate)] = (c.Tp + 1, c.Fp, c.Fn);
                }
                else
                {
                    _counts[(language, predicate)] = (c.Tp, c.Fp, c.Fn + 1);
                    _misses.Add(new EvaluationMiss(id, g, Spurious: false, goldEvidence?.GetValueOrDefault(g)));
                }
            }

            foreach (var (e, evidence) in unmatched)
            {
                var predicate = e.Split('|')[1];
                var c = _counts.GetValueOrDefault((language, predicate));
                _counts[(language, predicate)] = (c.Tp, c.Fp + 1, c.Fn);
                _misses.Add(new EvaluationMiss(id, e, Spurious: true, evidence));
            }

            return pairs;
        }

        public Evaluation Result(int items)
        {
            var languages = _counts.Keys.Select(k => k.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(language => Scores(language, _counts.Where(c => c.Key.Language == language)))
                .ToList();
            var all = Scores("all", _counts);
            return new Evaluation(all.Overall, all.ByPredicate, _misses, items) { ByLanguage = languages };
        }

        private static LanguageScores Scores(string language, IEnumerable<KeyValuePair<(string Language, string Predicate), (int Tp, int Fp, int Fn)>> counts)
        {
            var byPredicate = counts.GroupBy(c => c.Key.Predicate, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Score(g.Key, g.Sum(c => c.Value.Tp), g.Sum(c => c.Value.Fp), g.Sum(c => c.Value.Fn)))
                .ToList();
            var overall = new Score("all", byPredicate.Sum(s => s.TruePositives), byPredicate.Sum(s => s.FalsePositives), byPredicate.Sum(s => s.FalseNegatives));
            return new LanguageScores(language, overall, byPredicate);
        }
    }
}

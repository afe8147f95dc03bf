using Griot.Testing;
using Griot.Text.Checking;
using Griot.Text.Evaluation;

namespace Griot.Text.Tests;

/// <summary>
/// Extraction against the hand-labelled gold sets: a floor under today's scores, so that a change that
/// loses accuracy fails. The figures themselves come from <c>griot eval</c>.
/// </summary>
public sealed class GoldSetTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private static string Gold(string name) => Path.Join(TestData.RepositoryRoot, "tests", "Griot.Text.Tests", "Gold", name);

    [Theory]
    [InlineData("tune.jsonl", 140, 0.95)]
    [InlineData("holdout.jsonl", 70, 0.78)]
    [InlineData("holdout-2.jsonl", 90, 0.74)]
    public async Task Evaluate_GoldSet_F1AtLeast(string file, int items, double floor)
    {
        var gold = await GoldSet.ReadAsync(Gold(file));

        var evaluation = Evaluator.Evaluate(fixture.Extractor, gold);

        Assert.Equal(items, evaluation.Items);
        Assert.True(evaluation.Overall.F1 >= floor, $"F1 {evaluation.Overall.F1:F3} on {file} is below {floor}");
    }

    [Fact]
    public async Task GoldSets_EveryPredicateOfTheVocabulary()
    {
        var predicates = (await GoldSet.ReadAsync(Gold("tune.jsonl"))).SelectMany(i => i.Claims).Select(c => c.Predicate).ToHashSet();

        Assert.Superset(predicates, Evaluator.Predicates.ToHashSet());
    }

    [Fact]
    public async Task GoldDocuments_RealTextsKeptWithTheirLicence_HalfInFrench()
    {
        var tune = await GoldDocuments.ReadAsync(Gold(Path.Join("Documents", "tune")));
        var holdout = await GoldDocuments.ReadAsync(Gold(Path.Join("Documents", "holdout")));
        var all = tune.Concat(holdout).ToList();

        Assert.True(all.Count >= 40, $"{all.Count} documents");
        Assert.True(all.Sum(d => d.Facts.Count) >= 300, "too few facts annotated");
        Assert.True(all.Count(d => d.Language == "fr") * 2 >= all.Count, "fewer than half in French");
        Assert.True(holdout.Count(d => d.Language == "en") >= 10 && holdout.Count(d => d.Language == "fr") >= 10);
        Assert.Empty(tune.Select(d => d.Id).Intersect(holdout.Select(d => d.Id)));
        Assert.All(all, d =>
        {
            var words = d.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.InRange(words, 200, 2000);
            Assert.False(string.IsNullOrWhiteSpace(d.Source.Licence), $"{d.Id} has no licence");
        });
    }

    [Fact]
    public async Task EvaluateDocuments_TuningPart_FloorPerLanguage_NoTrueFactContradictedButKnownDataGaps()
    {
        var documents = await GoldDocuments.ReadAsync(Gold(Path.Join("Documents", "tune")));

        var evaluation = await Evaluator.EvaluateAsync(fixture.Extractor, documents, new ClaimChecker(fixture.Store), new DateOnly(2026, 12, 1));

        // Round 4 tunes on 100 documents (rounds 1 to 3 with their held-out parts, two more French); floors a little under today's scores.
        Assert.Equal(100, evaluation.Items);
        var en = evaluation.ByLanguage.Single(l => l.Language == "en").Overall;
        var fr = evaluation.ByLanguage.Single(l => l.Language == "fr").Overall;
        Assert.True(en.Precision >= 0.86 && en.Recall >= 0.66, $"English P {en.Precision:F3} R {en.Recall:F3}");
        Assert.True(fr.Precision >= 0.81 && fr.Recall >= 0.60, $"French P {fr.Precision:F3} R {fr.Recall:F3}");

        // Known: the knowledge base dates the Africa Corps in Mali and Burkina Faso later than the texts (issue 13) and
        // Guinea's OMVS membership 2006 where a text says 2005. Four others remain: the Niger Basin Authority "refounded"
        // in 1980 (1964 in the knowledge base), and three heads of state dated by another clause's year (Gbagbo, Sékou
        // Touré, Amadou Toumani Touré).
        var unexplained = evaluation.FalseAlarms.Where(a => a.OnTrueFact && !a.Claim.StartsWith("africa-corps", StringComparison.Ordinal)
            && !a.Claim.StartsWith("GIN|member_of|OMVS", StringComparison.Ordinal)).ToList();
        Assert.True(unexplained.Count <= 4, string.Join("; ", unexplained.Select(a => a.Claim)));
    }

    [Fact]
    public async Task EvaluateNews_TuningPart_TrueSupportedAndErrorsCaught()
    {
        var items = await GoldNews.ReadAsync(Gold(Path.Join("News", "tune.jsonl")));

        var evaluation = await GoldNews.EvaluateAsync(fixture.Extractor, new ClaimChecker(fixture.Store), items, new DateOnly(2026, 12, 1));

        // 128 texts: rounds 1 to 3 with their held-out parts. The issue asks 0.8 on texts never tuned on (Gold/MEASUREMENTS.md);
        // this floor keeps the tuning part from sliding back.
        Assert.Equal(128, evaluation.Items);
        foreach (var tally in evaluation.Tallies)
        {
            Assert.True(tally.Rate >= 0.7, $"{tally.Language} {(tally.Errors ? "planted errors caught" : "true claims supported")}: {tally.Rate:F3}");
        }
    }
}

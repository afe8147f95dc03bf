using Griot.Testing;
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
}

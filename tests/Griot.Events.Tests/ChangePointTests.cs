using CsCheck;
using Griot.Events.Analysis;

namespace Griot.Events.Tests;

public sealed class ChangePointTests
{
    [Fact]
    public void Pelt_NoisyStep_FindsOneShiftAtTheStep()
    {
        var random = new Random(20120101);
        var values = Levels(random, 0.5, (40, 2.0), (40, -3.0));

        var result = ChangePoints.Pelt(values);

        var point = Assert.Single(result.Points);
        Assert.InRange(point.Index, 39, 41);
        Assert.Equal(-5.0, point.Shift, 0.3);
        Assert.Equal(2.0, point.MeanBefore, 0.3);
        Assert.Equal(-3.0, point.MeanAfter, 0.3);
    }

    [Fact]
    public void Pelt_TwoShifts_FindsBothInOrder()
    {
        var random = new Random(7);
        var values = Levels(random, 0.5, (30, 0.0), (25, 4.0), (35, 1.0));

        var result = ChangePoints.Pelt(values);

        Assert.Equal(2, result.Points.Count);
        Assert.InRange(result.Points[0].Index, 29, 31);
        Assert.InRange(result.Points[1].Index, 54, 56);
        Assert.Equal(4.0, result.Points[0].Shift, 0.4);
        Assert.Equal(-3.0, result.Points[1].Shift, 0.4);
    }

    [Fact]
    public void Pelt_ConstantSeries_FindsNone()
    {
        var values = Enumerable.Repeat(0.1, 60).ToArray();

        var result = ChangePoints.Pelt(values);

        Assert.Empty(result.Points);
        Assert.True(result.Penalty > 0);
        Assert.Contains("constant", result.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Pelt_CleanStepWithoutNoise_StillFound()
    {
        var values = Levels(new Random(1), 0, (10, 1.0), (10, 6.0));

        var result = ChangePoints.Pelt(values);

        var point = Assert.Single(result.Points);
        Assert.Equal(10, point.Index);
        Assert.Equal(5.0, point.Shift, 1e-12);
    }

    [Fact]
    public void Pelt_PureNoise_FindsNone()
    {
        var values = Levels(new Random(42), 1.0, (120, 0.0));

        var result = ChangePoints.Pelt(values);

        Assert.Empty(result.Points);
    }

    [Fact]
    public void Pelt_DefaultPenalty_StatesMethodAndPenalty()
    {
        var values = Levels(new Random(3), 0.5, (40, 2.0), (40, -3.0));

        var result = ChangePoints.Pelt(values);

        Assert.StartsWith("PELT (Killick, Fearnhead & Eckley 2012), normal mean-shift cost, penalty 2·σ̂²·ln n = ", result.Method, StringComparison.Ordinal);
        Assert.Contains("(σ̂ from the MAD of first differences), minimum segment 3", result.Method, StringComparison.Ordinal);
        Assert.InRange(result.Penalty, 2 * 0.3 * 0.3 * Math.Log(80), 2 * 0.7 * 0.7 * Math.Log(80));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(7)]
    public void Pelt_MinSegment_KeepsSegmentsAtLeastThatLong(int minSegment)
    {
        var random = new Random(minSegment);
        var values = Enumerable.Range(0, 60).Select(i => (i / 2 % 3 * 5.0) + (random.NextDouble() * 0.1)).ToArray();

        var result = ChangePoints.Pelt(values, penalty: 0.01, minSegment: minSegment);

        Assert.NotEmpty(result.Points);
        var bounds = result.Points.Select(p => p.Index).Prepend(0).Append(values.Length).ToArray();
        for (var i = 1; i < bounds.Length; i++)
            Assert.True(bounds[i] - bounds[i - 1] >= minSegment, $"segment {bounds[i - 1]}..{bounds[i]} is shorter than {minSegment}");
    }

    [Fact]
    public void Pelt_SeriesShorterThanTwoSegments_FindsNone()
    {
        double[] values = [0, 0, 0, 9, 9];

        Assert.Empty(ChangePoints.Pelt(values, penalty: 0, minSegment: 3).Points);
        Assert.Empty(ChangePoints.Pelt([]).Points);
    }

    [Fact]
    public void Pelt_OutlierWithNearZeroWeight_CreatesNoChangePoint()
    {
        var values = Levels(new Random(11), 0.5, (60, 1.0));
        values[30] = 40;
        var weights = Enumerable.Repeat(1.0, values.Length).ToArray();
        weights[30] = 1e-6;

        var weighted = ChangePoints.Pelt(values, weights);
        var unweighted = ChangePoints.Pelt(values);

        Assert.Empty(weighted.Points);
        Assert.Contains("weights normalised to mean 1", weighted.Method, StringComparison.Ordinal);
        Assert.NotEmpty(unweighted.Points);
    }

    [Fact]
    public void Pelt_HeavyMonths_OutweighLightOnes()
    {
        double[] values = [0, 0, 0, 0, 10, 10, 10, 10];
        double[] weights = [500, 500, 500, 500, 2, 2, 2, 2];

        var result = ChangePoints.Pelt(values, weights, penalty: 1, minSegment: 2);

        var point = Assert.Single(result.Points);
        Assert.Equal(4, point.Index);
        Assert.Equal(0, point.MeanBefore, 1e-12);
        Assert.Equal(10, point.MeanAfter, 1e-12);
    }

    [Fact]
    public void Pelt_NaNValue_NamesTheIndex()
    {
        var values = new double[10];
        values[5] = double.NaN;

        var error = Assert.Throws<ArgumentException>(() => ChangePoints.Pelt(values));

        Assert.Contains("values[5]", error.Message, StringComparison.Ordinal);
        Assert.Contains("finite", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pelt_NegativeWeight_NamesTheIndex()
    {
        var weights = Enumerable.Repeat(1.0, 10).ToArray();
        weights[2] = -1;

        var error = Assert.Throws<ArgumentException>(() => ChangePoints.Pelt(new double[10], weights));

        Assert.Contains("weights[2]", error.Message, StringComparison.Ordinal);
        Assert.Contains("≥ 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pelt_InfiniteWeight_NamesTheIndex()
    {
        var weights = Enumerable.Repeat(1.0, 10).ToArray();
        weights[7] = double.PositiveInfinity;

        var error = Assert.Throws<ArgumentException>(() => ChangePoints.OptimalPartitioning(new double[10], weights));

        Assert.Contains("weights[7]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pelt_WeightsOfOtherLength_SaysSo()
    {
        var error = Assert.Throws<ArgumentException>(() => ChangePoints.Pelt(new double[10], new double[9]));

        Assert.Contains("weights has 9 entries but values has 10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pelt_BadSettings_Throw()
    {
        Assert.ThrowsAny<ArgumentException>(() => ChangePoints.Pelt(new double[10], minSegment: 0));
        Assert.ThrowsAny<ArgumentException>(() => ChangePoints.Pelt(new double[10], penalty: -1));
        Assert.ThrowsAny<ArgumentException>(() => ChangePoints.Pelt(new double[10], penalty: double.NaN));
    }

    [Fact]
    public void Pelt_AllWeightsZero_FindsNone()
    {
        var result = ChangePoints.Pelt([0, 0, 0, 9, 9, 9, 9], new double[7], minSegment: 1);

        Assert.Empty(result.Points);
    }

    [Fact]
    public void Pelt_SameAsOptimalPartitioning()
    {
        Series.Sample(s =>
        {
            var pelt = ChangePoints.Pelt(s.Values, s.Weights, s.Penalty, s.MinSegment);
            var exact = ChangePoints.OptimalPartitioning(s.Values, s.Weights, s.Penalty, s.MinSegment);

            Assert.Equal(exact.Points.Select(p => p.Index), pelt.Points.Select(p => p.Index));
            Assert.Equal(exact.TotalCost, pelt.TotalCost, 1e-9);
            Assert.Equal(exact.Penalty, pelt.Penalty);
            Assert.True(pelt.Points.Select(p => p.Index).SequenceEqual(pelt.Points.Select(p => p.Index).Order()));
        }, iter: 2000);
    }

    [Fact]
    public void OptimalPartitioning_MatchesBruteForce()
    {
        var small = Series.Where(s => s.Values.Length <= 12);
        small.Sample(s =>
        {
            var exact = ChangePoints.OptimalPartitioning(s.Values, s.Weights, s.Penalty, s.MinSegment);

            var best = BruteForceCost(s.Values, s.Weights, exact.Penalty, s.MinSegment);
            Assert.Equal(best, exact.TotalCost, 1e-9);
            Assert.Equal(best, SegmentationCost(s.Values, s.Weights, exact.Penalty, [.. exact.Points.Select(p => p.Index)]), 1e-9);
        }, iter: 500);
    }

    [Fact]
    public void Pelt_LongSeriesWithManyChanges_MatchesOptimalPartitioning()
    {
        var random = new Random(99);
        var runs = Enumerable.Range(0, 200).Select(i => (50, (double)(i % 4 * 3))).ToArray();
        var values = Levels(random, 1.0, runs);

        var pelt = ChangePoints.Pelt(values);

        Assert.InRange(pelt.Points.Count, 190, 210);
        Assert.Equal(ChangePoints.OptimalPartitioning(values).TotalCost, pelt.TotalCost, 1e-6);
    }

    private sealed record Case(double[] Values, double[]? Weights, double? Penalty, int MinSegment);

    private static readonly double[] LevelChoices = [-2, 0, 1, 3];

    private static readonly Gen<Case> Series =
        Gen.Select(Gen.Select(Gen.Int[0, LevelChoices.Length - 1], Gen.Int[1, 10]).Array[0, 8], Gen.Double[-0.5, 0.5].Array[40], Gen.Int[0, 40])
            .Select(t =>
            {
                var levels = t.Item1.SelectMany(run => Enumerable.Repeat(LevelChoices[run.Item1], run.Item2)).ToList();
                var n = Math.Min(t.Item3, levels.Count);
                return Enumerable.Range(0, n).Select(i => levels[i] + t.Item2[i]).ToArray();
            })
            .SelectMany(values => Gen.Select(
                Gen.Double[0, 5].Array[values.Length].Null(),
                Gen.Double[0.1, 20].Nullable(),
                Gen.Int[1, 4],
                (weights, penalty, minSegment) => new Case(values, weights, penalty, minSegment)));

    private static double[] Levels(Random random, double sigma, params (int Count, double Level)[] runs) =>
        [.. runs.SelectMany(run => Enumerable.Range(0, run.Count).Select(_ => run.Level + (sigma * Gaussian(random))))];

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static double BruteForceCost(double[] values, double[]? weights, double penalty, int minSegment)
    {
        var n = values.Length;
        if (n < 2 * minSegment)
            return SegmentationCost(values, weights, penalty, []);

        var best = double.PositiveInfinity;
        for (var mask = 0; mask < 1 << Math.Max(0, n - 1); mask++)
        {
            var starts = Enumerable.Range(1, n - 1).Where(i => (mask & (1 << (i - 1))) != 0).ToArray();
            var bounds = starts.Prepend(0).Append(n).ToArray();
            if (bounds.Zip(bounds.Skip(1)).All(b => b.Second - b.First >= minSegment))
                best = Math.Min(best, SegmentationCost(values, weights, penalty, starts));
        }

        return best;
    }

    private static double SegmentationCost(double[] values, double[]? weights, double penalty, int[] starts)
    {
        var n = values.Length;
        var total = weights?.Sum() ?? n;
        var w = Enumerable.Range(0, n).Select(i => weights is null ? 1.0 : total > 0 ? weights[i] * n / total : 0).ToArray();
        var bounds = starts.Prepend(0).Append(n).ToArray();
        var cost = penalty * starts.Length;
        for (var k = 1; k < bounds.Length; k++)
        {
            var range = Enumerable.Range(bounds[k - 1], bounds[k] - bounds[k - 1]).ToArray();
            var weight = range.Sum(i => w[i]);
            if (weight <= 0)
                continue;
            var mean = range.Sum(i => w[i] * values[i]) / weight;
            cost += range.Sum(i => w[i] * (values[i] - mean) * (values[i] - mean));
        }

        return cost;
    }
}

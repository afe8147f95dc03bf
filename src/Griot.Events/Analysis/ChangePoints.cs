using System.Globalization;

namespace Griot.Events.Analysis;

/// <summary>
/// A shift in the mean of a series: <see cref="Index"/> is the first element of the new segment, and the two means
/// are the (weighted) means of the whole segments either side, so <see cref="Shift"/> is the size of the jump.
/// </summary>
/// <remarks>A mean is <see cref="double.NaN"/> only for a segment whose weights are all 0, which an optimal
/// segmentation never produces on its own.</remarks>
public sealed record ChangePoint(int Index, double MeanBefore, double MeanAfter)
{
    /// <summary>How far the mean moved at this point: <c>MeanAfter − MeanBefore</c>.</summary>
    public double Shift => MeanAfter - MeanBefore;
}

/// <summary>
/// The change points found in a series (sorted by index), the penalty each one had to pay for, and a plain statement
/// of the method and penalty so that a figure built on the result can say how it was made.
/// </summary>
public sealed record ChangePointResult(IReadOnlyList<ChangePoint> Points, double Penalty, string Method)
{
    /// <summary>
    /// The minimised objective: the within-segment weighted sum of squared deviations plus <see cref="Penalty"/> per
    /// change point, with weights normalised to mean 1. Two exact methods must agree on it even when ties let them
    /// pick different points.
    /// </summary>
    public double TotalCost { get; init; }
}

/// <summary>
/// Change-point detection for monthly event series (counts, mean tone, Goldstein scores …): where did the level of
/// the series move, and by how much?
/// </summary>
/// <remarks>
/// <para>Both methods minimise the same penalised cost exactly: the sum over segments of the weighted squared
/// deviations from the segment's weighted mean (a normal model with a shift in mean and a common variance), plus a
/// penalty β per change point, over all segmentations whose segments have at least <c>minSegment</c> elements.</para>
/// <para>Weights let a month built from 500 events count for more than a month built from 2: a weight is the inverse
/// of that month's noise variance up to a constant, such as its event count. They are normalised to mean 1, so with
/// equal weights the cost is the unweighted one, and a penalty on the scale of one month's noise variance keeps its
/// meaning. A month with weight 0 carries no information: its value does not enter the costs or the noise estimate
/// (it must still be finite).</para>
/// <para>The default penalty is BIC-like, β = 2·σ̂²·ln n, with σ̂ = MAD(first differences)/(0.6745·√2): differencing
/// removes the level, so a few mean shifts barely move this noise estimate, while they would inflate the plain
/// standard deviation. When that MAD is 0 (piecewise-constant data) σ̂² is half the sample variance of the first
/// differences instead, and when the differences are all 0 (a constant series) β is a tiny positive number, so a
/// clean step is still found and a constant series yields none. The noise estimate ignores weights, as the penalty is
/// applied to weights normalised to mean 1.</para>
/// </remarks>
public static class ChangePoints
{
    private const string PeltName = "PELT (Killick, Fearnhead & Eckley 2012)";
    private const string OptimalPartitioningName = "optimal partitioning (Jackson et al. 2005)";

    /// <summary>
    /// Finds the optimal mean-shift change points with PELT (Pruned Exact Linear Time; Killick, Fearnhead &amp;
    /// Eckley, JASA 2012): the result equals <see cref="OptimalPartitioning"/>, in close to linear time when the
    /// series has changes throughout.
    /// </summary>
    /// <param name="values">The series, e.g. one value per month; every value must be finite.</param>
    /// <param name="weights">Optional per-element weights (finite, ≥ 0, same length as <paramref name="values"/>),
    /// e.g. each month's event count; by default all 1.</param>
    /// <param name="penalty">The cost of one change point in units of squared deviation; by default
    /// 2·σ̂²·ln n (see the remarks on <see cref="ChangePoints"/>).</param>
    /// <param name="minSegment">The fewest elements a segment may have (≥ 1). A series shorter than twice this
    /// has no change points.</param>
    /// <exception cref="ArgumentException">A value is not finite, a weight is negative or not finite, the weights
    /// differ in length from the values, or the penalty or minimum segment is out of range; the message names the
    /// index or the problem.</exception>
    public static ChangePointResult Pelt(IReadOnlyList<double> values, IReadOnlyList<double>? weights = null, double? penalty = null, int minSegment = 3) =>
        Detect(values, weights, penalty, minSegment, prune: true);

    /// <summary>
    /// Finds the optimal mean-shift change points by optimal partitioning (Jackson et al. 2005): the same
    /// dynamic programme as <see cref="Pelt"/> without pruning, O(n²). It is the reference PELT is checked against,
    /// and is simple enough for short series.
    /// </summary>
    /// <inheritdoc cref="Pelt" path="/param"/>
    /// <inheritdoc cref="Pelt" path="/exception"/>
    public static ChangePointResult OptimalPartitioning(IReadOnlyList<double> values, IReadOnlyList<double>? weights = null, double? penalty = null, int minSegment = 3) =>
        Detect(values, weights, penalty, minSegment, prune: false);

    private static ChangePointResult Detect(IReadOnlyList<double> values, IReadOnlyList<double>? weights, double? penalty, int minSegment, bool prune)
    {
        var normalised = SeriesInput.Validate(values, weights, penalty, minSegment);
        var name = prune ? PeltName : OptimalPartitioningName;
        var weighting = weights is null ? "" : ", weights normalised to mean 1";
        var beta = penalty is { } given ? new Penalty(given, Invariant($"penalty {given:G3} (given)")) : Penalty.Default(values, normalised);
        var method = Invariant($"{name}, normal mean-shift cost, {beta.Description}, minimum segment {minSegment}{weighting}");

        if (normalised is null)
            return new ChangePointResult([], beta.Value, method + " (all weights 0: no information)");

        var cost = new MeanShiftCost(values, normalised);
        var starts = Segmentation.Optimal(cost, beta.Value, minSegment, prune, out var total);
        var points = new List<ChangePoint>(Math.Max(0, starts.Count - 1));
        for (var i = 1; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : values.Count;
            points.Add(new ChangePoint(starts[i], cost.Mean(starts[i - 1], starts[i]), cost.Mean(starts[i], end)));
        }

        return new ChangePointResult(points, beta.Value, method) { TotalCost = total };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Checks the arguments and returns the weights normalised to mean 1 (null when they are all 0).</summary>
    private static class SeriesInput
    {
        public static double[]? Validate(IReadOnlyList<double> values, IReadOnlyList<double>? weights, double? penalty, int minSegment)
        {
            ArgumentNullException.ThrowIfNull(values);
            ArgumentOutOfRangeException.ThrowIfLessThan(minSegment, 1);
            if (penalty is { } p && (!double.IsFinite(p) || p < 0))
                throw new ArgumentOutOfRangeException(nameof(penalty), p, "The penalty must be finite and ≥ 0.");

            for (var i = 0; i < values.Count; i++)
            {
                if (!double.IsFinite(values[i]))
                    throw new ArgumentException(Invariant($"values[{i}] is {values[i]}: every value must be finite."), nameof(values));
            }

            var normalised = new double[values.Count];
            if (weights is null)
            {
                Array.Fill(normalised, 1.0);
                return normalised;
            }

            if (weights.Count != values.Count)
                throw new ArgumentException(Invariant($"weights has {weights.Count} entries but values has {values.Count}: they must be the same length."), nameof(weights));

            var sum = 0.0;
            for (var i = 0; i < weights.Count; i++)
            {
                if (!double.IsFinite(weights[i]) || weights[i] < 0)
                    throw new ArgumentException(Invariant($"weights[{i}] is {weights[i]}: every weight must be finite and ≥ 0."), nameof(weights));
                sum += weights[i];
            }

            if (sum == 0)
                return values.Count == 0 ? normalised : null;

            var scale = values.Count / sum;
            for (var i = 0; i < weights.Count; i++)
                normalised[i] = weights[i] * scale;
            return normalised;
        }
    }

    /// <summary>The cost of one change point, and how it was chosen, in words.</summary>
    private readonly record struct Penalty(double Value, string Description)
    {
        private const double MadToSigma = 0.6745;
        private const double ConstantSeriesFactor = 1e-9;

        /// <summary>2·σ̂²·ln n, from the first differences of the values whose weight is positive.</summary>
        public static Penalty Default(IReadOnlyList<double> values, double[]? weights)
        {
            var informative = new List<double>(values.Count);
            for (var i = 0; i < values.Count; i++)
            {
                if (weights is null || weights[i] > 0)
                    informative.Add(values[i]);
            }

            var differences = new double[Math.Max(0, informative.Count - 1)];
            for (var i = 0; i < differences.Length; i++)
                differences[i] = informative[i + 1] - informative[i];

            var logN = Math.Log(Math.Max(values.Count, 1));
            var sigma = differences.Length == 0 ? 0 : MedianAbsoluteDeviation(differences) / (MadToSigma * Math.Sqrt(2));
            if (sigma > 0)
                return Bic(sigma * sigma, logN, "σ̂ from the MAD of first differences");

            var variance = SampleVariance(differences);
            if (variance > 0)
                return Bic(variance / 2, logN, "σ̂² half the sample variance of first differences, their MAD being 0");

            var meanSquare = 0.0;
            foreach (var value in informative)
                meanSquare += value * value / informative.Count;
            var tiny = ConstantSeriesFactor * (1 + meanSquare);
            return new Penalty(tiny, Invariant($"penalty {tiny:G3} (first differences all 0: a constant series has no change)"));
        }

        private static Penalty Bic(double sigmaSquared, double logN, string how)
        {
            var value = 2 * sigmaSquared * logN;
            return new Penalty(value, Invariant($"penalty 2·σ̂²·ln n = {value:G3} ({how})"));
        }

        private static double MedianAbsoluteDeviation(double[] data)
        {
            var centre = Median(data);
            var deviations = new double[data.Length];
            for (var i = 0; i < data.Length; i++)
                deviations[i] = Math.Abs(data[i] - centre);
            return Median(deviations);
        }

        private static double Median(double[] data)
        {
            var sorted = (double[])data.Clone();
            Array.Sort(sorted);
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        private static double SampleVariance(double[] data)
        {
            if (data.Length < 2)
                return 0;
            var mean = data.Average();
            var sum = 0.0;
            foreach (var value in data)
                sum += (value - mean) * (value - mean);
            return sum / (data.Length - 1);
        }
    }
}

/// <summary>
/// The weighted squared-deviation cost of any segment in O(1), from prefix sums of w, w·x and w·x². The values are
/// centred on their weighted mean first, which keeps the subtraction in the cost from losing precision.
/// </summary>
internal sealed class MeanShiftCost
{
    private readonly double[] _w;
    private readonly double[] _wx;
    private readonly double[] _wxx;
    private readonly double _centre;

    public MeanShiftCost(IReadOnlyList<double> values, double[] weights)
    {
        var n = values.Count;
        var totalWeight = 0.0;
        var weightedSum = 0.0;
        for (var i = 0; i < n; i++)
        {
            totalWeight += weights[i];
            weightedSum += weights[i] * values[i];
        }

        _centre = totalWeight > 0 ? weightedSum / totalWeight : 0;
        _w = new double[n + 1];
        _wx = new double[n + 1];
        _wxx = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            var x = values[i] - _centre;
            _w[i + 1] = _w[i] + weights[i];
            _wx[i + 1] = _wx[i] + weights[i] * x;
            _wxx[i + 1] = _wxx[i] + weights[i] * x * x;
        }
    }

    /// <summary>The number of elements.</summary>
    public int Count => _w.Length - 1;

    /// <summary>The cost of the whole series as one segment: the scale that rounding errors are measured against.</summary>
    public double Total => Cost(0, Count);

    /// <summary>Σ w·(x − x̄_w)² over elements <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public double Cost(int start, int end)
    {
        var w = _w[end] - _w[start];
        if (w <= 0)
            return 0;
        var wx = _wx[end] - _wx[start];
        var cost = _wxx[end] - _wxx[start] - wx * wx / w;
        return cost > 0 ? cost : 0;
    }

    /// <summary>The weighted mean of elements <paramref name="start"/> to <paramref name="end"/> (exclusive), NaN if their weights are all 0.</summary>
    public double Mean(int start, int end)
    {
        var w = _w[end] - _w[start];
        return w > 0 ? _centre + (_wx[end] - _wx[start]) / w : double.NaN;
    }
}

/// <summary>
/// The optimal-partitioning dynamic programme, F(t) = min over τ of F(τ) + C(τ..t) + β with F(0) = −β, optionally
/// with PELT's pruning.
/// </summary>
internal static class Segmentation
{
    /// <summary>Relative slack on the pruning inequality: rounding can only keep a candidate, never drop the optimum.</summary>
    private const double PruningSlack = 1e-10;

    /// <summary>
    /// The start index of every segment of an optimal segmentation (the first is 0), and its penalised cost.
    /// </summary>
    /// <remarks>
    /// PELT drops τ for good once F(τ) + C(τ..s) &gt; F(s) for some reachable s: since C(τ..T) ≥ C(τ..s) + C(s..T),
    /// τ can then never beat s as the last change before any T with a legal last segment s..T, that is T ≥ s + m.
    /// With a minimum segment m the inequality found at s is therefore applied only from T = s + m on; applying it at
    /// once would wrongly drop τ for the T in between, where s is not yet a candidate.
    /// Ties go to the smallest τ in both methods, so pruning never changes the answer.
    /// </remarks>
    public static List<int> Optimal(MeanShiftCost cost, double beta, int minSegment, bool prune, out double total)
    {
        var n = cost.Count;
        if (n < 2 * minSegment)
        {
            total = cost.Total;
            return n == 0 ? [] : [0];
        }

        var f = new double[n + 1];
        var last = new int[n + 1];
        Array.Fill(f, double.PositiveInfinity);
        f[0] = -beta;
        var slack = PruningSlack * (cost.Total + beta);
        var candidates = new List<int>();

        for (var t = minSegment; t <= n; t++)
        {
            var admitted = t - minSegment;
            if (double.IsFinite(f[admitted]))
                candidates.Add(admitted);

            var best = double.PositiveInfinity;
            var argBest = -1;
            foreach (var tau in candidates)
            {
                var value = f[tau] + cost.Cost(tau, t) + beta;
                if (value < best)
                {
                    best = value;
                    argBest = tau;
                }
            }

            f[t] = best;
            last[t] = argBest;

            var s = t + 1 - minSegment;
            if (prune && s > 0 && double.IsFinite(f[s]))
            {
                var bound = f[s] + slack;
                candidates.RemoveAll(tau => tau < s && f[tau] + cost.Cost(tau, s) > bound);
            }
        }

        total = f[n];
        var starts = new List<int>();
        for (var end = n; end > 0; end = last[end])
            starts.Add(last[end]);
        starts.Reverse();
        return starts;
    }
}

using System.Diagnostics;
using System.Globalization;

namespace Griot.Bench;

/// <summary>Latencies of repeated calls: median, p99 and max, in milliseconds.</summary>
internal sealed record Latency(string Name, int Calls, double Median, double P99, double Max)
{
    public static async Task<Latency> MeasureAsync(string name, int warmup, int calls, Func<int, Task> call)
    {
        for (var i = 0; i < warmup; i++)
        {
            await call(i);
        }

        var samples = new double[calls];
        for (var i = 0; i < calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await call(i);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        return new Latency(name, calls, samples[calls / 2], samples[Math.Min(calls - 1, (int)Math.Ceiling(calls * 0.99) - 1)], samples[^1]);
    }

    public string Row(double targetMs) => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-42} {Calls,7} {Median,9:F3} {P99,9:F3} {Max,9:F3} {targetMs,9:F1}  {(P99 < targetMs ? "ok" : "SLOWER")} ({targetMs / P99:F1}x under target at p99)");

    public static string Header => $"{"query",-42} {"calls",7} {"median",9} {"p99",9} {"max",9} {"target",9}  (ms)";
}

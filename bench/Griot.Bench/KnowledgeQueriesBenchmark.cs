using Griot.Store.Queries;
using Griot.Store.ReferenceData;
using Griot.Store.Sqlite;

namespace Griot.Bench;

/// <summary>
/// Profile, diff and timeline latency on the bundled reference data: on the in-memory snapshot, as the CLI and the
/// API answer them, and straight from the SQLite store, as they did before the read model, for comparison. The design
/// target is "well under 10 ms".
/// </summary>
internal static class KnowledgeQueriesBenchmark
{
    private const double TargetMs = 10;

    public static async Task<int> RunAsync(string dataDirectory)
    {
        var folder = Path.Join(Path.GetTempPath(), "griot-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var store = await SqliteKnowledgeStore.OpenAsync(Path.Join(folder, "griot.db"));
            var seed = System.Diagnostics.Stopwatch.StartNew();
            await BundledData.EnsureSeededAsync(store, dataDirectory);
            var counts = await store.CountAsync();
            Console.WriteLine($"bundled data: {counts.Actors} actors, {counts.Statements} statements, {counts.References} references; seeded in {seed.ElapsedMilliseconds} ms");
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            Console.WriteLine();

            var build = System.Diagnostics.Stopwatch.StartNew();
            var snapshot = await Griot.Store.ReadModel.KnowledgeSnapshot.ReadAsync(store);
            Console.WriteLine($"snapshot of the whole store read in {build.ElapsedMilliseconds} ms");
            Console.WriteLine();
            var results = new List<Latency>();
            foreach (var (label, reader) in new (string, Griot.Store.IKnowledgeReader)[] { ("snapshot", snapshot), ("SQLite", store) })
            {
                results.AddRange(await MeasureAsync(label, new KnowledgeQueries(reader)));
            }

            Console.WriteLine(Latency.Header);
            foreach (var r in results)
            {
                Console.WriteLine(r.Row(TargetMs));
            }

            // The target holds for the snapshot, which is what answers; the store's own path is shown to compare.
            return results.Where(r => r.Name.StartsWith("snapshot", StringComparison.Ordinal)).All(r => r.P99 < TargetMs) ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Latency[]> MeasureAsync(string on, KnowledgeQueries queries)
    {
        string[] actors = ["MLI", "NER", "FRA", "ECOWAS", "BFA", "SEN", "DZA", "USA"];
        var days = Enumerable.Range(0, 64).Select(i => new DateOnly(1961, 1, 1).AddDays(i * 360)).ToArray();
        return
        [
            await Latency.MeasureAsync($"{on}: profile MLI (varying dates)", 200, 2000, i => queries.ProfileAsync("MLI", days[i % days.Length])),
            await Latency.MeasureAsync($"{on}: profile (8 actors)", 200, 2000, i => queries.ProfileAsync(actors[i % actors.Length], days[i % days.Length])),
            await Latency.MeasureAsync($"{on}: diff MLI 2019-06-01 2025-06-01", 200, 2000, _ => queries.DiffAsync("MLI", new DateOnly(2019, 6, 1), new DateOnly(2025, 6, 1))),
            await Latency.MeasureAsync($"{on}: diff (8 actors)", 200, 2000, i => queries.DiffAsync(actors[i % actors.Length], days[i % days.Length], days[(i + 17) % days.Length])),
            await Latency.MeasureAsync($"{on}: timeline MLI --with FRA", 100, 1000, _ => queries.TimelineAsync("MLI", "FRA")),
        ];
    }
}

using Griot.Store.Queries;
using Griot.Store.ReferenceData;
using Griot.Store.Sqlite;

namespace Griot.Bench;

/// <summary>
/// Profile, diff and timeline latency on the bundled reference data, through the SQLite store as
/// the CLI and the API use it. The design target is "well under 10 ms".
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

            var queries = new KnowledgeQueries(store);
            string[] actors = ["MLI", "NER", "FRA", "ECOWAS", "BFA", "SEN", "DZA", "USA"];
            var days = Enumerable.Range(0, 64).Select(i => new DateOnly(1961, 1, 1).AddDays(i * 360)).ToArray();
            var results = new[]
            {
                await Latency.MeasureAsync("profile MLI (varying dates)", 200, 2000, i => queries.ProfileAsync("MLI", days[i % days.Length])),
                await Latency.MeasureAsync("profile (8 actors, varying dates)", 200, 2000, i => queries.ProfileAsync(actors[i % actors.Length], days[i % days.Length])),
                await Latency.MeasureAsync("diff MLI 2019-06-01 2025-06-01", 200, 2000, _ => queries.DiffAsync("MLI", new DateOnly(2019, 6, 1), new DateOnly(2025, 6, 1))),
                await Latency.MeasureAsync("diff (8 actors, varying dates)", 200, 2000, i => queries.DiffAsync(actors[i % actors.Length], days[i % days.Length], days[(i + 17) % days.Length])),
                await Latency.MeasureAsync("timeline MLI --with FRA", 100, 1000, _ => queries.TimelineAsync("MLI", "FRA")),
            };

            Console.WriteLine(Latency.Header);
            foreach (var r in results)
            {
                Console.WriteLine(r.Row(TargetMs));
            }

            return results.All(r => r.P99 < TargetMs) ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}

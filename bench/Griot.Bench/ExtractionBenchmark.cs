using System.Diagnostics;
using System.Text;
using Griot.Core.Actors;
using Griot.Store.ReferenceData;
using Griot.Store.Sqlite;
using Griot.Text.Claims;
using Griot.Text.Documents;

namespace Griot.Bench;

/// <summary>
/// Claim extraction speed on a generated corpus of foreign-relations prose (a million sentences or more,
/// written once to a file and read back): sentences per second on one core, and on all cores at once.
/// The goal is 50,000 sentences per second per core.
/// </summary>
internal static class ExtractionBenchmark
{
    private const double TargetPerCore = 50_000;

    // Sentences of the kinds the extractor reads, and of kinds it must pass over; {S} {T} {U} are states, {O} an organization.
    private static readonly string[] Templates =
    [
        "{S} is a founding member of the {O} and has long promoted regional integration.",
        "In February 2014, the leaders of {S}, {T} and {U} came together to form the {O}.",
        "{S} borders {T}, {U} and several other countries, and shares a long border with the desert.",
        "Relations between {S} and {T} deteriorated sharply after the coup in 2021.",
        "{S} has had very good relations with {T} for a long time, despite occasional tensions over trade.",
        "The government relied on {T} for help with its economy and security during the crisis.",
        "French troops were stationed in {S} until the last contingent left in 2022.",
        "{S} withdrew from the {O} in January 2024, citing foreign interference.",
        "The country is worried about terrorism, banditry and drug trafficking along its northern border.",
        "Since 1960, when {S} gained its independence from France, its governments have pursued a non-aligned foreign policy.",
        "The harvest was poor this year because the rains came late and the river fell early.",
        "Markets in the capital sold millet, sorghum, rice and dried fish from the inland delta.",
        "Officials from {S} and {T} met in the capital to discuss a new road linking the two economies.",
        "Analysts say the new constitution strengthens the presidency and weakens the parliament.",
        "{S} has not joined the {O}, although its leaders attended the summit as guests.",
        "Soldiers overthrew the president of {S} in 2023 and suspended the constitution.",
    ];

    public static async Task<int> RunAsync(string dataDirectory, int sentences)
    {
        var folder = Path.Join(Path.GetTempPath(), "griot-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var store = await SqliteKnowledgeStore.OpenAsync(Path.Join(folder, "griot.db"));
            await BundledData.EnsureSeededAsync(store, dataDirectory);
            var build = Stopwatch.StartNew();
            var extractor = await ClaimExtractor.FromStoreAsync(store);
            Console.WriteLine($"gazetteer and extractor built in {build.ElapsedMilliseconds} ms; machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");

            var corpusPath = Path.Join(folder, "corpus.txt");
            var actors = await store.GetActorsAsync((await store.ListActorsAsync()).Select(a => a.Id));
            WriteCorpus(corpusPath, sentences, actors.Values);
            var documents = ReadDocuments(corpusPath);
            Console.WriteLine($"corpus: {sentences:N0} sentences in {documents.Count:N0} documents, {new FileInfo(corpusPath).Length / 1_000_000.0:F0} MB");

            // Warm up, then one core.
            foreach (var d in documents.Take(50))
            {
                extractor.Extract(d);
            }

            var single = Stopwatch.StartNew();
            var (read, claims) = (0L, 0L);
            foreach (var d in documents)
            {
                var result = extractor.Extract(d);
                read += result.Sentences.Count;
                claims += result.Claims.Count;
            }

            single.Stop();
            var perCore = read / single.Elapsed.TotalSeconds;

            var parallel = Stopwatch.StartNew();
            long parallelRead = 0;
            Parallel.ForEach(documents, d => Interlocked.Add(ref parallelRead, extractor.Extract(d).Sentences.Count));
            parallel.Stop();
            var allCores = parallelRead / parallel.Elapsed.TotalSeconds;

            Console.WriteLine();
            Console.WriteLine($"{"run",-32} {"sentences",12} {"seconds",9} {"sentences/s",13} {"claims",10}");
            Console.WriteLine($"{"one core",-32} {read,12:N0} {single.Elapsed.TotalSeconds,9:F2} {perCore,13:N0} {claims,10:N0}");
            Console.WriteLine($"{$"all {Environment.ProcessorCount} cores (Parallel.ForEach)",-32} {parallelRead,12:N0} {parallel.Elapsed.TotalSeconds,9:F2} {allCores,13:N0}");
            Console.WriteLine();
            var ok = perCore >= TargetPerCore;
            Console.WriteLine($"per core: {perCore:N0} sentences/s vs target {TargetPerCore:N0}: {(ok ? "ok" : "BELOW TARGET")} ({perCore / TargetPerCore:F2}x)");
            return ok ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Paragraphs of ten sentences, documents of a hundred paragraphs; names drawn from the store's states and organizations.</summary>
    private static void WriteCorpus(string path, int sentences, IEnumerable<Actor> actors)
    {
        var all = actors.ToList();
        var states = all.Where(a => a.Kind == ActorKind.State).SelectMany(a => a.Demonyms.Take(0).Append(a.Name)).ToArray();
        var organizations = all.Where(a => a.Kind == ActorKind.Organization).Select(a => a.Acronyms.FirstOrDefault() ?? a.Name).ToArray();
        var random = new Random(20261126);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        var line = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            var template = Templates[random.Next(Templates.Length)];
            line.Append(template
                .Replace("{S}", states[random.Next(states.Length)], StringComparison.Ordinal)
                .Replace("{T}", states[random.Next(states.Length)], StringComparison.Ordinal)
                .Replace("{U}", states[random.Next(states.Length)], StringComparison.Ordinal)
                .Replace("{O}", organizations[random.Next(organizations.Length)], StringComparison.Ordinal));
            if (i % 10 == 9)
            {
                writer.WriteLine(line);
                line.Clear();
                if (i % 1000 == 999)
                {
                    writer.WriteLine("\f");
                }
            }
            else
            {
                line.Append(' ');
            }
        }

        writer.WriteLine(line);
    }

    private static List<Document> ReadDocuments(string path) =>
        File.ReadAllText(path).Split('\f', StringSplitOptions.RemoveEmptyEntries)
            .Select((text, i) => Document.FromText(text, $"doc{i}"))
            .ToList();
}

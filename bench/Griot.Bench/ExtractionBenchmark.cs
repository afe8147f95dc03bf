using System.Diagnostics;
using System.Text;
using Griot.Core.Actors;
using Griot.Store.ReferenceData;
using Griot.Store.Sqlite;
using Griot.Text.Checking;
using Griot.Text.Claims;
using Griot.Text.Documents;

namespace Griot.Bench;

/// <summary>
/// Reading and checking speed, in English and in French, on generated corpora of foreign-relations prose (a
/// million sentences by default, written to a file and read back): extraction on one core and on all, checking
/// (extraction and verdicts against the store) on one core, and checking of one document growing from an eighth
/// to the whole of a size, to show it grows with the text. Goals: 50,000 sentences per second per core for
/// extraction, checking at least half as fast, and time per sentence that does not grow with the document.
/// </summary>
internal static class ExtractionBenchmark
{
    private const double TargetPerCore = 50_000;

    // Sentences of the kinds the extractor reads, and of kinds it must pass over; {S} {T} {U} are states, {O} an organization.
    private static readonly Dictionary<string, string[]> Templates = new(StringComparer.Ordinal)
    {
        ["en"] =
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
        ],
        ["fr"] =
        [
            "{S} est membre fondateur de la {O} et promeut depuis longtemps l'intégration régionale.",
            "En février 2014, les dirigeants de {S}, de {T} et de {U} se sont réunis pour créer le {O}.",
            "{S} partage une frontière avec {T}, {U} et plusieurs autres pays, ainsi qu'une longue frontière avec le désert.",
            "Les relations entre {S} et {T} se sont fortement dégradées après le coup d'État de 2021.",
            "{S} entretient depuis longtemps de très bonnes relations avec {T}, malgré des tensions commerciales.",
            "Le gouvernement s'est appuyé sur {T} pour soutenir son économie et sa sécurité pendant la crise.",
            "Des troupes françaises étaient stationnées en {S} jusqu'au départ du dernier contingent en 2022.",
            "{S} s'est retiré de la {O} en janvier 2024, dénonçant des ingérences étrangères.",
            "Le pays est préoccupé par le terrorisme, le banditisme et le trafic de drogue le long de sa frontière nord.",
            "Depuis 1960, année où {S} a obtenu son indépendance, ses gouvernements ont mené une politique étrangère non alignée.",
            "La récolte a été mauvaise cette année car les pluies sont arrivées tard et le fleuve a baissé tôt.",
            "Sur les marchés de la capitale, on vendait du mil, du sorgho, du riz et du poisson séché du delta intérieur.",
            "Des responsables de {S} et de {T} se sont réunis dans la capitale pour discuter d'une nouvelle route.",
            "Selon les analystes, la nouvelle constitution renforce la présidence et affaiblit le parlement.",
            "{S} n'a pas rejoint la {O}, bien que ses dirigeants aient assisté au sommet en tant qu'invités.",
            "Des soldats ont renversé le président de {S} en 2023 et suspendu la constitution.",
        ],
    };

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
            var checker = new ClaimChecker(store);
            Console.WriteLine($"gazetteer, language packs and extractor built in {build.ElapsedMilliseconds} ms; machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            var actors = (await store.GetActorsAsync((await store.ListActorsAsync()).Select(a => a.Id))).Values.ToList();
            var ok = true;
            var rows = new List<string>();
            foreach (var language in Templates.Keys)
            {
                var corpusPath = Path.Join(folder, $"corpus-{language}.txt");
                WriteCorpus(corpusPath, sentences, actors, language);
                var documents = ReadDocuments(corpusPath);
                Console.WriteLine($"{language}: {sentences:N0} sentences in {documents.Count:N0} documents, {new FileInfo(corpusPath).Length / 1_000_000.0:F0} MB");
                foreach (var d in documents.Take(50))
                {
                    extractor.Extract(d);
                }

                var (pauseBefore, allocatedBefore, collectionsBefore) = (GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(), GC.CollectionCount(0));
                // Timed in ten parts: a shared machine slows some parts down, so the target is judged on the median part.
                var single = Stopwatch.StartNew();
                var (read, claims) = (0L, 0L);
                var parts = new List<double>();
                var partSize = Math.Max(1, (documents.Count + 9) / 10);
                for (var start = 0; start < documents.Count; start += partSize)
                {
                    var (partClock, partRead) = (Stopwatch.StartNew(), 0L);
                    foreach (var d in documents.Skip(start).Take(partSize))
                    {
                        var result = extractor.Extract(d);
                        partRead += result.Sentences.Count;
                        claims += result.Claims.Count;
                    }

                    parts.Add(partRead / partClock.Elapsed.TotalSeconds);
                    read += partRead;
                }

                single.Stop();
                var whole = read / single.Elapsed.TotalSeconds;
                var perCore = parts.Order().ElementAt(parts.Count / 2);
                var (pause, allocated, collections) = (GC.GetTotalPauseDuration() - pauseBefore, GC.GetTotalAllocatedBytes() - allocatedBefore, GC.CollectionCount(0) - collectionsBefore);

                var parallel = Stopwatch.StartNew();
                long parallelRead = 0;
                Parallel.ForEach(documents, d => Interlocked.Add(ref parallelRead, extractor.Extract(d).Sentences.Count));
                parallel.Stop();
                var allCores = parallelRead / parallel.Elapsed.TotalSeconds;

                // Checking: a tenth of the corpus, extracted and judged, one document after another, after five
                // documents to warm up (compiled code, and what the checker keeps of the store).
                foreach (var d in documents.Skip(documents.Count / 2).Take(5))
                {
                    await checker.CheckAsync(extractor.Extract(d), new DateOnly(2026, 12, 1));
                }

                var checkedDocuments = documents.Take(Math.Max(1, documents.Count / 10)).ToList();
                var checking = Stopwatch.StartNew();
                long checkedSentences = 0;
                foreach (var d in checkedDocuments)
                {
                    var result = extractor.Extract(d);
                    await checker.CheckAsync(result, new DateOnly(2026, 12, 1));
                    checkedSentences += result.Sentences.Count;
                }

                checking.Stop();
                var checkRate = checkedSentences / checking.Elapsed.TotalSeconds;
                rows.Add($"{language,-4} {"extract, one core",-28} {read,12:N0} {single.Elapsed.TotalSeconds,9:F2} {whole,13:N0} {claims,10:N0}");
                rows.Add($"{language,-4} {$"extract, all {Environment.ProcessorCount} cores",-28} {parallelRead,12:N0} {parallel.Elapsed.TotalSeconds,9:F2} {allCores,13:N0}");
                rows.Add($"{language,-4} {"check, one core",-28} {checkedSentences,12:N0} {checking.Elapsed.TotalSeconds,9:F2} {checkRate,13:N0}");

                var extractOk = perCore >= TargetPerCore;
                var checkOk = checkRate >= perCore / 2;
                ok &= extractOk && checkOk;
                Console.WriteLine($"  extraction per core: {perCore:N0} sentences/s (median of {parts.Count} parts; {parts.Min():N0} to {parts.Max():N0}, {whole:N0} over the whole run) vs target {TargetPerCore:N0}: {(extractOk ? "ok" : "BELOW TARGET")} ({perCore / TargetPerCore:F2}x)");
                Console.WriteLine($"  memory (one core): {allocated / (double)read:N0} bytes allocated per sentence, {collections:N0} collections, {pause.TotalSeconds:F2} s of {single.Elapsed.TotalSeconds:F2} s paused for the collector");
                Console.WriteLine($"  checking: {checkRate:N0} sentences/s, {checkRate / perCore:F2} of extraction (target 0.5): {(checkOk ? "ok" : "BELOW TARGET")}");

                // One document growing: the time per sentence of checking should not grow with it.
                var text = string.Join("\n", documents.Take(Math.Max(8, documents.Count / 20)).Select(d => d.Text));
                foreach (var part in new[] { 8, 4, 2, 1 })
                {
                    var slice = Document.FromText(text[..(text.Length / part)]);
                    var clock = Stopwatch.StartNew();
                    var extraction = extractor.Extract(slice);
                    var check = await checker.CheckAsync(extraction, new DateOnly(2026, 12, 1));
                    clock.Stop();
                    rows.Add($"{language,-4} {$"check one document of {slice.Text.Length / 1_000_000.0:F2} MB",-28} {extraction.Sentences.Count,12:N0} {clock.Elapsed.TotalSeconds,9:F2} {extraction.Sentences.Count / clock.Elapsed.TotalSeconds,13:N0} {check.Verdicts.Count,10:N0}");
                }
            }

            Console.WriteLine();
            Console.WriteLine($"{"lang",-4} {"run",-28} {"sentences",12} {"seconds",9} {"sentences/s",13} {"claims",10}");
            foreach (var row in rows)
            {
                Console.WriteLine(row);
            }

            return ok ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Paragraphs of ten sentences, documents of a hundred paragraphs; names drawn from the store's states and organizations, in the language's own forms.</summary>
    private static void WriteCorpus(string path, int sentences, IEnumerable<Actor> actors, string language)
    {
        var all = actors.ToList();
        var states = all.Where(a => a.Kind == ActorKind.State).Select(a => language == "fr" ? a.OtherNames.FirstOrDefault() ?? a.Name : a.Name).ToArray();
        var organizations = all.Where(a => a.Kind == ActorKind.Organization).Select(a => a.Acronyms.LastOrDefault() ?? a.Name).ToArray();
        var templates = Templates[language];
        var random = new Random(20261126);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        var line = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            var template = templates[random.Next(templates.Length)];
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

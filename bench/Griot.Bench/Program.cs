using Griot.Bench;

// Whole-workload benchmarks: each prints what it measured beside the design target.
var workload = args.FirstOrDefault() ?? "knowledge";
var data = args.Length > 1 ? args[1] : Path.Join(RepositoryRoot.Find(), "data");
return workload switch
{
    "knowledge" => await KnowledgeQueriesBenchmark.RunAsync(data),
    "extraction" => await ExtractionBenchmark.RunAsync(data, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: bench/run [knowledge|extraction] [DATA_DIR] [SENTENCES]");
    return 2;
}

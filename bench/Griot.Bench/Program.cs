using Griot.Bench;

// Whole-workload benchmarks: each prints what it measured beside the design target.
var workload = args.FirstOrDefault() ?? "knowledge";
var data = args.Length > 1 ? args[1] : Path.Join(RepositoryRoot.Find(), "data");
return workload switch
{
    "knowledge" => await KnowledgeQueriesBenchmark.RunAsync(data),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: bench/run [knowledge] [DATA_DIR]");
    return 2;
}

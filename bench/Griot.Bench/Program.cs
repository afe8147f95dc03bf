using Griot.Bench;

// Whole-workload benchmarks: each prints what it measured beside the design target.
var workload = args.FirstOrDefault() ?? "knowledge";
var data = args.Length > 1 ? args[1] : Path.Join(RepositoryRoot.Find(), "data");
return workload switch
{
    "knowledge" => await KnowledgeQueriesBenchmark.RunAsync(data),
    "extraction" => await ExtractionBenchmark.RunAsync(data, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000),
    "events" => EventsBenchmark.Run(
        args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000_000,
        args.Length > 2 ? long.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100_000_000,
        args.Length > 3 ? args[3] : Path.Join(Path.GetTempPath(), "griot-bench-events")),
    "events-import-child" => EventsBenchmark.ImportChild(args[1], args[2]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: bench/run knowledge [DATA_DIR] | extraction [DATA_DIR] [SENTENCES] | events [ROWS] [TARGET_ROWS] [WORK_DIR] | web [SECONDS] [CONNECTIONS]");
    return 2;
}

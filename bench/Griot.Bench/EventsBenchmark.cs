using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Griot.Events.Queries;
using Griot.Events.Store;
using Griot.Events.Synthetic;

namespace Griot.Bench;

/// <summary>
/// The event store under load, every ratio measured in the same run: import of a synthetic GDELT 2.0 file against
/// DuckDB's own <c>read_csv</c> of the same file into a table; the import's peak memory (in a child process);
/// <c>series</c> and <c>partners</c> latency once the store holds 100 million events.
/// </summary>
public static class EventsBenchmark
{
    private const string Memory = "2GB";

    public static int Run(long rows, long target, string folder)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Join(folder, $"synthetic-{rows}.tsv");
        var storePath = Path.Join(folder, "bench-events.duckdb");
        var baselinePath = Path.Join(folder, "bench-read-csv.duckdb");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; work folder {folder}; DuckDB memory_limit {Memory}");

        if (!File.Exists(file))
        {
            var generation = Stopwatch.StartNew();
            SyntheticEvents.Write(file, rows, seed: 1);
            Console.WriteLine($"synthetic file: {rows:N0} rows, {new FileInfo(file).Length / 1e9:0.00} GB, written in {generation.Elapsed.TotalSeconds:0.0} s");
        }
        else
        {
            Console.WriteLine($"synthetic file: {rows:N0} rows, {new FileInfo(file).Length / 1e9:0.00} GB (kept from an earlier run)");
        }

        // Warm the page cache for both readers alike.
        using (var warm = File.OpenRead(file))
        {
            warm.CopyTo(Stream.Null);
        }

        var columns = "{" + string.Join(", ", Enumerable.Range(0, 61).Select(i => $"'c{i:00}': '{TypeOf(i)}'")) + "}";
        var auto = ReadCsv(baselinePath, file, "read_csv($path, delim = '\\t', header = false, quote = '', escape = '')");
        var typed = ReadCsv(baselinePath, file, $"read_csv($path, delim = '\\t', header = false, quote = '', escape = '', auto_detect = false, columns = {columns}, dateformat = '%Y%m%d')");
        var kept = ReadCsv(baselinePath, file, $"read_csv($path, delim = '\\t', header = false, quote = '', escape = '', auto_detect = false, columns = {columns}, dateformat = '%Y%m%d')",
            "c00, c01, c05, c06, c07, c15, c16, c17, c26, c28, c29, c30, c31, c32, c33, c34, c53, c60");

        Delete(storePath);
        var (seconds, peak, output) = ImportInChild(file, storePath);
        var duckRate = rows / Math.Min(Math.Min(auto, typed), kept);
        var griotRate = rows / seconds;
        Console.WriteLine();
        Console.WriteLine("import                                                    seconds        rows/s    peak RSS");
        Console.WriteLine($"DuckDB read_csv into a table, types sniffed             {auto,9:0.0} {rows / auto,13:N0}");
        Console.WriteLine($"DuckDB read_csv into a table, 61 columns typed as griot {typed,9:0.0} {rows / typed,13:N0}");
        Console.WriteLine($"DuckDB read_csv into a table, the 18 columns griot keeps {kept,8:0.0} {rows / kept,13:N0}");
        Console.WriteLine($"griot events import (child process, from start to exit) {seconds,9:0.0} {griotRate,13:N0} {peak / 1e6,8:N0} MB");
        Console.WriteLine($"ratio griot / faster DuckDB: {griotRate / duckRate:0.00}x (goal 0.80x or better: {(griotRate / duckRate >= 0.8 ? "ok" : "below goal")})");
        Console.WriteLine($"  ({output.Trim()})");

        using var store = Wait(DuckDbEventStore.OpenAsync(storePath, new EventStoreOptions(Memory), CancellationToken.None));
        var grown = Grow(store, target);
        Console.WriteLine();
        Console.WriteLine($"store grown to {grown:N0} events by copying the imported rows under new ids (10^9 apart) and rebuilding the dyad summary; {new FileInfo(storePath).Length / 1e9:0.00} GB on disk");

        var queries = new EventQueries(store);
        Console.WriteLine("query (warm, 1 cold run then 7 timed)        median ms     max ms    goal");
        Report("events series MLI FRA (monthly)", () => Wait(queries.SeriesAsync("MLI", "FRA")).Points.Count, 1000);
        Report("events series USA CHN (monthly)", () => Wait(queries.SeriesAsync("USA", "CHN")).Points.Count, 1000);
        Report("events shifts MLI FRA", () => Wait(queries.ShiftsAsync("MLI", "FRA")).Months, 1000);
        Report("events partners MLI", () => Wait(queries.PartnersAsync("MLI")).Count, null);
        Report("events partners USA", () => Wait(queries.PartnersAsync("USA")).Count, null);
        return 0;
    }

    // The store's calls are awaited where the benchmark's entry points, called from Program's switch, are synchronous.
    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    /// <summary>Seconds DuckDB takes to read <paramref name="file"/> into a table with <paramref name="reader"/>, which names the file <c>$path</c>.</summary>
    private static double ReadCsv(string path, string file, string reader, string select = "*")
    {
        Delete(path);
        var clock = Stopwatch.StartNew();
        using (var connection = new DuckDBConnection($"DataSource={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"SET memory_limit = '{Memory}'";
            command.ExecuteNonQuery();
            command.CommandText = $"CREATE TABLE raw AS SELECT {select} FROM {reader}";
            command.Parameters.Add(new DuckDBParameter("path", file));
            command.ExecuteNonQuery();
        }

        clock.Stop();
        Delete(path);
        return clock.Elapsed.TotalSeconds;
    }

    private static string TypeOf(int column) => column switch
    {
        0 or 59 => "BIGINT",
        1 => "DATE",
        29 or 31 or 32 or 33 => "INTEGER",
        30 or 34 => "DOUBLE",
        _ => "VARCHAR",
    };

    /// <summary>The child side: imports one file and prints what it did.</summary>
    public static int ImportChild(string file, string storePath)
    {
        using var store = Wait(DuckDbEventStore.OpenAsync(storePath, new EventStoreOptions(Memory), CancellationToken.None));
        var report = Wait(store.ImportAsync(file)).Single();
        Console.WriteLine($"{report.RowsAdded:N0} rows added, {report.Malformed:N0} malformed, {report.Duplicates:N0} duplicates");
        return 0;
    }

    private static (double Seconds, long PeakBytes, string Output) ImportInChild(string file, string storePath)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(EventsBenchmark).Assembly.Location);
        }

        foreach (var arg in new[] { "events-import-child", file, storePath })
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        long peak = 0;
        var output = child.StandardOutput.ReadToEndAsync();
        while (!child.WaitForExit(20))
        {
            peak = Math.Max(peak, Rss(child.Id));
        }

        clock.Stop();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"the import child failed with exit code {child.ExitCode}");
        }

        return (clock.Elapsed.TotalSeconds, peak, output.Result);
    }

    private static long Rss(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The child has just exited.
        }

        return 0;
    }

    private static long Grow(DuckDbEventStore store, long target)
    {
        var count = Wait(store.CountAsync());
        var copy = 1;
        while (count < target)
        {
            var take = Math.Min(count, target - count);
            Wait(store.Connection.ExecuteAsync("""
                INSERT INTO events SELECT source, event_id + $copy * 1000000000, event_date, actor1_code, actor1_name, actor1_country,
                    actor2_code, actor2_name, actor2_country, event_code, root_code, quad_class, goldstein, num_mentions, num_sources,
                    num_articles, avg_tone, action_country, source_url, file_id
                FROM events WHERE file_id = 1 LIMIT $take
                """, CancellationToken.None, DuckDbCommands.Parameter("copy", (long)copy), DuckDbCommands.Parameter("take", take)));
            count = Wait(store.CountAsync());
            copy++;
        }

        // The copies need their share of the dyad summary the import keeps: rebuilt from all events.
        Wait(store.Connection.ExecuteAsync($"""
            BEGIN TRANSACTION;
            DELETE FROM dyad_months;
            INSERT INTO dyad_months
            SELECT {DuckDbEventStore.MonthlyDyads}, 0
            FROM events WHERE actor1_country IS NOT NULL AND actor2_country IS NOT NULL GROUP BY ALL;
            COMMIT;
            """, CancellationToken.None));
        return count;
    }

    private static void Report(string name, Func<int> run, double? goalMs)
    {
        run();
        var times = new List<double>();
        var answer = 0;
        for (var i = 0; i < 7; i++)
        {
            var clock = Stopwatch.StartNew();
            answer = run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var verdict = goalMs is { } g ? (times[3] <= g ? $"{g:N0} ms ok" : $"{g:N0} ms below goal") : "";
        Console.WriteLine($"{name,-44} {times[3],9:0.0} {times[^1],10:0.0}    {verdict}  ({answer:N0} rows)");
    }

    private static void Delete(string path)
    {
        foreach (var p in new[] { path, path + ".wal" })
        {
            if (File.Exists(p))
            {
                File.Delete(p);
            }
        }
    }
}

using System.Globalization;
using DuckDB.NET.Data;
using Griot.Events.Import;
using static Griot.Events.Store.DuckDbCommands;

namespace Griot.Events.Store;

internal sealed partial class DuckDbEventStore
{
    private const int MaxExamples = 50;

    /// <summary>
    /// Events summed by month and directed pair, in the columns of <c>dyad_months</c> (without <c>file_id</c>): what the
    /// import keeps per file and what a query counts from the events themselves for a partial month.
    /// </summary>
    internal const string MonthlyDyads = """
        date_trunc('month', event_date)::DATE AS month, actor1_country, actor2_country, count(*) AS events,
        count_if(quad_class = 1) AS q1, count_if(quad_class = 2) AS q2, count_if(quad_class = 3) AS q3, count_if(quad_class = 4) AS q4,
        sum(goldstein) AS goldstein_sum, count(goldstein) AS goldstein_n, sum(avg_tone) AS tone_sum, count(avg_tone) AS tone_n
        """;

    public async Task<IReadOnlyList<FileImportReport>> ImportAsync(string file, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        if (_readOnly)
        {
            throw new NotSupportedException($"{Path} was opened read-only; open it for writing to import");
        }

        var size = new FileInfo(file) is { Exists: true } info ? Math.Max(1, info.Length) : 1;
        var reading = progress is null ? null : new Progress<long>(bytes => progress.Report(new ImportProgress(file, "reading", Math.Min(1, (double)bytes / size))));
        var temporary = System.IO.Path.Join(System.IO.Path.GetDirectoryName(Path)!, ".griot-import");
        var files = EventFile.Open(file, temporary, reading, cancellationToken).ToList();
        try
        {
            var reports = new List<FileImportReport>();
            foreach (var eventFile in files)
            {
                reports.Add(await ImportAsync(eventFile, progress, cancellationToken));
            }

            await CompactSummaryAsync(cancellationToken);
            return reports;
        }
        finally
        {
            foreach (var eventFile in files)
            {
                eventFile.Dispose();
            }
        }
    }

    // The maps the lookup macros of migration 0002 read, built from the store's own lookup tables for this session.
    private Task SetLookupMapsAsync(CancellationToken cancellationToken) => _connection.ExecuteAsync("""
        SET VARIABLE iso_of_fips = (SELECT map(list(fips), list(iso3)) FROM geo_countries WHERE fips IS NOT NULL);
        SET VARIABLE country_of_name = (SELECT map(list(name_key), list(code)) FROM country_names);
        """, cancellationToken);

    private async Task<FileImportReport> ImportAsync(EventFile file, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var previous = await _connection.ScalarAsync<string?>("SELECT origin FROM files WHERE fingerprint = $fingerprint", cancellationToken,
            Parameter("fingerprint", file.Fingerprint));
        if (previous is not null)
        {
            return new FileImportReport(file.Origin, file.Format, 0, 0, 0, 0, [], AlreadyImported: true, previous);
        }

        // Table names cannot be parameters; these are made here from a GUID, never from input.
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var rejects = $"rejects_{suffix}";
        var scans = $"reject_scans_{suffix}";
        await _connection.ExecuteAsync("BEGIN TRANSACTION", cancellationToken);
        try
        {
            var report = await LoadAsync(file, rejects, scans, suffix, progress, cancellationToken);
            await _connection.ExecuteAsync("COMMIT", cancellationToken);
            progress?.Report(new ImportProgress(file.Origin, "loading", 1));
            return report;
        }
        catch
        {
            await _connection.ExecuteAsync("ROLLBACK", CancellationToken.None);
            throw;
        }
        finally
        {
            await _connection.ExecuteAsync($"DROP TABLE IF EXISTS {rejects}; DROP TABLE IF EXISTS {scans};", CancellationToken.None);
        }
    }

    private async Task<FileImportReport> LoadAsync(EventFile file, string rejects, string scans, string suffix, IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var fileId = (int)await _connection.ScalarAsync<long>("SELECT coalesce(max(id), 0) + 1 FROM files", cancellationToken);
        long read;
        using (var poll = progress is null ? null : new Timer(_ => ReportLoading(file, progress), null, 250, 250))
        {
            cancellationToken.ThrowIfCancellationRequested();
            read = await _connection.ExecuteAsync($"""
                INSERT INTO events ({EventFormats.Columns})
                SELECT {EventFormats.Select(file.Format)} FROM {EventFormats.Reader(file, rejects, scans)} r
                WHERE {EventFormats.Complete(file.Format)}
                """, cancellationToken, Parameter("path", file.PlainPath), Parameter("file_id", fileId));
        }

        var examples = await RejectedRowsAsync(file, rejects, cancellationToken);
        var rejected = await _connection.ScalarAsync<long>($"SELECT count(DISTINCT line) FROM {rejects}", cancellationToken);
        var lines = file.Rows;
        var incomplete = lines - read - rejected;
        if (incomplete > 0 && file.Format == EventFormat.Gdelt1)
        {
            examples = [.. examples, .. await ShortRowsAsync(file, suffix, cancellationToken)];
        }

        var duplicates = await DeleteDuplicatesAsync(file, fileId, cancellationToken);
        await SummariseAsync(fileId, cancellationToken);
        var malformed = rejected + Math.Max(0, incomplete);
        await _connection.ExecuteAsync("""
            INSERT INTO files VALUES ($id, $origin, $fingerprint, $format, $bytes, $rows_read, $rows_added, $duplicates, $malformed, now()::TIMESTAMP)
            """, cancellationToken,
            Parameter("id", fileId), Parameter("origin", file.Origin), Parameter("fingerprint", file.Fingerprint),
            Parameter("format", EventFormats.Source(file.Format)), Parameter("bytes", file.Bytes), Parameter("rows_read", lines),
            Parameter("rows_added", read - duplicates), Parameter("duplicates", duplicates), Parameter("malformed", malformed));
        return new FileImportReport(file.Origin, file.Format, lines, read - duplicates, duplicates, malformed,
            examples.OrderBy(e => e.Line).Take(MaxExamples).ToList(), AlreadyImported: false);
    }

    private void ReportLoading(EventFile file, IProgress<ImportProgress> progress)
    {
        var done = _connection.GetQueryProgress();
        if (done.Percentage >= 0)
        {
            progress.Report(new ImportProgress(file.Origin, "loading", done.Percentage / 100));
        }
    }

    // Rows of this file already stored from another file of the same source (same event id) are deleted again.
    private async Task<long> DeleteDuplicatesAsync(EventFile file, int fileId, CancellationToken cancellationToken)
    {
        var range = await _connection.ListAsync("SELECT min(event_id), max(event_id) FROM events WHERE file_id = $file_id",
            r => (Min: r.IsDBNull(0) ? (long?)null : r.GetInt64(0), Max: r.IsDBNull(1) ? (long?)null : r.GetInt64(1)),
            cancellationToken, Parameter("file_id", fileId));
        if (range[0] is not { Min: { } min, Max: { } max })
        {
            return 0;
        }

        return await _connection.ExecuteAsync("""
            DELETE FROM events WHERE file_id = $file_id AND event_id IN (
                SELECT event_id FROM events
                WHERE file_id <> $file_id AND source = $source AND event_id BETWEEN $min AND $max)
            """, cancellationToken,
            Parameter("file_id", fileId), Parameter("source", EventFormats.Source(file.Format)), Parameter("min", min), Parameter("max", max));
    }

    // Each file's directed dyads by month, kept beside the events so that a pair's series or a state's partners read
    // thousands of summary rows instead of scanning every event.
    private Task<int> SummariseAsync(int fileId, CancellationToken cancellationToken) => _connection.ExecuteAsync($"""
        INSERT INTO dyad_months
        SELECT {MonthlyDyads}, $file_id
        FROM events WHERE file_id = $file_id AND actor1_country IS NOT NULL AND actor2_country IS NOT NULL
        GROUP BY ALL
        """, cancellationToken, Parameter("file_id", fileId));

    // Many small files (GDELT publishes one every 15 minutes) leave many summary rows per dyad and month; once they
    // outnumber the distinct keys four to one, they are summed into one row per key.
    private async Task CompactSummaryAsync(CancellationToken cancellationToken)
    {
        var rows = await _connection.ScalarAsync<long>("SELECT count(*) FROM dyad_months", cancellationToken);
        if (rows < 100_000 || rows < 4 * await _connection.ScalarAsync<long>(
                "SELECT count(*) FROM (SELECT DISTINCT month, actor1_country, actor2_country FROM dyad_months)", cancellationToken))
        {
            return;
        }

        await _connection.ExecuteAsync("""
            BEGIN TRANSACTION;
            CREATE TEMP TABLE compacted AS
                SELECT month, actor1_country, actor2_country, sum(events), sum(q1), sum(q2), sum(q3), sum(q4),
                       sum(goldstein_sum), sum(goldstein_n), sum(tone_sum), sum(tone_n), 0
                FROM dyad_months GROUP BY ALL;
            DELETE FROM dyad_months;
            INSERT INTO dyad_months SELECT * FROM compacted;
            DROP TABLE compacted;
            COMMIT;
            """, cancellationToken);
    }

    private Task<List<MalformedRow>> RejectedRowsAsync(EventFile file, string rejects, CancellationToken cancellationToken) =>
        _connection.ListAsync($"""
            SELECT line, arg_min(csv_line, column_idx), arg_min(error_message, column_idx)
            FROM {rejects} GROUP BY line ORDER BY line LIMIT $limit
            """, reader =>
            {
                var line = reader.Long(0);
                var raw = reader.IsDBNull(1) ? "" : reader.GetString(1);
                return EventRowCheck.Diagnose(file.Format, raw) is { } d
                    ? new MalformedRow(file.Origin, line, EventColumns.Name(file.Format, d.Column), d.Problem)
                    : new MalformedRow(file.Origin, line, "", reader.IsDBNull(2) ? "unreadable row" : reader.GetString(2));
            }, cancellationToken, Parameter("limit", MaxExamples));

    // GDELT 1.0 is read with short rows padded (the backfile has 57 columns, the daily files 58), so rows with fewer
    // than 57 fields pass the reader; a second look, only when some were dropped, finds their lines.
    private async Task<List<MalformedRow>> ShortRowsAsync(EventFile file, string suffix, CancellationToken cancellationToken)
    {
        var rejects = $"short_{suffix}";
        var scans = $"short_scans_{suffix}";
        var columns = "{" + string.Join(", ", Enumerable.Range(0, 58).Select(i => $"'c{i:00}': 'VARCHAR'")) + "}";
        try
        {
            await _connection.ExecuteAsync($"""
                SELECT count(*) FROM read_csv($path, delim = '\t', quote = '', escape = '',
                    header = {(file.HasHeader ? "true" : "false")}, auto_detect = false, columns = {columns}, null_padding = false,
                    store_rejects = true, rejects_table = '{rejects}', rejects_scan = '{scans}', max_line_size = 1048576)
                """, cancellationToken, Parameter("path", file.PlainPath));
            return await _connection.ListAsync($"""
                SELECT line, min(column_idx) AS found FROM {rejects} WHERE error_type = 'MISSING COLUMNS'
                GROUP BY line HAVING min(column_idx) < 57 ORDER BY line LIMIT $limit
                """, reader =>
                {
                    var found = reader.Long(1);
                    return new MalformedRow(file.Origin, reader.Long(0), EventColumns.Name(EventFormat.Gdelt1, (int)found),
                        $"expected 57 or 58 fields, found {found}");
                }, cancellationToken, Parameter("limit", MaxExamples));
        }
        finally
        {
            await _connection.ExecuteAsync($"DROP TABLE IF EXISTS {rejects}; DROP TABLE IF EXISTS {scans};", CancellationToken.None);
        }
    }
}

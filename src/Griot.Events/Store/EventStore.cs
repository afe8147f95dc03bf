using System.Globalization;
using DuckDB.NET.Data;
using Griot.Events.Import;
using Griot.Events.Lookups;

namespace Griot.Events.Store;

/// <summary>A malformed row kept out of the store: where it is and what is wrong with it.</summary>
public sealed record MalformedRow(string File, long Line, string Column, string Problem);

/// <summary>What importing one file did.</summary>
/// <param name="File">The file as named (a zip entry as <c>archive.zip!entry</c>).</param>
/// <param name="RowsRead">Data rows in the file.</param>
/// <param name="RowsAdded">Rows stored.</param>
/// <param name="Duplicates">Rows already in the store from another file (same source and event id), not stored again.</param>
/// <param name="Malformed">How many rows were kept out as malformed; <paramref name="Examples"/> lists the first of them.</param>
/// <param name="AlreadyImported">The same content was imported before (as <paramref name="PreviousName"/>): nothing was added.</param>
public sealed record FileImportReport(string File, EventFormat Format, long RowsRead, long RowsAdded, long Duplicates, long Malformed,
    IReadOnlyList<MalformedRow> Examples, bool AlreadyImported, string? PreviousName = null);

/// <summary>Progress of an import: the stage ("reading" decompresses and fingerprints, "loading" stores) and its fraction.</summary>
public readonly record struct ImportProgress(string File, string Stage, double Fraction);

/// <summary>
/// The event store: coded events (GDELT 1.0 and 2.0, ICEWS) in one DuckDB file, with the CAMEO and GeoNames lookups
/// beside them. Imports run inside a transaction: a file is stored whole or not at all.
/// </summary>
public sealed class EventStore : IDisposable
{
    private const int SchemaVersion = 1;
    private const int MaxExamples = 50;
    private readonly DuckDBConnection _connection;

    private EventStore(string path, DuckDBConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    internal DuckDBConnection Connection => _connection;

    /// <summary>Where the event store is when none is named: <c>GRIOT_EVENTS</c>, else <c>events.duckdb</c> beside the knowledge store.</summary>
    public static string DefaultPath(string knowledgeDatabase) =>
        Environment.GetEnvironmentVariable("GRIOT_EVENTS") is { Length: > 0 } path
            ? path
            : System.IO.Path.Join(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(knowledgeDatabase)), "events.duckdb");

    /// <summary>Opens (creating when missing) the event store at <paramref name="path"/>.</summary>
    /// <param name="memoryLimit">DuckDB's memory limit, e.g. "2GB": imports spill to disk beyond it, so memory stays flat.</param>
    /// <param name="readOnly">Open an existing store for reading only, as the web process does, so that an import by another process is not locked out between requests.</param>
    public static EventStore Open(string path, string memoryLimit = "2GB", bool readOnly = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        path = System.IO.Path.GetFullPath(path);
        if (File.Exists(path))
        {
            CheckHeader(path);
        }
        else if (readOnly)
        {
            throw new FileNotFoundException($"{path}: no event store here; import events with griot events import", path);
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var connection = new DuckDBConnection($"DataSource={path}{(readOnly ? ";ACCESS_MODE=READ_ONLY" : "")}");
        try
        {
            connection.Open();
            var store = new EventStore(path, connection);
            store.Execute($"SET memory_limit = '{memoryLimit}'; SET preserve_insertion_order = false;");
            if (!readOnly)
            {
                store.Migrate();
            }
            else if (store.Scalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = 'dyad_months'") == 0)
            {
                throw new InvalidDataException($"{path} is not a Griot event store");
            }

            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void CheckHeader(string path)
    {
        var header = new byte[16];
        using var stream = File.OpenRead(path);
        var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        // A DuckDB file carries "DUCK" at byte 8.
        if (read < 12 || header[8] != 'D' || header[9] != 'U' || header[10] != 'C' || header[11] != 'K')
        {
            throw new InvalidDataException($"{path} is not a Griot event store (not a DuckDB database)");
        }
    }

    private void Migrate()
    {
        var tables = Scalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main'");
        var hasMeta = Scalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = 'meta'") > 0;
        if (tables > 0 && !hasMeta)
        {
            throw new InvalidDataException($"{Path} is not a Griot event store (a DuckDB database of another program)");
        }

        Execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)");
        var version = Scalar<string?>("SELECT value FROM meta WHERE key = 'schema_version'");
        if (version is not null)
        {
            var number = int.Parse(version, CultureInfo.InvariantCulture);
            if (number > SchemaVersion)
            {
                throw new InvalidDataException($"{Path} was written by a newer Griot (event schema {number}; this one knows {SchemaVersion})");
            }

            return;
        }

        var lookups = EventLookups.Default;
        var codes = string.Join(", ", lookups.EventCodes.Keys.Order(StringComparer.Ordinal).Select(Quote));
        Execute($"""
            BEGIN TRANSACTION;
            CREATE TYPE cameo_code AS ENUM ({codes});
            CREATE TYPE quad_class AS ENUM ('1', '2', '3', '4');
            CREATE MACRO quad_class_of(root) AS CASE
                WHEN root BETWEEN '01' AND '05' THEN 1 WHEN root BETWEEN '06' AND '08' THEN 2
                WHEN root BETWEEN '09' AND '13' THEN 3 WHEN root BETWEEN '14' AND '20' THEN 4 END;
            CREATE TABLE files (
                id INTEGER PRIMARY KEY, origin VARCHAR NOT NULL, fingerprint VARCHAR NOT NULL UNIQUE, format VARCHAR NOT NULL,
                bytes BIGINT NOT NULL, rows_read BIGINT NOT NULL, rows_added BIGINT NOT NULL, duplicates BIGINT NOT NULL,
                malformed BIGINT NOT NULL, imported_at TIMESTAMP NOT NULL);
            CREATE TABLE events (
                source VARCHAR NOT NULL, event_id BIGINT NOT NULL, event_date DATE NOT NULL,
                actor1_code VARCHAR, actor1_name VARCHAR, actor1_country VARCHAR,
                actor2_code VARCHAR, actor2_name VARCHAR, actor2_country VARCHAR,
                event_code VARCHAR NOT NULL, root_code VARCHAR NOT NULL, quad_class TINYINT, goldstein DOUBLE,
                num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER, avg_tone DOUBLE,
                action_country VARCHAR, source_url VARCHAR, file_id INTEGER NOT NULL);
            CREATE TABLE cameo_events (code VARCHAR PRIMARY KEY, description VARCHAR, root VARCHAR, quad_class TINYINT, goldstein DOUBLE);
            CREATE TABLE cameo_countries (code VARCHAR PRIMARY KEY, label VARCHAR NOT NULL);
            CREATE TABLE geo_countries (iso2 VARCHAR, iso3 VARCHAR PRIMARY KEY, fips VARCHAR, name VARCHAR NOT NULL);
            CREATE TABLE country_names (name_key VARCHAR PRIMARY KEY, code VARCHAR NOT NULL);
            CREATE TABLE dyad_months (
                month DATE NOT NULL, actor1_country VARCHAR NOT NULL, actor2_country VARCHAR NOT NULL, events BIGINT NOT NULL,
                q1 BIGINT NOT NULL, q2 BIGINT NOT NULL, q3 BIGINT NOT NULL, q4 BIGINT NOT NULL,
                goldstein_sum DOUBLE, goldstein_n BIGINT NOT NULL, tone_sum DOUBLE, tone_n BIGINT NOT NULL, file_id INTEGER NOT NULL);
            COMMIT;
            """);

        using (var appender = _connection.CreateAppender("cameo_events"))
        {
            foreach (var code in lookups.EventCodes.Values)
            {
                var row = appender.CreateRow().AppendValue(code.Code).AppendValue(code.Description).AppendValue(code.Root).AppendValue((sbyte)code.QuadClass);
                (code.Goldstein is { } g ? row.AppendValue(g) : row.AppendNullValue()).EndRow();
            }
        }

        using (var appender = _connection.CreateAppender("cameo_countries"))
        {
            foreach (var (code, label) in lookups.Countries)
            {
                appender.CreateRow().AppendValue(code).AppendValue(label).EndRow();
            }
        }

        using (var appender = _connection.CreateAppender("geo_countries"))
        {
            foreach (var country in lookups.Geo)
            {
                appender.CreateRow().AppendValue(country.Iso2).AppendValue(country.Iso3).AppendValue(country.Fips.Length == 0 ? null : country.Fips).AppendValue(country.Name).EndRow();
            }
        }

        // Names of states as ICEWS writes them ("Mali", "Russian Federation") → CAMEO country codes: GeoNames'
        // names first, then CAMEO's labels for codes that are not ISO (regions and the like).
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var country in lookups.Geo)
        {
            names.TryAdd(country.Name.ToLowerInvariant(), country.Iso3);
        }

        foreach (var (code, label) in lookups.Countries.Where(c => c.Key.Length == 3))
        {
            names.TryAdd(label.ToLowerInvariant(), code);
        }

        using (var appender = _connection.CreateAppender("country_names"))
        {
            foreach (var (name, code) in names)
            {
                appender.CreateRow().AppendValue(name).AppendValue(code).EndRow();
            }
        }

        // Lookups used while importing are macros over constant maps, not joins: a join lets the planner build its
        // hash table on the file's side, which holds the whole file in memory.
        var fips = string.Join(", ", lookups.Geo.Where(g => g.Fips.Length > 0).DistinctBy(g => g.Fips).Select(g => $"{Quote(g.Fips)}: {Quote(g.Iso3)}"));
        var named = string.Join(", ", names.Select(n => $"{Quote(n.Key)}: {Quote(n.Value)}"));
        Execute("CREATE MACRO iso_of_fips(f) AS (MAP {" + fips + "})[f];");
        Execute("CREATE MACRO country_of_name(n) AS (MAP {" + named + "})[lower(trim(n))];");
        Execute($"INSERT INTO meta VALUES ('schema_version', '{SchemaVersion}')");
    }

    /// <summary>
    /// Events summed by month and directed pair, in the columns of <c>dyad_months</c> (without <c>file_id</c>): what the
    /// import keeps per file and what a query counts from the events themselves for a partial month.
    /// </summary>
    internal const string MonthlyDyads = """
        date_trunc('month', event_date)::DATE AS month, actor1_country, actor2_country, count(*) AS events,
        count_if(quad_class = 1) AS q1, count_if(quad_class = 2) AS q2, count_if(quad_class = 3) AS q3, count_if(quad_class = 4) AS q4,
        sum(goldstein) AS goldstein_sum, count(goldstein) AS goldstein_n, sum(avg_tone) AS tone_sum, count(avg_tone) AS tone_n
        """;

    /// <summary>The CAMEO label of a country code ("MLI" → "Mali"), or null when CAMEO does not know it.</summary>
    public string? CountryLabel(string code) => Scalar<string?>($"SELECT label FROM cameo_countries WHERE code = {Quote(code)}");

    /// <summary>CAMEO labels of the codes it knows.</summary>
    public IReadOnlyDictionary<string, string> Labels(IEnumerable<string> codes)
    {
        var wanted = codes.Distinct().ToList();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return labels;
        }

        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT code, label FROM cameo_countries WHERE code IN ({string.Join(", ", wanted.Select(Quote))})";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            labels[reader.GetString(0)] = reader.GetString(1);
        }

        return labels;
    }

    /// <summary>Events stored.</summary>
    public long Count() => Scalar<long>("SELECT count(*) FROM events");

    /// <summary>
    /// Imports one file (plain, <c>.gz</c> or <c>.zip</c>; the format is read from the content). Malformed rows are
    /// kept out and reported with their line; a file whose content was imported before adds nothing.
    /// </summary>
    /// <exception cref="NotEventDataException">The file is not GDELT or ICEWS events; nothing is stored.</exception>
    /// <exception cref="InvalidDataException">A compressed file is truncated or corrupt; nothing is stored.</exception>
    public IReadOnlyList<FileImportReport> Import(string path, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var size = new FileInfo(path) is { Exists: true } info ? Math.Max(1, info.Length) : 1;
        var reading = progress is null ? null : new Progress<long>(bytes => progress.Report(new ImportProgress(path, "reading", Math.Min(1, (double)bytes / size))));
        var temporary = System.IO.Path.Join(System.IO.Path.GetDirectoryName(Path)!, ".griot-import");
        var files = EventFile.Open(path, temporary, reading, cancellationToken).ToList();
        try
        {
            var reports = files.Select(file => Import(file, progress, cancellationToken)).ToList();
            CompactSummary();
            return reports;
        }
        finally
        {
            foreach (var file in files)
            {
                file.Dispose();
            }
        }
    }

    private FileImportReport Import(EventFile file, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var previous = Scalar<string?>($"SELECT origin FROM files WHERE fingerprint = {Quote(file.Fingerprint)}");
        if (previous is not null)
        {
            return new FileImportReport(file.Origin, file.Format, 0, 0, 0, 0, [], AlreadyImported: true, previous);
        }

        var suffix = Guid.NewGuid().ToString("N")[..12];
        var rejects = $"rejects_{suffix}";
        var scans = $"reject_scans_{suffix}";
        Execute("BEGIN TRANSACTION");
        try
        {
            var fileId = (int)Scalar<long>("SELECT coalesce(max(id), 0) + 1 FROM files");
            using var poll = progress is null ? null : new Timer(_ =>
            {
                var done = _connection.GetQueryProgress();
                if (done.Percentage >= 0)
                {
                    progress.Report(new ImportProgress(file.Origin, "loading", done.Percentage / 100));
                }
            }, null, 250, 250);
            cancellationToken.ThrowIfCancellationRequested();
            long read = Execute($"""
                INSERT INTO events ({EventFormats.Columns})
                SELECT {EventFormats.Select(file.Format, fileId)} FROM {EventFormats.Reader(file, rejects, scans)} r
                WHERE {EventFormats.Complete(file.Format)}
                """);
            poll?.Dispose();

            var examples = RejectedRows(file, rejects);
            var rejected = Scalar<long>($"SELECT count(DISTINCT line) FROM {rejects}");
            var lines = file.Rows;
            var incomplete = lines - read - rejected;
            if (incomplete > 0 && file.Format == EventFormat.Gdelt1)
            {
                examples = [.. examples, .. ShortRows(file, suffix)];
            }

            var range = Row($"SELECT min(event_id), max(event_id) FROM events WHERE file_id = {fileId}");
            long duplicates = 0;
            if (range[0] is long min && range[1] is long max)
            {
                duplicates = Execute($"""
                    DELETE FROM events WHERE file_id = {fileId} AND event_id IN (
                        SELECT event_id FROM events
                        WHERE file_id <> {fileId} AND source = '{SourceOf(file.Format)}' AND event_id BETWEEN {min} AND {max})
                    """);
            }

            // Each file's directed dyads by month, kept beside the events so that a pair's series or a state's partners
            // read thousands of summary rows instead of scanning every event.
            Execute($"""
                INSERT INTO dyad_months
                SELECT {MonthlyDyads}, {fileId}
                FROM events WHERE file_id = {fileId} AND actor1_country IS NOT NULL AND actor2_country IS NOT NULL
                GROUP BY ALL
                """);
            var malformed = rejected + Math.Max(0, incomplete);
            Execute($"""
                INSERT INTO files VALUES ({fileId}, {Quote(file.Origin)}, {Quote(file.Fingerprint)}, '{SourceOf(file.Format)}', {file.Bytes},
                    {lines}, {read - duplicates}, {duplicates}, {malformed}, now()::TIMESTAMP)
                """);
            Execute("COMMIT");
            progress?.Report(new ImportProgress(file.Origin, "loading", 1));
            return new FileImportReport(file.Origin, file.Format, lines, read - duplicates, duplicates, malformed,
                examples.OrderBy(e => e.Line).Take(MaxExamples).ToList(), AlreadyImported: false);
        }
        catch
        {
            Execute("ROLLBACK");
            throw;
        }
        finally
        {
            Execute($"DROP TABLE IF EXISTS {rejects}; DROP TABLE IF EXISTS {scans};");
        }
    }

    // Many small files (GDELT publishes one every 15 minutes) leave many summary rows per dyad and month; once they
    // outnumber the distinct keys four to one, they are summed into one row per key.
    private void CompactSummary()
    {
        var rows = Scalar<long>("SELECT count(*) FROM dyad_months");
        if (rows < 100_000 || rows < 4 * Scalar<long>("SELECT count(*) FROM (SELECT DISTINCT month, actor1_country, actor2_country FROM dyad_months)"))
        {
            return;
        }

        Execute("""
            BEGIN TRANSACTION;
            CREATE TEMP TABLE compacted AS
                SELECT month, actor1_country, actor2_country, sum(events), sum(q1), sum(q2), sum(q3), sum(q4),
                       sum(goldstein_sum), sum(goldstein_n), sum(tone_sum), sum(tone_n), 0
                FROM dyad_months GROUP BY ALL;
            DELETE FROM dyad_months;
            INSERT INTO dyad_months SELECT * FROM compacted;
            DROP TABLE compacted;
            COMMIT;
            """);
    }

    private static string SourceOf(EventFormat format) => format switch
    {
        EventFormat.Gdelt1 => "gdelt1",
        EventFormat.Gdelt2 => "gdelt2",
        _ => "icews",
    };

    private List<MalformedRow> RejectedRows(EventFile file, string rejects)
    {
        var rows = new List<MalformedRow>();
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT line, arg_min(csv_line, column_idx), arg_min(error_message, column_idx)
            FROM {rejects} GROUP BY line ORDER BY line LIMIT {MaxExamples}
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var line = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
            var raw = reader.IsDBNull(1) ? "" : reader.GetString(1);
            var diagnosis = EventRowCheck.Diagnose(file.Format, raw);
            rows.Add(diagnosis is { } d
                ? new MalformedRow(file.Origin, line, EventColumns.Name(file.Format, d.Column), d.Problem)
                : new MalformedRow(file.Origin, line, "", reader.IsDBNull(2) ? "unreadable row" : reader.GetString(2)));
        }

        return rows;
    }

    // GDELT 1.0 is read with short rows padded (the backfile has 57 columns, the daily files 58), so rows with
    // fewer than 57 fields pass the reader; a second look, only when some were dropped, finds their lines.
    private List<MalformedRow> ShortRows(EventFile file, string suffix)
    {
        var rejects = $"short_{suffix}";
        var scans = $"short_scans_{suffix}";
        var columns = "{" + string.Join(", ", Enumerable.Range(0, 58).Select(i => $"'c{i:00}': 'VARCHAR'")) + "}";
        try
        {
            Execute($"""
                SELECT count(*) FROM read_csv('{file.PlainPath.Replace("'", "''", StringComparison.Ordinal)}', delim = '\t', quote = '', escape = '',
                    header = {(file.HasHeader ? "true" : "false")}, auto_detect = false, columns = {columns}, null_padding = false,
                    store_rejects = true, rejects_table = '{rejects}', rejects_scan = '{scans}', max_line_size = 1048576)
                """);
            var rows = new List<MalformedRow>();
            using var command = _connection.CreateCommand();
            command.CommandText = $"""
                SELECT line, min(column_idx) AS found FROM {rejects} WHERE error_type = 'MISSING COLUMNS'
                GROUP BY line HAVING min(column_idx) < 57 ORDER BY line LIMIT {MaxExamples}
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var found = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
                rows.Add(new MalformedRow(file.Origin, Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), EventColumns.Name(EventFormat.Gdelt1, (int)found),
                    $"expected 57 or 58 fields, found {found}"));
            }

            return rows;
        }
        finally
        {
            Execute($"DROP TABLE IF EXISTS {rejects}; DROP TABLE IF EXISTS {scans};");
        }
    }

    internal static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    internal int Execute(string sql)
    {

        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    internal T Scalar<T>(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
    }

    private object?[] Row(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        reader.Read();
        var values = new object?[reader.FieldCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        }

        return values;
    }

    public void Dispose() => _connection.Dispose();
}

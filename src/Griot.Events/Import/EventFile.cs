using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using ICSharpCode.SharpZipLib.GZip;

namespace Griot.Events.Import;

/// <summary>The coded-event formats Griot reads, told apart by their content.</summary>
public enum EventFormat
{
    /// <summary>GDELT 1.0 events: 57 columns (historical backfile) or 58 (daily files, with SOURCEURL), no header.</summary>
    Gdelt1,

    /// <summary>GDELT 2.0 events: 61 columns, no header.</summary>
    Gdelt2,

    /// <summary>ICEWS coded events: 20 columns with a header row ("Event ID", "Event Date", …).</summary>
    Icews,
}

/// <summary>A file that is not coded event data (or not one Griot reads); the message says what it is instead.</summary>
public sealed class NotEventDataException(string path, string reason) : Exception($"{path}: not event data: {reason}")
{
    public string Path { get; } = path;

    public string Reason { get; } = reason;
}

/// <summary>
/// One event file made ready for DuckDB's CSV reader: decompressed when it was <c>.gz</c> or <c>.zip</c> (into a
/// temporary file, streamed, so memory stays flat; a truncated or corrupt archive fails here), fingerprinted, and
/// its format detected from its first lines.
/// </summary>
public sealed class EventFile : IDisposable
{
    private const int SniffBytes = 1 << 16;
    private readonly string? _temporary;

    private EventFile(string origin, string plainPath, string? temporary, string fingerprint, long bytes, long lines, EventFormat format, bool header)
    {
        Rows = lines - (header ? 1 : 0);
        Origin = origin;
        PlainPath = plainPath;
        _temporary = temporary;
        Fingerprint = fingerprint;
        Bytes = bytes;
        Format = format;
        HasHeader = header;
    }

    /// <summary>The file as the user named it (for a zip entry, <c>archive.zip!entry.csv</c>).</summary>
    public string Origin { get; }

    /// <summary>The uncompressed file DuckDB reads.</summary>
    public string PlainPath { get; }

    /// <summary>XxHash128 of the uncompressed content: the same events file is recognised whatever its name or compression.</summary>
    public string Fingerprint { get; }

    /// <summary>Non-blank lines after the header: the rows the file holds (DuckDB's reader skips blank lines).</summary>
    public long Rows { get; }

    /// <summary>Uncompressed size in bytes.</summary>
    public long Bytes { get; }

    public EventFormat Format { get; }

    /// <summary>The first line names the columns (ICEWS; some GDELT copies add one).</summary>
    public bool HasHeader { get; }

    /// <summary>
    /// Opens <paramref name="path"/>: every entry of a zip archive, or the one file. <paramref name="progress"/>
    /// gets the uncompressed bytes read so far.
    /// </summary>
    /// <exception cref="NotEventDataException">The content is not GDELT or ICEWS events.</exception>
    /// <exception cref="InvalidDataException">A compressed file is truncated or corrupt.</exception>
    public static IEnumerable<EventFile> Open(string path, string temporaryFolder, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file", path);
        }

        var head = new byte[4];
        using (var probe = File.OpenRead(path))
        {
            probe.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        if (head[0] == 0x1f && head[1] == 0x8b)
        {
            return [Decompress(path, path, temporaryFolder, stream => new GZipInputStream(stream), progress, cancellationToken)];
        }

        if (head[0] == 'P' && head[1] == 'K' && head[2] is 3 or 5)
        {
            return OpenZip(path, temporaryFolder, progress, cancellationToken);
        }

        return [Plain(path, progress, cancellationToken)];
    }

    private static List<EventFile> OpenZip(string path, string temporaryFolder, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var files = new List<EventFile>();
        try
        {
            using var archive = ZipFile.OpenRead(path);
            foreach (var entry in archive.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                files.Add(Decompress(path, $"{path}!{entry.FullName}", temporaryFolder, _ => entry.Open(), progress, cancellationToken));
            }
        }
        catch (InvalidDataException e)
        {
            foreach (var file in files)
            {
                file.Dispose();
            }

            throw new InvalidDataException($"{path}: the zip archive is truncated or corrupt ({e.Message})", e);
        }

        if (files.Count == 0)
        {
            throw new NotEventDataException(path, "the zip archive holds no file");
        }

        return files;
    }

    private static EventFile Plain(string path, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var scan = Scan(stream, copy: null, progress, cancellationToken);
        var (format, header) = Detect(path, scan.Start);
        return new EventFile(path, path, null, scan.Fingerprint, scan.Bytes, scan.Lines, format, header);
    }

    private static EventFile Decompress(string path, string origin, string temporaryFolder, Func<Stream, Stream> open, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(temporaryFolder);
        var temporary = System.IO.Path.Join(temporaryFolder, $"griot-events-{Guid.NewGuid():N}.tsv");
        try
        {
            Scanned scan;
            using (var source = File.OpenRead(path))
            using (var decompressed = open(source))
            using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                scan = Scan(decompressed, target, progress, cancellationToken);
            }

            var (format, header) = Detect(origin, scan.Start);
            return new EventFile(origin, temporary, temporary, scan.Fingerprint, scan.Bytes, scan.Lines, format, header);
        }
        catch (Exception e) when (e is ICSharpCode.SharpZipLib.SharpZipBaseException or EndOfStreamException)
        {
            File.Delete(temporary);
            throw new InvalidDataException($"{path}: the gzip file is truncated or corrupt ({e.Message})", e);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private sealed record Scanned(string Fingerprint, long Bytes, long Lines, byte[] Start);

    /// <summary>
    /// One pass over the uncompressed content: its fingerprint, size, rows and first bytes (for <see cref="Detect"/>),
    /// copied to <paramref name="copy"/> when the content must be written out for DuckDB.
    /// </summary>
    private static Scanned Scan(Stream source, Stream? copy, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var hash = new XxHash128();
        var lines = new LineCounter();
        var buffer = new byte[1 << 20];
        var start = new MemoryStream();
        long total = 0;
        int read;
        while ((read = source.Read(buffer)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunk = buffer.AsSpan(0, read);
            if (start.Length < SniffBytes)
            {
                start.Write(chunk[..(int)Math.Min(read, SniffBytes - start.Length)]);
            }

            hash.Append(chunk);
            lines.Feed(chunk);
            copy?.Write(chunk);
            total += read;
            progress?.Report(total);
        }

        return new Scanned(Convert.ToHexStringLower(hash.GetCurrentHash()), total, lines.Finish(), start.ToArray());
    }

    /// <summary>Tells the format from the first bytes of the uncompressed content.</summary>
    internal static (EventFormat Format, bool Header) Detect(string path, ReadOnlySpan<byte> start)
    {
        if (start.Length == 0)
        {
            throw new NotEventDataException(path, "the file is empty");
        }

        if (start.StartsWith("%PDF"u8))
        {
            throw new NotEventDataException(path, "it is a PDF document");
        }

        if (start.IndexOf((byte)0) >= 0)
        {
            throw new NotEventDataException(path, "it is a binary file, not tab-separated text");
        }

        var text = Encoding.UTF8.GetString(start);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).Take(6).ToArray();
        if (start.Length == SniffBytes && lines.Length > 1)
        {
            lines = lines[..^1]; // the last line may be cut by the sniff window
        }

        var first = lines[0].Split('\t');
        if (first.Length == 20 && first[0].Trim() == "Event ID" && first[1].Trim() == "Event Date")
        {
            return (EventFormat.Icews, true);
        }

        var header = first[0].Trim().Equals("GLOBALEVENTID", StringComparison.OrdinalIgnoreCase);
        var data = header ? lines.Skip(1).ToArray() : lines;
        if (data.Length == 0)
        {
            throw new NotEventDataException(path, "it has a header and no rows");
        }

        var counts = data.Select(l => l.Split('\t').Length).ToArray();
        var firstLine = header ? 2 : 1;
        if (!long.TryParse(data[0].Split('\t')[0], out _))
        {
            throw new NotEventDataException(path, $"line {firstLine} does not start with a numeric event id (it has {counts[0]} tab-separated fields; GDELT 1.0 rows have 57 or 58, GDELT 2.0 rows 61, ICEWS files a 20-column header)");
        }

        // The first row decides; a malformed row further on is the import's to report, with its line.
        if (counts[0] == 61)
        {
            return (EventFormat.Gdelt2, header);
        }

        if (counts[0] is 57 or 58)
        {
            return (EventFormat.Gdelt1, header);
        }

        if (counts[0] == 16)
        {
            throw new NotEventDataException(path, "it looks like a GDELT 2.0 mentions file (16 columns); import the events export instead");
        }

        throw new NotEventDataException(path, $"line {firstLine} has {counts[0]} tab-separated fields; GDELT 1.0 rows have 57 or 58, GDELT 2.0 rows 61, ICEWS files a 20-column header");
    }

    public void Dispose()
    {
        if (_temporary is not null)
        {
            File.Delete(_temporary);
        }
    }
}

/// <summary>Counts non-blank lines (a lone "\r" is blank) across the chunks of a stream.</summary>
internal struct LineCounter
{
    private long _lines;
    private bool _pending;

    public void Feed(ReadOnlySpan<byte> chunk)
    {
        while (chunk.Length > 0)
        {
            var end = chunk.IndexOf((byte)'\n');
            var line = end < 0 ? chunk : chunk[..end];
            _pending |= line.Length > 1 || (line.Length == 1 && line[0] != (byte)'\r');
            if (end < 0)
            {
                return;
            }

            if (_pending)
            {
                _lines++;
            }

            _pending = false;
            chunk = chunk[(end + 1)..];
        }
    }

    public readonly long Finish() => _lines + (_pending ? 1 : 0);
}

using System.IO.Compression;
using Griot.Events.Import;
using Griot.Events.Store;
using Griot.Testing;

namespace Griot.Events.Tests;

/// <summary>Importing the real GDELT and ICEWS samples, and what happens to bad input.</summary>
public sealed class EventImportTests : IAsyncLifetime
{
    private readonly ScratchFolder _folder = new();
    private IEventStore _store = null!;

    public async ValueTask InitializeAsync() =>
        _store = await EventStore.OpenAsync(_folder.File("events.duckdb"), new EventStoreOptions(MemoryLimit: "512MB"), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    private static string Sample(string name) => Path.Join(AppContext.BaseDirectory, "Samples", name);

    private Task<long> CountAsync(string where) => _store.ScalarAsync<long>($"SELECT count(*) FROM events WHERE {where}");

    [Theory]
    [InlineData("events.csv", EventFormat.Gdelt2, 100)]
    [InlineData("eventsT.csv", EventFormat.Gdelt2, 100)]
    [InlineData("events1.csv", EventFormat.Gdelt1, 100)]
    [InlineData("icews-sample.tab", EventFormat.Icews, 115)]
    public async Task Import_RealSample_StoresEveryRow(string file, EventFormat format, long rows)
    {
        var report = Assert.Single(await _store.ImportAsync(Sample(file), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(format, report.Format);
        Assert.Equal(rows, report.RowsRead);
        Assert.Equal(rows, report.RowsAdded);
        Assert.Equal(0, report.Malformed);
        Assert.Equal(rows, await _store.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Import_Gdelt2_KeepsCodesDatesAndMapsFipsToIso()
    {
        await _store.ImportAsync(Sample("events.csv"), cancellationToken: TestContext.Current.CancellationToken);

        // First row: 410412347, SQLDATE 20140218, EventCode 043 (leading zero kept), root 04, QuadClass 1.
        Assert.Equal(1, await CountAsync("event_id = 410412347 AND event_date = DATE '2014-02-18' AND event_code = '043' AND root_code = '04' AND quad_class = 1"));
        // ActionGeo_CountryCode is FIPS: ZI is Zimbabwe (ZWE), SF South Africa (ZAF), US the United States.
        Assert.Equal(12, await CountAsync("action_country = 'ZWE'"));
        Assert.Equal(9, await CountAsync("action_country = 'ZAF'"));
        Assert.Equal(10, await CountAsync("action_country = 'USA'"));
        Assert.Equal(100, await CountAsync("source_url LIKE 'http%'"));
        Assert.Equal(0, await CountAsync("goldstein <> (SELECT goldstein FROM cameo_events c WHERE c.code = events.event_code)"));
    }

    [Fact]
    public async Task Import_Gdelt1_ReadsBackfileAndDailyRows()
    {
        await _store.ImportAsync(Sample("events1.csv"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(60, await CountAsync("source_url IS NOT NULL"));
        Assert.Equal(40, await CountAsync("source_url IS NULL"));
        Assert.Equal(100, await CountAsync("source = 'gdelt1'"));
        // Actor2Code values with a leading space (" UIS") are trimmed.
        Assert.Equal(0, await CountAsync("actor2_code LIKE ' %'"));
        Assert.Equal(1, await CountAsync("event_id = 0 AND event_date = DATE '1979-01-01' AND event_code = '040' AND actor1_code IS NULL AND actor2_code = 'AFR'"));
    }

    [Fact]
    public async Task Import_Icews_MapsCountryNamesAndQuadClass()
    {
        await _store.ImportAsync(Sample("icews-sample.tab"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1, await CountAsync("event_id = 32889836 AND actor1_country = 'BGD' AND actor2_country = 'VNM' AND event_code = '040' AND quad_class = 1 AND goldstein = 1"));
        Assert.Equal(115, await CountAsync("event_date = DATE '2018-06-01'"));
        Assert.Equal(0, await CountAsync("quad_class IS NULL"));
    }

    [Fact]
    public async Task Import_SameFileAgain_AddsNothing_EvenCompressedUnderAnotherName()
    {
        await _store.ImportAsync(Sample("events.csv"), cancellationToken: TestContext.Current.CancellationToken);
        var gz = _folder.File("renamed.tsv.gz");
        using (var target = new GZipStream(File.Create(gz), CompressionLevel.Fastest))
        using (var source = File.OpenRead(Sample("events.csv")))
        {
            source.CopyTo(target);
        }

        var again = Assert.Single(await _store.ImportAsync(Sample("events.csv"), cancellationToken: TestContext.Current.CancellationToken));
        var compressed = Assert.Single(await _store.ImportAsync(gz, cancellationToken: TestContext.Current.CancellationToken));

        Assert.True(again.AlreadyImported);
        Assert.True(compressed.AlreadyImported);
        Assert.Equal(Sample("events.csv"), compressed.PreviousName);
        Assert.Equal(100, await _store.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Import_OverlappingFile_SkipsEventsAlreadyStored()
    {
        await _store.ImportAsync(Sample("events.csv"), cancellationToken: TestContext.Current.CancellationToken);
        var lines = File.ReadAllLines(Sample("events.csv"));
        var overlap = _folder.File("overlap.csv");
        File.WriteAllLines(overlap, lines[..30]);

        var report = Assert.Single(await _store.ImportAsync(overlap, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(30, report.Duplicates);
        Assert.Equal(0, report.RowsAdded);
        Assert.Equal(100, await _store.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Import_Zip_ReadsItsEntries()
    {
        var zip = _folder.File("20150218230000.export.CSV.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(Sample("events.csv"), "20150218230000.export.CSV");
        }

        var report = Assert.Single(await _store.ImportAsync(zip, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal($"{zip}!20150218230000.export.CSV", report.File);
        Assert.Equal(100, report.RowsAdded);
    }

    [Fact]
    public async Task Import_BadRows_AreKeptOutAndNamedByLine()
    {
        var lines = File.ReadAllLines(Sample("events.csv"));
        lines[5] = string.Join('\t', lines[5].Split('\t')[..3]);
        lines[8] = Replace(lines[8], 1, "20141345");
        lines[11] = Replace(lines[11], 29, "7");
        lines[14] = Replace(lines[14], 26, "999");
        var bad = _folder.File("bad.csv");
        File.WriteAllLines(bad, lines);

        var report = Assert.Single(await _store.ImportAsync(bad, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(100, report.RowsRead);
        Assert.Equal(96, report.RowsAdded);
        Assert.Equal(4, report.Malformed);
        Assert.Equal([6L, 9, 12, 15], report.Examples.Select(e => e.Line));
        Assert.All(report.Examples, e => Assert.Equal(bad, e.File));
        Assert.Contains("SQLDATE", report.Examples[1].Column);
        Assert.Contains("QuadClass", report.Examples[2].Column);
        Assert.Contains("EventCode", report.Examples[3].Column);
        Assert.Contains("found 3", report.Examples[0].Problem);
        Assert.Equal(96, await _store.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Import_BlankLines_AreNotRows()
    {
        var lines = File.ReadAllLines(Sample("events.csv")).ToList();
        lines.Insert(40, "");
        lines.Add("");
        var path = _folder.File("blank.csv");
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n");

        var report = Assert.Single(await _store.ImportAsync(path, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(100, report.RowsRead);
        Assert.Equal(100, report.RowsAdded);
        Assert.Equal(0, report.Malformed);
    }

    [Fact]
    public async Task Import_Gdelt1ShortRow_IsReportedWithItsLine()
    {
        var lines = File.ReadAllLines(Sample("events1.csv"));
        lines[49] = string.Join('\t', lines[49].Split('\t')[..30]);
        var bad = _folder.File("short.csv");
        File.WriteAllLines(bad, lines);

        var report = Assert.Single(await _store.ImportAsync(bad, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(99, report.RowsAdded);
        Assert.Equal(1, report.Malformed);
        var row = Assert.Single(report.Examples);
        Assert.Equal(50, row.Line);
        Assert.Contains("found 30", row.Problem);
    }

    [Fact]
    public async Task Import_TruncatedGzip_FailsClearly_AndStoresNothing()
    {
        await _store.ImportAsync(Sample("eventsT.csv"), cancellationToken: TestContext.Current.CancellationToken);
        var gz = _folder.File("cut.csv.gz");
        using (var target = new GZipStream(File.Create(gz), CompressionLevel.Optimal))
        using (var source = File.OpenRead(Sample("events.csv")))
        {
            source.CopyTo(target);
        }

        var bytes = File.ReadAllBytes(gz);
        File.WriteAllBytes(gz, bytes[..(bytes.Length / 2)]);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => _store.ImportAsync(gz, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("truncated or corrupt", error.Message);
        Assert.Contains("cut.csv.gz", error.Message);
        Assert.Equal(100, await _store.CountAsync(TestContext.Current.CancellationToken));
        Assert.Empty(Directory.EnumerateFiles(Path.Join(_folder.Path, ".griot-import")));
    }

    [Fact]
    public async Task Import_Pdf_IsRefused_AndStoresNothing()
    {
        var pdf = _folder.File("report.pdf");
        File.WriteAllBytes(pdf, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8.ToArray());

        var error = await Assert.ThrowsAsync<NotEventDataException>(() => _store.ImportAsync(pdf, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("PDF", error.Message);
        Assert.Contains("report.pdf", error.Message);
        Assert.Equal(0, await _store.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("prose.txt", "Mali is a landlocked country in West Africa.\nIt borders Niger.\n", "line 1")]
    [InlineData("mentions.csv", null, "mentions")]
    [InlineData("empty.csv", "", "empty")]
    public async Task Import_NotEventData_IsRefusedWithTheReason(string name, string? content, string reason)
    {
        var path = _folder.File(name);
        if (content is null)
        {
            File.Copy(Sample("mentions.csv"), path);
        }
        else
        {
            File.WriteAllText(path, content);
        }

        var error = await Assert.ThrowsAsync<NotEventDataException>(() => _store.ImportAsync(path, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains(reason, error.Message);
        Assert.Equal(0, await _store.CountAsync(TestContext.Current.CancellationToken));
    }

    private static string Replace(string line, int column, string value)
    {
        var fields = line.Split('\t');
        fields[column] = value;
        return string.Join('\t', fields);
    }
}

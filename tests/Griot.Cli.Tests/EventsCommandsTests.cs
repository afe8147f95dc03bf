using System.IO.Compression;
using Griot.Testing;

namespace Griot.Cli.Tests;

/// <summary><c>griot events …</c> end to end, on a scratch event store beside a scratch knowledge store.</summary>
public sealed class EventsCommandsTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string Sample(string name) => Path.Join(TestData.RepositoryRoot, "tests", "Griot.Events.Tests", "Samples", name);

    [Fact]
    public async Task Import_Samples_ReportsEachFile_AndTheStoreTotal()
    {
        var result = await _cli.RunAsync("events", "import", Sample("events.csv"), Sample("events1.csv"), Sample("icews-sample.tab"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("GDELT 2.0", result.Output);
        Assert.Contains("GDELT 1.0", result.Output);
        Assert.Contains("ICEWS", result.Output);
        Assert.Contains("315 event(s)", result.Output);
        Assert.True(File.Exists(_cli.Folder.File("events.duckdb")));
    }

    [Fact]
    public async Task Import_WhileAnotherProcessHoldsTheStore_SaysSoAndFails()
    {
        Assert.SkipUnless(ForeignLock.Supported, "the foreign lock is Linux's open-file-description lock");
        await _cli.RunAsync("events", "import", Sample("events.csv"));
        using var held = ForeignLock.Take(_cli.Folder.File("events.duckdb"));

        var result = await _cli.RunAsync("events", "import", Sample("events1.csv"));

        Assert.Equal(1, result.ExitCode);
        var error = result.Error.ReplaceLineEndings(" ");
        Assert.Contains("another import or a server is using the event store", error);
        Assert.Contains("try again when it is done", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Import_Again_AddsNothing()
    {
        await _cli.RunAsync("events", "import", Sample("events.csv"));

        var again = await _cli.RunAsync("events", "import", Sample("events.csv"), "--format", "json");

        Assert.Equal(0, again.ExitCode);
        Assert.True(again.Json.GetProperty("files")[0].GetProperty("alreadyImported").GetBoolean());
        Assert.Equal(100, again.Json.GetProperty("events").GetInt64());
    }

    [Fact]
    public async Task Import_BadRowsAndABadFile_ReportsLines_RefusesTheFile_ExitsNonZero()
    {
        var lines = File.ReadAllLines(Sample("events.csv"));
        lines[2] = lines[2].Replace("\t20140218\t", "\t20140231\t", StringComparison.Ordinal);
        var bad = _cli.Folder.File("bad-rows.csv");
        File.WriteAllLines(bad, lines);
        var pdf = _cli.Folder.File("report.pdf");
        File.WriteAllText(pdf, "%PDF-1.4\n1 0 obj\n");

        var result = await _cli.RunAsync("events", "import", bad, pdf);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{bad}:3: SQLDATE (column 2): '20140231' is not a date (YYYYMMDD)", result.Error.ReplaceLineEndings(""));
        Assert.Contains("refused:", result.Error);
        Assert.Contains("it is a PDF document", result.Error.ReplaceLineEndings(" "));
        Assert.Contains("99 event(s)", result.Output);
    }

    [Fact]
    public async Task Import_TruncatedZip_IsRefused()
    {
        var zip = _cli.Folder.File("export.CSV.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(Sample("events.csv"), "export.CSV");
        }

        var bytes = File.ReadAllBytes(zip);
        File.WriteAllBytes(zip, bytes[..(bytes.Length - 40)]);

        var result = await _cli.RunAsync("events", "import", zip);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("truncated or corrupt", result.Error.ReplaceLineEndings(" "));
    }

    [Fact]
    public async Task Synth_ThenSeries_CarriesTheKnowledgeForThePair()
    {
        var file = _cli.Folder.File("synthetic.tsv.gz");
        var synth = await _cli.RunAsync("events", "synth", "--rows", "60000", "--out", file, "--seed", "3");
        Assert.Equal(0, synth.ExitCode);
        await _cli.RunAsync("events", "import", file);

        var result = await _cli.RunAsync("events", "series", "MLI", "FRA", "--interval", "year", "--from", "2015-01-01", "--to", "2024-12-31", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.Equal("MLI", json.GetProperty("a").GetString());
        var periods = json.GetProperty("periods").EnumerateArray().ToList();
        Assert.NotEmpty(periods);
        Assert.All(periods, p => Assert.InRange(int.Parse(p.GetProperty("period").GetString()!, System.Globalization.CultureInfo.InvariantCulture), 2015, 2024));
        Assert.Contains(periods, p => p.GetProperty("from").GetString() == "FRA");
        var statements = json.GetProperty("statements").EnumerateArray().ToList();
        // Mali-France relations turned hostile on 2022-01-31 (data/statements/relations-mali.tsv).
        Assert.Contains(statements, s => s.GetProperty("predicate").GetString() == "relation"
            && s.GetProperty("qualifiers").GetProperty("stance").GetString() == "hostile");
        Assert.DoesNotContain(statements, s => s.GetProperty("valid").GetProperty("end").ValueKind == System.Text.Json.JsonValueKind.String
            && string.CompareOrdinal(s.GetProperty("valid").GetProperty("end").GetString(), "2015") < 0);
    }

    [Fact]
    public async Task Partners_AndShifts_Answer()
    {
        var file = _cli.Folder.File("synthetic.tsv");
        await _cli.RunAsync("events", "synth", "--rows", "60000", "--out", file);
        await _cli.RunAsync("events", "import", file);

        var partners = await _cli.RunAsync("events", "partners", "MLI", "--top", "3", "--format", "json");
        var shifts = await _cli.RunAsync("events", "shifts", "MLI", "FRA");

        Assert.Equal(0, partners.ExitCode);
        Assert.Equal(3, partners.Json.GetProperty("volume").GetArrayLength());
        Assert.Equal(3, partners.Json.GetProperty("conflict").GetArrayLength());
        Assert.Equal(0, shifts.ExitCode);
        Assert.Contains("PELT", shifts.Output);
    }

    [Fact]
    public async Task Series_CameoCodeThatIsAlsoAGriotIdOfNoState_NamesTheState()
    {
        // NAM is Namibia in event data; Griot's NAM is the Non-Aligned Movement, and Namibia is NMB.
        var result = await _cli.RunAsync("events", "series", "NAM", "ZAF", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("NMB", result.Json.GetProperty("ids").GetProperty("NAM").GetString());
        Assert.Equal("ZAF", result.Json.GetProperty("ids").GetProperty("ZAF").GetString());
    }

    [Theory]
    [InlineData("MLX", "neither a Griot actor id nor a CAMEO country code")]
    [InlineData("ECOWAS", "is not a state")]
    public async Task Series_UnknownState_FailsClearly(string state, string message)
    {
        var result = await _cli.RunAsync("events", "series", "MLI", state);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error.ReplaceLineEndings(" "));
    }

    [Fact]
    public async Task Series_FromAfterTo_IsAUsageError()
    {
        var result = await _cli.RunAsync("events", "series", "MLI", "FRA", "--from", "2024-01-01", "--to", "2020-01-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--from 2024-01-01 is after --to 2020-01-01", result.Error);
    }
}

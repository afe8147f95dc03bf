namespace Griot.Cli.Tests;

public sealed class ProfileCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Profile_Mali2019Json_AsVocabularyShows()
    {
        var result = await _cli.RunAsync("profile", "MLI", "--as-of", "2019-06-01", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.Equal("MLI", json.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal("state", json.GetProperty("actor").GetProperty("kind").GetString());
        Assert.Equal(432, json.GetProperty("actor").GetProperty("identifiers").GetProperty("cow").GetInt32());
        Assert.Equal("Q912", json.GetProperty("actor").GetProperty("identifiers").GetProperty("wikidata").GetString());
        Assert.Equal("2019-06-01", json.GetProperty("asOf").GetString());
        Assert.Equal(["BFA", "CIV", "DZA", "GIN", "MRT", "NER", "SEN"], json.GetProperty("neighbors").EnumerateArray().Select(e => e.GetString()));
        var ecowas = json.GetProperty("memberships").EnumerateArray().Single(m => m.GetProperty("organization").GetString() == "ECOWAS");
        Assert.Equal("founding_member", ecowas.GetProperty("role").GetString());
        Assert.Equal("1975-05-28", ecowas.GetProperty("start").GetString());
        Assert.Equal("2025-01-29", ecowas.GetProperty("end").GetString());
        Assert.False(ecowas.GetProperty("suspended").GetBoolean());
        Assert.Equal("ibrahim-boubacar-keita", json.GetProperty("headOfState").GetProperty("id").GetString());
        Assert.Equal("2013-09-04", json.GetProperty("headOfState").GetProperty("start").GetString());
        Assert.Contains(json.GetProperty("presences").EnumerateArray(), p => p.GetProperty("actor").GetString() == "minusma");
        Assert.True(json.GetProperty("sources").GetInt32() > 0);
    }

    [Fact]
    public async Task Profile_Table_ShowsNamesAndSections()
    {
        var result = await _cli.RunAsync("profile", "MLI", "--as-of", "2024-06-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Mali (MLI) as of 2024-06-01", result.Output);
        Assert.Contains("AES · Alliance of Sahel States", result.Output);
        Assert.Contains("leaving", result.Output);
        Assert.Contains("Memberships", result.Output);
        Assert.Contains("Foreign presences", result.Output);
    }

    [Fact]
    public async Task Profile_NoDate_AnswersForToday()
    {
        _cli.Now = new DateTimeOffset(1965, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var result = await _cli.RunAsync("profile", "MLI", "--format", "json");

        Assert.Equal("1965-01-01", result.Json.GetProperty("asOf").GetString());
        Assert.Contains(result.Json.GetProperty("memberships").EnumerateArray(), m => m.GetProperty("organization").GetString() == "OAU");
    }

    [Fact]
    public async Task Profile_UnknownId_FailsNamingItWithSuggestions()
    {
        var result = await _cli.RunAsync("profile", "MLX");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown actor id 'MLX'", result.Error);
        Assert.Contains("MLI (Mali)", result.Error);
        Assert.Equal("", result.Output);
    }

    [Theory]
    [InlineData("2019-13-45", "month 13 is out of range (1-12)")]
    [InlineData("2019-02-30", "day 30 is out of range for 2019-02")]
    [InlineData("2019", "is not a day; give a full date, YYYY-MM-DD")]
    [InlineData("yesterday", "is not a date")]
    public async Task Profile_ImpossibleDate_RefusedWithReason(string date, string reason)
    {
        var result = await _cli.RunAsync("profile", "MLI", "--as-of", date);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--as-of", result.Error);
        Assert.Contains(reason, result.Error);
    }

    [Fact]
    public async Task Profile_FileThatIsNotADatabase_ClearMessage()
    {
        var path = _cli.Folder.File("essay.txt");
        await File.WriteAllTextAsync(path, "Mali's relations with other countries have always been focused on issues in the region.");

        var result = await _cli.RunAsync("profile", "MLI", "--db", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not a Griot database", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task Profile_PostgresServerThatDoesNotAnswer_ClearMessage_NoPassword()
    {
        var result = await _cli.RunAsync("profile", "MLI", "--db", "Host=127.0.0.1;Port=1;Username=griot;Password=s3cret;Database=griot");

        Assert.Equal(1, result.ExitCode);
        var error = result.Error.ReplaceLineEndings(" ");
        Assert.Contains("cannot open the knowledge store at postgresql://127.0.0.1:1/griot", error);
        Assert.DoesNotContain("s3cret", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Profile_UnknownFormat_UsageError()
    {
        var result = await _cli.RunAsync("profile", "MLI", "--format", "xml");

        Assert.Equal(2, result.ExitCode);
    }
}

using Griot.Events.Queries;
using Griot.Events.Store;
using Griot.Testing;

namespace Griot.Events.Tests;

/// <summary>Shifts found in a dyad whose relations turn, built from a real GDELT row as a template.</summary>
public sealed class ShiftsTests : IAsyncLifetime
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

    [Fact]
    public async Task Shifts_DyadTurningFromCooperationToConflict_FoundInTheMonthItTurns()
    {
        // 2019-01 .. 2020-12: Mali and France cooperate (042 "make a visit", Goldstein 1.9);
        // from 2021-01: conflict (173 "arrest", Goldstein -5.0; 190 "use conventional military force", -10).
        var template = File.ReadAllLines(Path.Join(AppContext.BaseDirectory, "Samples", "events.csv"))[0].Split('\t');
        var rows = new List<string>();
        var id = 900_000_000L;
        var random = new Random(3);
        for (var month = new DateOnly(2019, 1, 1); month < new DateOnly(2023, 1, 1); month = month.AddMonths(1))
        {
            var turned = month.Year >= 2021;
            for (var i = 0; i < 20 + random.Next(10); i++)
            {
                var (code, quad, score) = turned
                    ? (random.Next(4) == 0 ? ("042", "1", "1.9") : random.Next(2) == 0 ? ("173", "4", "-5.0") : ("190", "4", "-10.0"))
                    : (random.Next(6) == 0 ? ("173", "4", "-5.0") : ("042", "1", "1.9"));
                var fields = (string[])template.Clone();
                var day = month.AddDays(random.Next(28));
                fields[0] = (id++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                fields[1] = day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
                (fields[7], fields[17]) = random.Next(2) == 0 ? ("MLI", "FRA") : ("FRA", "MLI");
                (fields[26], fields[27], fields[28], fields[29], fields[30]) = (code, code, code[..2], quad, score);
                rows.Add(string.Join('\t', fields));
            }
        }

        var file = _folder.File("turn.tsv");
        File.WriteAllLines(file, rows);
        await _store.ImportAsync(file, cancellationToken: TestContext.Current.CancellationToken);

        var shifts = await new EventQueries(_store).ShiftsAsync("MLI", "FRA", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(48, shifts.Months);
        var goldstein = Assert.Single(shifts.Goldstein);
        Assert.Equal(new DateOnly(2021, 1, 1), goldstein.Period);
        Assert.True(goldstein.Size < -4, $"Goldstein shift {goldstein.Size}");
        var conflict = Assert.Single(shifts.ConflictShare);
        Assert.Equal(new DateOnly(2021, 1, 1), conflict.Period);
        Assert.InRange(conflict.Size, 0.5, 0.75);
        Assert.Contains("PELT", shifts.Method);
    }

    [Fact]
    public async Task Shifts_NoEvents_FindsNothing()
    {
        var shifts = await new EventQueries(_store).ShiftsAsync("MLI", "FRA", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, shifts.Months);
        Assert.Empty(shifts.Goldstein);
    }
}

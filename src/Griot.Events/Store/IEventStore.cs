using Griot.Events.Queries;

namespace Griot.Events.Store;

/// <summary>
/// Coded events (GDELT 1.0 and 2.0, ICEWS) with the CAMEO and GeoNames lookups beside them, and the monthly dyad
/// summary kept at import that series and partners are read from. Callers see this seam, never an engine: the store
/// is DuckDB today (<see cref="EventStore.OpenAsync"/>), and could be Parquet partitions or ClickHouse past one machine.
/// </summary>
public interface IEventStore : IAsyncDisposable
{
    /// <summary>The store's file, for messages.</summary>
    string Path { get; }

    /// <summary>
    /// Imports one file (plain, <c>.gz</c> or <c>.zip</c>; the format is read from the content), each file of it
    /// stored whole or not at all. Malformed rows are kept out and reported with their line; a file whose content
    /// was imported before adds nothing.
    /// </summary>
    /// <exception cref="Import.NotEventDataException">The file is not GDELT or ICEWS events; nothing is stored.</exception>
    /// <exception cref="InvalidDataException">A compressed file is truncated or corrupt; nothing is stored.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="NotSupportedException">The store was opened read-only.</exception>
    Task<IReadOnlyList<FileImportReport>> ImportAsync(string file, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Events stored.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>The CAMEO label of a country code ("MLI" → "Mali"), or null when CAMEO does not know the code.</summary>
    Task<string?> GetCountryLabelAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Every CAMEO country and region code with its label (a few hundred).</summary>
    Task<IReadOnlyDictionary<string, string>> GetCountryLabelsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Events between <paramref name="a"/> and <paramref name="b"/> (actor 1 one of them, actor 2 the other) summed
    /// per period and direction within the optional bounds (inclusive, to the day), ordered by period then acting
    /// country. Whole months come from the summary kept at import; partial months at either end from the events.
    /// </summary>
    Task<IReadOnlyList<SeriesPoint>> GetDyadPeriodsAsync(string a, string b, DateOnly? from, DateOnly? to, SeriesInterval interval,
        CancellationToken cancellationToken = default);

    /// <summary>Every partner of <paramref name="country"/> within the optional bounds (inclusive), both directions summed, largest first then by code.</summary>
    Task<IReadOnlyList<PartnerVolume>> GetPartnersAsync(string country, DateOnly? from, DateOnly? to, CancellationToken cancellationToken = default);

    /// <summary>The first day of the first month and the last day of the last month with events of the dyad, or null when it has none.</summary>
    Task<(DateOnly First, DateOnly Last)?> GetDyadSpanAsync(string a, string b, CancellationToken cancellationToken = default);
}

/// <summary>How an event store is opened.</summary>
/// <param name="MemoryLimit">DuckDB's memory limit, such as "512MB" or "2GB": an import spills to disk beyond it, so memory stays flat.</param>
/// <param name="ReadOnly">
/// Open an existing store for reading only, as the web process does per request, so that an import by another
/// process is locked out only while a request reads. A read-only opening does not migrate an older store; it reads it as it is.
/// </param>
public sealed record EventStoreOptions(string MemoryLimit = "2GB", bool ReadOnly = false);

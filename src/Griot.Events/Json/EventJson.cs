using System.Globalization;
using System.Text.Json;
using Griot.Core.Json;
using Griot.Events.Import;
using Griot.Events.Json.Contracts;
using Griot.Events.Queries;
using Griot.Events.Store;

namespace Griot.Events.Json;

/// <summary>
/// The words and options of event answers, shared by the command line and the HTTP API (the shapes are the records of
/// <see cref="Contracts"/>, documented in docs/vocabulary.md).
/// </summary>
public static class EventJson
{
    /// <summary>The house options over the event shapes.</summary>
    public static JsonSerializerOptions Options { get; } = WireOptions.Create(EventJsonContext.Default);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options.GetTypeInfo(typeof(T)));

    public static string PeriodLabel(DateOnly period, SeriesInterval interval) => interval switch
    {
        SeriesInterval.Year => period.ToString("yyyy", CultureInfo.InvariantCulture),
        SeriesInterval.Quarter => $"{period.Year}-Q{(period.Month - 1) / 3 + 1}",
        _ => period.ToString("yyyy-MM", CultureInfo.InvariantCulture),
    };

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatName(EventFormat format) => format switch
    {
        EventFormat.Gdelt1 => "GDELT 1.0",
        EventFormat.Gdelt2 => "GDELT 2.0",
        _ => "ICEWS",
    };
}

using System.Globalization;
using System.Text.Json.Serialization;
using Griot.Events.Queries;
using Griot.Events.Store;

namespace Griot.Events.Json.Contracts;

/// <summary>One period of a dyad series, both directions together.</summary>
public sealed record PeriodDto(string Period, string Start, string From, string To, long Events, long VerbalCooperation, long MaterialCooperation,
    long VerbalConflict, long MaterialConflict, double? Goldstein, double? Tone, double ConflictShare)
{
    public static PeriodDto Of(SeriesPoint p, SeriesInterval interval) =>
        new(EventJson.PeriodLabel(p.Period, interval), EventJson.Day(p.Period), p.From, p.To, p.Events, p.VerbalCooperation,
            p.MaterialCooperation, p.VerbalConflict, p.MaterialConflict, p.Goldstein, p.Tone, p.ConflictShare);
}

/// <summary>A change point of a monthly series.</summary>
public sealed record ShiftDto(string Month, double Before, double After, double Shift)
{
    public static ShiftDto Of(Shift s) => new(s.Period.ToString("yyyy-MM", CultureInfo.InvariantCulture), s.Before, s.After, s.Size);
}

/// <summary>The change points of a dyad's Goldstein and conflict-share series (<c>griot events shifts</c>).</summary>
public sealed record ShiftsDto(string A, string B, int Months, string Method, IReadOnlyList<ShiftDto> Goldstein, IReadOnlyList<ShiftDto> ConflictShare)
{
    public static ShiftsDto Of(DyadShifts s) =>
        new(s.A, s.B, s.Months, s.Method, s.Goldstein.Select(ShiftDto.Of).ToList(), s.ConflictShare.Select(ShiftDto.Of).ToList());
}

/// <summary>A partner of a state in event data, with the CAMEO label of its code.</summary>
public sealed record PartnerDto(string Partner, string? Name, long Events, long Cooperation, long Conflict, double? Goldstein)
{
    public static PartnerDto Of(PartnerVolume p, string? name) => new(p.Partner, name, p.Events, p.Cooperation, p.Conflict, p.Goldstein);
}

/// <summary>A state's top partners by volume, cooperation and conflict (<c>griot events partners</c>).</summary>
public sealed record PartnersDto(string Country, string? From, string? To, IReadOnlyList<PartnerDto> Volume, IReadOnlyList<PartnerDto> Cooperation,
    IReadOnlyList<PartnerDto> Conflict);

/// <summary>A malformed row of an imported file.</summary>
public sealed record MalformedRowDto(long Line, string Column, string Problem);

/// <summary>What importing one file did.</summary>
public sealed record FileImportDto(string File, string Format, long Rows, long Added, long Duplicates, long Malformed, bool AlreadyImported,
    IReadOnlyList<MalformedRowDto> MalformedRows)
{
    public static FileImportDto Of(FileImportReport r) =>
        new(r.File, EventJson.FormatName(r.Format), r.RowsRead, r.RowsAdded, r.Duplicates, r.Malformed, r.AlreadyImported,
            r.Examples.Select(e => new MalformedRowDto(e.Line, e.Column, e.Problem)).ToList());
}

/// <summary>What <c>griot events import</c> did: the store, its events now, each file, and how many files were refused.</summary>
public sealed record EventImportDto(string Store, long Events, IReadOnlyList<FileImportDto> Files, int Refused);

/// <summary>The source-generated metadata of the event shapes (written with <see cref="EventJson.Options"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ShiftsDto))]
[JsonSerializable(typeof(PartnersDto))]
[JsonSerializable(typeof(EventImportDto))]
[JsonSerializable(typeof(PeriodDto))]
public sealed partial class EventJsonContext : JsonSerializerContext;

using Griot.Store.Queries;

namespace Griot.Store.Json.Contracts;

/// <summary>The dated history of an actor, or of a pair (<c>with</c>, null for one actor's), oldest first; <c>undated</c> holds the rest.</summary>
public sealed record TimelineDto(ActorDto Actor, ActorDto? With, IReadOnlyList<TimelineEntryDto> Entries, IReadOnlyList<StatementDto> Undated)
{
    public static TimelineDto Of(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return new(ActorDto.Of(timeline.Actor), timeline.With is null ? null : ActorDto.Of(timeline.With),
            timeline.Entries.Select(TimelineEntryDto.Of).ToArray(), StatementDto.List(timeline.Undated));
    }
}

/// <summary>One dated change: the statement's <c>start</c> or <c>end</c> (<c>edge</c>) on <c>date</c>; <c>dateQualifier</c> is null for an exact date.</summary>
public sealed record TimelineEntryDto(string Date, string? DateQualifier, string Edge, StatementDto Statement)
{
    public static TimelineEntryDto Of(TimelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Date.Date!.Value.ToString(), WireFormat.Qualifier(entry.Date), entry.Edge == TimelineEdge.Start ? "start" : "end",
            StatementDto.Of(entry.Statement));
    }
}

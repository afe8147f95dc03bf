using Griot.Store.Queries;

namespace Griot.Store.Json.Contracts;

/// <summary>What changed for an actor between two days: statements that began to hold (<c>added</c>) and that stopped (<c>removed</c>).</summary>
public sealed record DiffDto(ActorDto Actor, string From, string To, IReadOnlyList<StatementDto> Added, IReadOnlyList<StatementDto> Removed)
{
    public static DiffDto Of(Diff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        return new(ActorDto.Of(diff.Actor), WireFormat.Day(diff.From), WireFormat.Day(diff.To),
            StatementDto.List(diff.Added), StatementDto.List(diff.Removed));
    }
}

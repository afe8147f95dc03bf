namespace Griot.Store;

/// <summary>
/// A filter on statements; unset parts match everything. <see cref="Involving"/> matches an actor
/// on either side of a statement, whatever the predicate.
/// </summary>
public sealed record StatementQuery
{
    public string? Subject { get; init; }

    public string? Predicate { get; init; }

    public string? Object { get; init; }

    public string? Involving { get; init; }

    /// <summary>Only statements that may hold on this day (the widest reading of their intervals).</summary>
    public DateOnly? ValidOn { get; init; }

    public static StatementQuery About(string actorId) => new() { Involving = actorId };
}

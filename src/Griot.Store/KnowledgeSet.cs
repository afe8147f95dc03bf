using Griot.Core.Actors;
using Griot.Core.Statements;

namespace Griot.Store;

/// <summary>An actor with the references that vouch for its names and identifiers.</summary>
public sealed record SourcedActor(Actor Actor, IReadOnlyList<Reference> References);

/// <summary>Actors and statements to be written to a store together, in one transaction.</summary>
public sealed record KnowledgeSet(IReadOnlyList<SourcedActor> Actors, IReadOnlyList<Statement> Statements)
{
    public static KnowledgeSet Empty { get; } = new([], []);
}

/// <summary>How an import treats what the store already holds.</summary>
/// <param name="Origin">A label kept on every row written (<c>bundled</c> for the reference data).</param>
/// <param name="ReplaceOrigin">Delete every row of <paramref name="Origin"/> first, so the set replaces it.</param>
/// <param name="Meta">Store metadata to set in the same transaction.</param>
public sealed record ImportOptions(string Origin, bool ReplaceOrigin = false, IReadOnlyDictionary<string, string>? Meta = null);

/// <summary>What an import changed.</summary>
public sealed record ImportReport(int ActorsWritten, int StatementsAdded, int StatementsUnchanged, int ReferencesAdded);

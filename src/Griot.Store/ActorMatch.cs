using Griot.Core.Actors;

namespace Griot.Store;

/// <summary>An actor found by one of its names, and which name matched how.</summary>
/// <param name="Exact">True when the whole name matched; false for a prefix or part of a name.</param>
public sealed record ActorMatch(Actor Actor, string MatchedName, NameType MatchedAs, bool Exact);

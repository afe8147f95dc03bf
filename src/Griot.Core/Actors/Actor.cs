namespace Griot.Core.Actors;

/// <summary>
/// A state, organization, mission, person or other actor, with every name by which a text may
/// refer to it.
/// </summary>
public sealed record Actor
{
    public Actor(
        string id,
        ActorKind kind,
        string name,
        string? officialName = null,
        IReadOnlyList<string>? otherNames = null,
        IReadOnlyList<string>? acronyms = null,
        IReadOnlyList<string>? demonyms = null,
        string? capital = null,
        ActorIdentifiers? identifiers = null,
        IReadOnlyList<string>? places = null)
    {
        var idError = ActorId.Check(kind, id);
        Preconditions.CheckArgument(idError is null, nameof(id), idError ?? "");
        Id = id;
        Kind = kind;
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        OfficialName = string.IsNullOrWhiteSpace(officialName) ? null : officialName;
        OtherNames = otherNames ?? [];
        Acronyms = acronyms ?? [];
        Demonyms = demonyms ?? [];
        CapitalNames = string.IsNullOrWhiteSpace(capital)
            ? []
            : capital.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Capital = CapitalNames.Count == 0 ? null : CapitalNames[0];
        Identifiers = identifiers ?? ActorIdentifiers.None;
        Places = places ?? [];
    }

    public string Id { get; }

    public ActorKind Kind { get; }

    /// <summary>The canonical English name.</summary>
    public string Name { get; }

    public string? OfficialName { get; }

    /// <summary>Other names: French ones at least, where they exist, and former names.</summary>
    public IReadOnlyList<string> OtherNames { get; }

    public IReadOnlyList<string> Acronyms { get; }

    public IReadOnlyList<string> Demonyms { get; }

    /// <summary>The capital city of a state (its English name); a text naming it as a metonym means the state.</summary>
    public string? Capital { get; }

    /// <summary>
    /// The capital's names: the English one first, then others a text may use ("Algiers | Alger"); kept in the
    /// capital column joined by " | ".
    /// </summary>
    public IReadOnlyList<string> CapitalNames { get; }

    public ActorIdentifiers Identifiers { get; }

    /// <summary>Other towns of a state that texts name for where things happen in it ("deployed in Gao").</summary>
    public IReadOnlyList<string> Places { get; }

    /// <summary>Every name a text may use for this actor, with what kind of name it is.</summary>
    public IEnumerable<(string Name, NameType Type)> AllNames()
    {
        yield return (Name, NameType.Name);
        if (OfficialName is not null)
        {
            yield return (OfficialName, NameType.Official);
        }

        foreach (var n in OtherNames)
        {
            yield return (n, NameType.Other);
        }

        foreach (var n in Acronyms)
        {
            yield return (n, NameType.Acronym);
        }

        foreach (var n in Demonyms)
        {
            yield return (n, NameType.Demonym);
        }

        foreach (var n in CapitalNames)
        {
            yield return (n, NameType.Capital);
        }

        foreach (var n in Places)
        {
            yield return (n, NameType.Place);
        }

        yield return (Id, NameType.Id);
    }
}

/// <summary>What kind of name an actor is known by.</summary>
public enum NameType
{
    Id,
    Name,
    Official,
    Other,
    Acronym,
    Demonym,
    Capital,

    /// <summary>A town of a state other than its capital.</summary>
    Place,
}

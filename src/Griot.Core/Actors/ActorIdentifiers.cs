namespace Griot.Core.Actors;

/// <summary>An actor's ids in other systems; each is null where none exists or none was checked.</summary>
/// <param name="Iso2">ISO 3166-1 alpha-2 (states).</param>
/// <param name="IsoNumeric">ISO 3166-1 numeric, three digits (states).</param>
/// <param name="Cow">Correlates of War state number.</param>
/// <param name="Cameo">CAMEO actor code.</param>
/// <param name="Wikidata">Wikidata QID (<c>Q912</c>).</param>
public sealed record ActorIdentifiers(
    string? Iso2 = null,
    string? IsoNumeric = null,
    int? Cow = null,
    string? Cameo = null,
    string? Wikidata = null)
{
    public static ActorIdentifiers None { get; } = new();
}

using System.Text.RegularExpressions;

namespace Griot.Core.Actors;

/// <summary>The id forms of VOCABULARY.md: ISO alpha-3 for states, upper case for organizations, kebab slugs otherwise.</summary>
public static partial class ActorId
{
    /// <summary>Null when <paramref name="id"/> has the form its kind requires, else why not.</summary>
    public static string? Check(ActorKind kind, string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "an actor id is required";
        }

        return kind switch
        {
            ActorKind.State when !StateId().IsMatch(id) =>
                $"state id '{id}' must be an ISO 3166-1 alpha-3 code in upper case (MLI)",
            ActorKind.Organization when !OrganizationId().IsMatch(id) =>
                $"organization id '{id}' must be upper-case letters and digits (ECOWAS, G5S)",
            not (ActorKind.State or ActorKind.Organization) when !SlugId().IsMatch(id) =>
                $"id '{id}' must be a lower-case kebab slug (operation-barkhane)",
            _ => null,
        };
    }

    /// <summary>True when <paramref name="id"/> has the form of some actor id.</summary>
    public static bool LooksLikeId(string id) =>
        StateId().IsMatch(id) || OrganizationId().IsMatch(id) || SlugId().IsMatch(id);

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex StateId();

    [GeneratedRegex("^[A-Z][A-Z0-9]*$")]
    private static partial Regex OrganizationId();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugId();
}

using Griot.Core.Actors;

namespace Griot.Text.Reading;

/// <summary>
/// Finds actors in tokens by every name the knowledge store holds for them: names and other names
/// (capitalised as in the store), acronyms (exact case), demonyms and capitals. The longest name wins
/// ("Niger River Commission" before "Niger"); a state's name is not taken where it names a river, an
/// empire or part of a person's name ("the Niger", "the Mali Empire", "Guinea pig").
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, List<Entry>> _byFirstToken = new(StringComparer.Ordinal);

    private static readonly HashSet<string> NotAfterState = new(StringComparer.Ordinal)
    {
        "river", "empire", "basin", "delta", "valley", "bend", "pig", "pigs", "worm", "fowl", "kingdom", "rivers",
    };

    private static readonly HashSet<string> Rivers = new(StringComparer.Ordinal) { "niger", "senegal" };

    // Words that may follow a state's name without making it part of a person's or a thing's name.
    private static readonly HashSet<string> TitlesAfterState = new(StringComparer.Ordinal)
    {
        "president", "prime", "minister", "ministry", "foreign", "government", "army", "armed", "air", "national",
        "defence", "defense", "embassy", "parliament", "senate", "navy", "police", "forces", "state", "interior",
        "junta", "transitional", "republic", "democratic", "federal", "central", "west", "east", "north", "south",
        "and", "or", "in", "on", "since", "from", "to", "with", "the", "a", "is", "was", "has", "had", "have",
    };

    private Gazetteer()
    {
    }

    public static Gazetteer Build(IEnumerable<Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var gazetteer = new Gazetteer();
        foreach (var actor in actors)
        {
            foreach (var (name, type) in actor.AllNames())
            {
                var mentionType = type switch
                {
                    NameType.Acronym => MentionType.Acronym,
                    NameType.Demonym => MentionType.Demonym,
                    NameType.Capital => MentionType.Capital,
                    NameType.Id => (MentionType?)null,
                    _ => MentionType.Name,
                };
                if (mentionType is { } t)
                {
                    gazetteer.Add(name, actor, t);

                    // "Washington D.C." is mostly "Washington".
                    if (t == MentionType.Capital && name.EndsWith(" D.C.", StringComparison.Ordinal))
                    {
                        gazetteer.Add(name[..^5], actor, t);
                    }

                    // "US" is also written "U.S.", "UN" "U.N.".
                    if (t == MentionType.Acronym && name.Length == 2 && name.All(char.IsUpper))
                    {
                        gazetteer.Add($"{name[0]}.{name[1]}.", actor, t);
                    }
                }
            }
        }

        foreach (var list in gazetteer._byFirstToken.Values)
        {
            // Longest first; among equals, states before organizations before the rest, and sovereign states
            // (those with a Correlates of War code) before territories: "French" is France, not the French
            // Southern and Antarctic Lands.
            list.Sort((a, b) =>
                b.Norms.Length != a.Norms.Length ? b.Norms.Length.CompareTo(a.Norms.Length)
                : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind)
                : a.Minor.CompareTo(b.Minor));
        }

        return gazetteer;
    }

    private void Add(string name, Actor actor, MentionType type)
    {
        var tokens = Tokenizer.Tokenize(name, 0, name.Length).Where(t => t.Kind != TokenKind.Punctuation || t.Norm is "&").ToArray();
        if (tokens.Length == 0 || (type == MentionType.Acronym && tokens.Length == 1 && tokens[0].Length < 2))
        {
            return;
        }

        var entry = new Entry(
            tokens.Select(t => t.Norm).ToArray(),
            tokens.Select(t => type == MentionType.Acronym ? name.Substring(t.Start, t.Length) : null).ToArray(),
            tokens.Select(t => t.Capitalized).ToArray(),
            actor.Id, actor.Kind, type, actor.Kind == ActorKind.State && actor.Identifiers.Cow is null);
        if (!_byFirstToken.TryGetValue(entry.Norms[0], out var list))
        {
            _byFirstToken[entry.Norms[0]] = list = [];
        }

        if (!list.Any(e => e.ActorId == entry.ActorId && e.Norms.SequenceEqual(entry.Norms) && e.Type == entry.Type))
        {
            list.Add(entry);
        }
    }

    /// <summary>The actors named in <paramref name="tokens"/>, left to right, never overlapping.</summary>
    public List<Mention> Find(string text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var mentions = new List<Mention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var match = MatchAt(text, tokens, i);
            if (match is { } m)
            {
                mentions.Add(m);
                i = m.Last + 1;
            }
            else
            {
                i++;
            }
        }

        return mentions;
    }

    private Mention? MatchAt(string text, List<Token> tokens, int i)
    {
        if (tokens[i].Kind == TokenKind.Punctuation || !_byFirstToken.TryGetValue(tokens[i].Norm, out var entries))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (Matches(text, tokens, i, entry) && Plausible(tokens, i, entry))
            {
                return new Mention(i, i + entry.Norms.Length - 1, entry.ActorId, entry.Kind, entry.Type);
            }
        }

        return null;
    }

    private static bool Matches(string text, List<Token> tokens, int i, Entry entry)
    {
        if (i + entry.Norms.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < entry.Norms.Length; k++)
        {
            var token = tokens[i + k];
            if (!token.Is(entry.Norms[k]))
            {
                return false;
            }

            if (entry.Exact[k] is { } exact)
            {
                if (!text.AsSpan(token.Start, token.Length).SequenceEqual(exact))
                {
                    return false;
                }
            }
            else if (entry.Capitalized[k] && !token.Capitalized)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Plausible(List<Token> tokens, int i, Entry entry)
    {
        if (entry.Kind != ActorKind.State || entry.Type is MentionType.Acronym)
        {
            return true;
        }

        var last = i + entry.Norms.Length - 1;
        if (last + 1 < tokens.Count)
        {
            var next = tokens[last + 1];
            if (NotAfterState.Contains(next.Norm))
            {
                return false;
            }

            // "Chad Smith", "Jordan Peterson": a capitalised word after the name makes it part of another name.
            if (entry.Type == MentionType.Name && next.IsWord && next.Capitalized && !next.AllCaps && !TitlesAfterState.Contains(next.Norm))
            {
                return false;
            }
        }

        if (i > 0)
        {
            var previous = tokens[i - 1];
            if (entry.Type == MentionType.Name && entry.Norms.Length == 1 && Rivers.Contains(entry.Norms[0]) && previous.Is("the"))
            {
                return false;
            }

            if (i > 1 && previous.Is("of") && tokens[i - 2].Norm is "empire" or "kingdom" or "river" or "banks" or "waters")
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Entry(string[] Norms, string?[] Exact, bool[] Capitalized, string ActorId, ActorKind Kind, MentionType Type, bool Minor);
}

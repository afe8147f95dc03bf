using Griot.Core.Actors;
using Griot.Text.Language;

namespace Griot.Text.Reading;

/// <summary>
/// Finds actors in tokens by every name the knowledge store holds for them: names and other names
/// (capitalised as in the store), acronyms (exact case), demonyms and capitals. The longest name wins
/// ("Niger River Commission" before "Niger"); a state's name is not taken where the language's words say it
/// names a river, an empire or part of a person's name ("the Niger", "the Mali Empire", "Guinea pig").
/// Demonyms also match their plural ("Malians"), and in lower case where the language writes them so
/// ("les troupes françaises").
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, List<Entry>> _byFirstToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorKind> _kinds = new(StringComparer.Ordinal);

    // A word of a person's name after the first ("compaore", "bare") → the people whose name it is in, each with the
    // first word of that name.
    private readonly Dictionary<string, List<(string Id, string Given)>> _laterNames = new(StringComparer.Ordinal);

    private readonly Tokenizer _tokenizer;

    private Gazetteer(Tokenizer tokenizer)
    {
        _tokenizer = tokenizer;
    }

    /// <summary>A gazetteer of the actors' names, tokenized as <paramref name="tokenizer"/> (default: the bundled languages') reads text.</summary>
    public static Gazetteer Build(IEnumerable<Actor> actors, Tokenizer? tokenizer = null)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var gazetteer = new Gazetteer(tokenizer ?? Tokenizer.Default);
        foreach (var actor in actors)
        {
            gazetteer._kinds[actor.Id] = actor.Kind;
            foreach (var (name, type) in actor.AllNames())
            {
                var mentionType = type switch
                {
                    NameType.Acronym => MentionType.Acronym,
                    NameType.Demonym => MentionType.Demonym,
                    NameType.Capital => MentionType.Capital,
                    NameType.Place => MentionType.Place,
                    NameType.Id => (MentionType?)null,
                    _ => MentionType.Name,
                };
                if (mentionType is { } t)
                {
                    gazetteer.Add(name, actor, t);

                    // "ISSOUFOU Mahamadou": a person's two names the other way round, as some sources write them.
                    if (actor.Kind == ActorKind.Person && t == MentionType.Name && name.Split(' ') is [var given, var family])
                    {
                        gazetteer.Add($"{family} {given}", actor, t);
                    }

                    if (actor.Kind == ActorKind.Person && t == MentionType.Name)
                    {
                        gazetteer.AddLaterNames(name, actor.Id);
                    }

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

    private void AddLaterNames(string name, string personId)
    {
        var tokens = _tokenizer.Tokenize(name, 0, name.Length).Where(t => t.IsWord).ToArray();
        for (var k = 1; k < tokens.Length; k++)
        {
            var norm = tokens[k].Norm;
            if (norm.Length < 3)
            {
                continue;
            }

            if (!_laterNames.TryGetValue(norm, out var people))
            {
                _laterNames[norm] = people = [];
            }

            if (!people.Contains((personId, tokens[0].Norm)))
            {
                people.Add((personId, tokens[0].Norm));
            }
        }
    }

    /// <summary>
    /// "President Compaoré", "Col. Ibrahim BARE", "le président Tandja": a title (and perhaps the given name)
    /// before a later word of the name of the one person who bears it.
    /// </summary>
    private Mention? Titled(List<Token> tokens, int i, LanguagePack language)
    {
        var token = tokens[i];
        var titles = language.Lexicon[WordClasses.PersonTitle];
        if (i == 0 || !token.IsWord || !token.Capitalized || !TitleWithin(tokens, i, titles) || !_laterNames.TryGetValue(token.Norm, out var people))
        {
            return null;
        }

        // The given name before it picks the person ("Ibrahim BARE"); without it, the name must be one person's.
        var p = i - 1;
        string? byGiven = null;
        string? any = null;
        var givenAmbiguous = false;
        var anyAmbiguous = false;
        foreach (var (id, given) in people)
        {
            if (any is null)
            {
                any = id;
            }
            else if (any != id)
            {
                anyAmbiguous = true;
            }

            if (tokens[p].IsWord && given == tokens[p].Norm)
            {
                if (byGiven is null)
                {
                    byGiven = id;
                }
                else if (byGiven != id)
                {
                    givenAmbiguous = true;
                }
            }
        }

        var person = byGiven is not null ? (givenAmbiguous ? null : byGiven) : (anyAmbiguous ? null : any);
        if (person is null)
        {
            return null;
        }

        if (byGiven is not null)
        {
            p--;
        }

        if (p >= 0 && tokens[p].Kind == TokenKind.Punctuation && tokens[p].Norm == ".")
        {
            p--;
        }

        return p >= 0 && IsTitle(tokens[p], titles)
            ? new Mention(i, i, person, ActorKind.Person, MentionType.Name)
            : null;
    }

    /// <summary>Whether a title stands within three words before <paramref name="i"/>: checked first, as it is cheap.</summary>
    private static bool TitleWithin(List<Token> tokens, int i, WordClass titles)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 3); k--)
        {
            if (IsTitle(tokens[k], titles))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A title; "Col." may be one token with its dot.</summary>
    private static bool IsTitle(in Token token, WordClass titles) =>
        token.IsWord && (titles.Contains(token) || token.Norm.Length > 1 && token.Norm[^1] == '.' && titles.Contains(token.Norm[..^1]));

    private void Add(string name, Actor actor, MentionType type)
    {
        var tokens = _tokenizer.Tokenize(name, 0, name.Length).Where(t => t.Kind != TokenKind.Punctuation || t.Norm is "&").ToArray();
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

    /// <summary>The actors named in <paramref name="tokens"/> of a sentence in <paramref name="language"/>, left to right, never overlapping.</summary>
    public List<Mention> Find(string text, List<Token> tokens, LanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(language);
        var mentions = new List<Mention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var match = MatchAt(text, tokens, i, language);
            if (match is { } m)
            {
                mentions.Add(m);
                i = m.Last + 1;
            }
            else
            {
                if (tokens[i].IsWord && tokens[i].Norm.Contains('-', StringComparison.Ordinal))
                {
                    mentions.AddRange(CompoundParts(text, tokens[i], i, language));
                }

                i++;
            }
        }

        return mentions;
    }

    /// <summary>
    /// The actors named in the parts of a compound word: "French-led", "U.S.-Malian", "US-Mali", "Franco-Malian",
    /// "franco-maliennes" (a combining form of the language such as "franco" names its state). Every part found
    /// gives a mention of the whole word.
    /// </summary>
    private List<Mention> CompoundParts(string text, Token token, int index, LanguagePack language)
    {
        var found = new List<Mention>();
        var start = token.Start;
        for (var k = token.Start; k <= token.End; k++)
        {
            if (k < token.End && text[k] is not ('-' or '‐'))
            {
                continue;
            }

            if (k > start)
            {
                var part = text.Substring(start, k - start);
                var norm = Tokenizer.Normalize(part);
                var forms = language.Lexicon[WordClasses.CombiningForm];
                if (forms.Contains(norm) && forms.TryMatch([new Token(0, part.Length, TokenKind.Word, norm, false, false)], 0, out var values, out _)
                    && values.Get("actor") is { } id && _kinds.TryGetValue(id, out var kind))
                {
                    found.Add(new Mention(index, index, id, kind, MentionType.Demonym));
                }
                else if (_byFirstToken.TryGetValue(norm, out var entries) && entries.FirstOrDefault(e => e.Norms.Length == 1
                    && (e.Exact[0] is { } exact ? part == exact : char.IsUpper(part[0]) || e.Type == MentionType.Demonym && language.LowercaseDemonyms)) is { } entry)
                {
                    found.Add(new Mention(index, index, entry.ActorId, entry.Kind, entry.Type));
                }
                else if (norm.Length > 3 && norm[^1] == 's' && _byFirstToken.TryGetValue(norm[..^1], out var singular)
                    && singular.FirstOrDefault(e => e.Norms.Length == 1 && e.Type == MentionType.Demonym && (char.IsUpper(part[0]) || language.LowercaseDemonyms)) is { } plural)
                {
                    // "franco-maliennes": a demonym in the plural.
                    found.Add(new Mention(index, index, plural.ActorId, plural.Kind, plural.Type));
                }
            }

            start = k + 1;
        }

        return found.DistinctBy(m => m.ActorId).ToList();
    }

    private Mention? MatchAt(string text, List<Token> tokens, int i, LanguagePack language)
    {
        if (tokens[i].Kind == TokenKind.Punctuation)
        {
            return null;
        }

        if (_byFirstToken.TryGetValue(tokens[i].Norm, out var entries))
        {
            foreach (var entry in entries)
            {
                if (Matches(text, tokens, i, entry, language, plural: false) && Plausible(tokens, i, entry, language))
                {
                    return new Mention(i, i + entry.Norms.Length - 1, entry.ActorId, entry.Kind, entry.Type);
                }
            }
        }

        if (Titled(tokens, i, language) is { } titled)
        {
            return titled;
        }

        // "Malians", "Maliennes": a demonym in the plural.
        var norm = tokens[i].Norm;
        if (norm.Length > 3 && norm[^1] == 's' && _byFirstToken.TryGetValue(norm[..^1], out var singular))
        {
            foreach (var entry in singular)
            {
                if (entry.Type == MentionType.Demonym && entry.Norms.Length == 1 && Matches(text, tokens, i, entry, language, plural: true))
                {
                    return new Mention(i, i, entry.ActorId, entry.Kind, entry.Type);
                }
            }
        }

        return null;
    }

    private static bool Matches(string text, List<Token> tokens, int i, Entry entry, LanguagePack language, bool plural)
    {
        if (i + entry.Norms.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < entry.Norms.Length; k++)
        {
            var token = tokens[i + k];
            if (!(plural ? token.Norm.Length == entry.Norms[k].Length + 1 && token.Norm.StartsWith(entry.Norms[k], StringComparison.Ordinal) : token.Is(entry.Norms[k])))
            {
                return false;
            }

            if (entry.Type == MentionType.Demonym && language.LowercaseDemonyms)
            {
                continue;
            }

            if (entry.Exact[k] is { } exact)
            {
                if (!text.AsSpan(token.Start, token.Length).SequenceEqual(exact))
                {
                    return false;
                }
            }
            else if (entry.Capitalized[k] && !token.Capitalized && (k == 0 || entry.Norms.Length < 4))
            {
                // "l'Organisation internationale de la francophonie": past the first word, a long name's capitals
                // are a matter of house style.
                return false;
            }
        }

        return true;
    }

    private static bool Plausible(List<Token> tokens, int i, Entry entry, LanguagePack language)
    {
        if (entry.Kind != ActorKind.State || entry.Type is MentionType.Acronym)
        {
            return true;
        }

        var lexicon = language.Lexicon;
        var last = i + entry.Norms.Length - 1;
        if (last + 1 < tokens.Count)
        {
            var next = tokens[last + 1];
            if (lexicon[WordClasses.NotAfterState].Contains(next))
            {
                return false;
            }

            // "Chad Smith", "Jordan Peterson": a capitalised word after the name makes it part of another name.
            if (entry.Type == MentionType.Name && next.IsWord && next.Capitalized && !next.AllCaps && !lexicon[WordClasses.AfterState].Contains(next))
            {
                return false;
            }
        }

        // "the Niger" (the river), "the Empire of Mali", "le fleuve Niger".
        if (entry.Type == MentionType.Name && entry.Norms.Length == 1 && lexicon[WordClasses.River].EndsAt(tokens, i, out var river) && river < i)
        {
            return false;
        }

        return !(i > 0 && lexicon[WordClasses.NotBeforeState].EndsAt(tokens, i - 1, out _));
    }

    private sealed record Entry(string[] Norms, string?[] Exact, bool[] Capitalized, string ActorId, ActorKind Kind, MentionType Type, bool Minor);
}

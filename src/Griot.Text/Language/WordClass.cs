using Griot.Text.Reading;

namespace Griot.Text.Language;

/// <summary>
/// The words and phrases of one language that play one part in reading ("negation", "member", "month"),
/// each with the values its lexicon entry gives (<c>role=founding_member</c>, <c>value=2</c>).
/// </summary>
public sealed class WordClass
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly List<string> _wordPrefixes = [];
    private HashSet<int>? _wordIds;
    private HashSet<int>? _prefixStems;

    internal WordClass(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public PhraseTable<LexValues> Phrases { get; } = new();

    public bool IsEmpty => Phrases.Count == 0;

    internal void Add(IReadOnlyList<PhraseWord> words, LexValues values)
    {
        Phrases.Add(words, values);
        _wordIds = _prefixStems = null;
        if (words.Count == 1)
        {
            if (words[0].Prefix)
            {
                _wordPrefixes.Add(words[0].Text);
            }
            else
            {
                _words.Add(words[0].Text);
            }
        }
    }

    /// <summary>Numbers the class's words as the tokenizer numbers tokens (<see cref="Token.Word"/>), to look tokens up by number.</summary>
    internal void Bind(Tokenizer tokenizer)
    {
        Phrases.Bind(tokenizer);
        _wordIds = _words.Select(tokenizer.WordId).ToHashSet();
        _prefixStems = _wordPrefixes.Select(p => tokenizer.StemId(p)).ToHashSet();
    }

    /// <summary>Whether a one-word entry of the class is this token.</summary>
    public bool Contains(in Token token)
    {
        if (_wordIds is null || token.Word == 0)
        {
            return Contains(token.Norm);
        }

        if (token.Word > 0 && _wordIds.Contains(token.Word))
        {
            return true;
        }

        if (_wordPrefixes.Count == 0 || token.Stem < 0 || !_prefixStems!.Contains(token.Stem))
        {
            return false;
        }

        foreach (var prefix in _wordPrefixes)
        {
            if (token.Norm.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a one-word entry of the class is this normal form.</summary>
    public bool Contains(string norm)
    {
        if (_words.Contains(norm))
        {
            return true;
        }

        foreach (var prefix in _wordPrefixes)
        {
            if (norm.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest entry starting at token <paramref name="i"/>.</summary>
    public bool TryMatch(List<Token> tokens, int i, out LexValues values, out int length) => Phrases.TryMatch(tokens, i, out values, out length);

    /// <summary>Whether an entry starts at token <paramref name="i"/>.</summary>
    public bool StartsAt(List<Token> tokens, int i) => i >= 0 && i < tokens.Count && Phrases.TryMatch(tokens, i, out _, out _);

    /// <summary>Every entry in the tokens, left to right, not overlapping.</summary>
    public PhraseTable<LexValues>.Matches FindAll(List<Token> tokens) => Phrases.FindAll(tokens);

    /// <summary>The first token in <c>[from, to)</c> where an entry starts, or -1.</summary>
    public int FindIn(List<Token> tokens, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (!Phrases.MayBeIn(tokens))
        {
            return -1;
        }

        for (var k = Math.Max(0, from); k < Math.Min(tokens.Count, to); k++)
        {
            if (Phrases.TryMatch(tokens, k, out _, out _))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether an entry ends at token <paramref name="k"/> (and starts at most three tokens before); <paramref name="start"/> is where it starts.</summary>
    public bool EndsAt(List<Token> tokens, int k, out int start)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (!Phrases.MayBeIn(tokens))
        {
            start = k;
            return false;
        }

        for (start = Math.Max(0, k - 3); start <= k; start++)
        {
            if (Phrases.TryMatch(tokens, start, out _, out var length) && start + length - 1 == k)
            {
                return true;
            }
        }

        start = k;
        return false;
    }

    public override string ToString() => $"{Name} ({Phrases.Count})";
}

using Griot.Text.Reading;

namespace Griot.Text.Language;

/// <summary>A word of a lexicon phrase: a token's normal form, or its beginning (<c>retir*</c>) where <see cref="Prefix"/>.</summary>
public readonly record struct PhraseWord(string Text, bool Prefix)
{
    public bool Matches(in Token token) => Prefix ? token.Norm.StartsWith(Text, StringComparison.Ordinal) : token.Norm == Text;

    public override string ToString() => Prefix ? Text + "*" : Text;
}

/// <summary>
/// Phrases with a payload, found by their first word: the longest phrase that starts at a token wins.
/// A word may be a prefix (<c>quitt*</c> matches <c>quitte</c>, <c>quittent</c>, <c>quitté</c>); prefixes
/// are at least three characters long. Between the words of a phrase, up to two words of
/// <see cref="Skippable"/> may stand ("s'était déjà retiré", "has also joined").
/// </summary>
public sealed class PhraseTable<T>
{
    private const int PrefixKey = 3;
    private const int MaxSkips = 2;

    /// <summary>Words that may stand inside a phrase without breaking it (adverbs: "already", "déjà").</summary>
    public IReadOnlySet<string>? Skippable { get; set; }

    private readonly Dictionary<string, List<(PhraseWord[] Words, T Value)>> _byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(PhraseWord[] Words, T Value)>> _byPrefix = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public PhraseTable<T> Add(IReadOnlyList<PhraseWord> words, T value)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            throw new ArgumentException("a phrase needs a word", nameof(words));
        }

        var first = words[0];
        if (first.Prefix && first.Text.Length < PrefixKey)
        {
            throw new ArgumentException($"the prefix '{first}' is shorter than {PrefixKey} characters", nameof(words));
        }

        var index = first.Prefix ? _byPrefix : _byFirst;
        var key = first.Prefix ? first.Text[..PrefixKey] : first.Text;
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add((words.ToArray(), value));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        Count++;
        return this;
    }

    /// <summary>The longest phrase starting at token <paramref name="i"/>; a whole word wins over a prefix of the same length.</summary>
    public bool TryMatch(List<Token> tokens, int i, out T value, out int length)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        value = default!;
        length = 0;
        var norm = tokens[i].Norm;
        if (_byFirst.TryGetValue(norm, out var exact))
        {
            Longest(exact, tokens, i, ref value, ref length);
        }

        if (_byPrefix.Count > 0 && norm.Length >= PrefixKey && _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(norm.AsSpan(0, PrefixKey), out var prefixed))
        {
            Longest(prefixed, tokens, i, ref value, ref length);
        }

        return length > 0;
    }

    private void Longest(List<(PhraseWord[] Words, T Value)> list, List<Token> tokens, int i, ref T value, ref int length)
    {
        foreach (var (words, v) in list)
        {
            if (words.Length <= length)
            {
                return;
            }

            if (MatchesAt(words, tokens, i, out var consumed))
            {
                value = v;
                length = consumed;
                return;
            }
        }
    }

    private bool MatchesAt(PhraseWord[] words, List<Token> tokens, int i, out int consumed)
    {
        consumed = 0;
        if (i + words.Length > tokens.Count)
        {
            return false;
        }

        var j = i;
        var skips = 0;
        for (var k = 0; k < words.Length; k++, j++)
        {
            while (j < tokens.Count && k > 0 && !words[k].Matches(tokens[j]) && skips < MaxSkips && Skippable is { } skip && skip.Contains(tokens[j].Norm))
            {
                j++;
                skips++;
            }

            if (j >= tokens.Count || !words[k].Matches(tokens[j]))
            {
                return false;
            }
        }

        consumed = j - i;
        return true;
    }

    /// <summary>Every match in the tokens, left to right, not overlapping (enumerated without allocating).</summary>
    public Matches FindAll(List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return new Matches(this, tokens);
    }

    /// <summary>The matches of a table in tokens, as <c>foreach</c> reads them.</summary>
    public readonly struct Matches(PhraseTable<T> table, List<Token> tokens)
    {
        public Enumerator GetEnumerator() => new(table, tokens);

        public List<(int Index, int Length, T Value)> ToList()
        {
            var list = new List<(int, int, T)>();
            foreach (var match in this)
            {
                list.Add(match);
            }

            return list;
        }
    }

    /// <summary>Walks the tokens from the left, each match skipping the tokens it covers.</summary>
    public struct Enumerator(PhraseTable<T> table, List<Token> tokens)
    {
        private int _next;

        public (int Index, int Length, T Value) Current { get; private set; }

        public bool MoveNext()
        {
            for (var i = _next; i < tokens.Count; i++)
            {
                if (table.TryMatch(tokens, i, out var value, out var length))
                {
                    Current = (i, length, value);
                    _next = i + length;
                    return true;
                }
            }

            _next = tokens.Count;
            return false;
        }
    }
}

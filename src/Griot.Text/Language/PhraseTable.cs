using Griot.Text.Reading;

namespace Griot.Text.Language;

/// <summary>A word of a lexicon phrase: a token's normal form, or its beginning (<c>retir*</c>) where <see cref="Prefix"/>.</summary>
public readonly record struct PhraseWord(string Text, bool Prefix)
{
    /// <summary>The word's number in the tokenizer's vocabulary (<see cref="Token.Word"/>), once the table is bound to it.</summary>
    public int Id { get; init; }

    public bool Matches(in Token token) =>
        Prefix ? token.Norm.StartsWith(Text, StringComparison.Ordinal)
        : Id > 0 && token.Word != 0 ? token.Word == Id
        : token.Norm == Text;

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

    // The same lists by the numbers of the tokenizer's vocabulary (Token.Word, Token.Stem), once bound.
    private Dictionary<int, List<(PhraseWord[] Words, T Value)>>? _byWordId;
    private Dictionary<int, List<(PhraseWord[] Words, T Value)>>? _byStemId;
    private HashSet<int>? _skippableIds;

    // Bit sets over the vocabulary's numbers: whether any phrase starts with that word, or with a prefix of that key.
    private ulong[]? _startWords;
    private ulong[]? _startStems;
    private int _number = -1;
    private bool _anyEnd;

    public int Count { get; private set; }

    /// <summary>Every word of every phrase of the table.</summary>
    internal IEnumerable<PhraseWord> Words => _byFirst.Values.Concat(_byPrefix.Values).SelectMany(list => list).SelectMany(entry => entry.Words);

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
        _byWordId = _byStemId = null;
        _skippableIds = null;
        _startWords = _startStems = null;
        _number = -1;
        return this;
    }

    /// <summary>
    /// Numbers the table's words as the tokenizer numbers tokens, so that a token is looked up by its number;
    /// every whole word of the table must be in the tokenizer's vocabulary.
    /// </summary>
    internal void Bind(Tokenizer tokenizer)
    {
        foreach (var list in _byFirst.Values.Concat(_byPrefix.Values))
        {
            foreach (var (words, _) in list)
            {
                for (var k = 0; k < words.Length; k++)
                {
                    words[k] = words[k] with { Id = words[k].Prefix ? 0 : tokenizer.WordId(words[k].Text) };
                }
            }
        }

        _byWordId = _byFirst.ToDictionary(e => tokenizer.WordId(e.Key), e => e.Value);
        _byStemId = _byPrefix.ToDictionary(e => tokenizer.StemId(e.Key), e => e.Value);
        _startWords = Bits(_byWordId.Keys, tokenizer.WordCount);
        _startStems = Bits(_byStemId.Keys, tokenizer.StemCount);
        _number = tokenizer.NumberTable();
        _anyEnd = false;
        foreach (var (words, _) in _byFirst.Values.Concat(_byPrefix.Values).SelectMany(list => list))
        {
            Mark(tokenizer, words[0], end: false);
            Mark(tokenizer, words[^1], end: true);
        }
        _skippableIds = Skippable?.Select(tokenizer.WordId).ToHashSet();
    }

    /// <summary>The longest phrase starting at token <paramref name="i"/>; a whole word wins over a prefix of the same length.</summary>
    public bool TryMatch(List<Token> tokens, int i, out T value, out int length)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        value = default!;
        length = 0;
        ref readonly var token = ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens)[i];
        if (!MayStart(token))
        {
            return false;
        }

        if (_byWordId is not null && token.Word != 0)
        {
            if (token.Word > 0 && _byWordId.TryGetValue(token.Word, out var exact))
            {
                Longest(exact, tokens, i, ref value, ref length);
            }
        }
        else if (_byFirst.TryGetValue(token.Norm, out var exact))
        {
            Longest(exact, tokens, i, ref value, ref length);
        }

        if (_byPrefix.Count == 0)
        {
            return length > 0;
        }

        if (_byStemId is not null && token.Stem != 0)
        {
            if (token.Stem > 0 && _byStemId.TryGetValue(token.Stem, out var prefixed))
            {
                Longest(prefixed, tokens, i, ref value, ref length);
            }
        }
        else if (token.Norm.Length >= PrefixKey && _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token.Norm.AsSpan(0, PrefixKey), out var prefixed))
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
            while (j < tokens.Count && k > 0 && !words[k].Matches(tokens[j]) && skips < MaxSkips && IsSkippable(tokens[j]))
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

    private void Mark(Tokenizer tokenizer, PhraseWord word, bool end)
    {
        if (word.Prefix)
        {
            // A prefix shorter than a key cannot be told by its key: the table is looked for by first words only.
            if (word.Text.Length < Tokenizer.StemLength)
            {
                _anyEnd = true;
            }
            else
            {
                tokenizer.Mark(_number, tokenizer.StemId(word.Text), stem: true, end);
            }
        }
        else
        {
            tokenizer.Mark(_number, word.Id, stem: false, end);
        }
    }

    private static ulong[] Bits(IEnumerable<int> ids, int count)
    {
        var bits = new ulong[(count >> 6) + 1];
        foreach (var id in ids.Where(id => id > 0))
        {
            bits[id >> 6] |= 1UL << (id & 63);
        }

        return bits;
    }

    private static bool Has(ulong[] bits, int id) => id > 0 && (bits[id >> 6] & (1UL << (id & 63))) != 0;

    /// <summary>Whether a phrase may start at this token: answered from bits, without looking anything up, for most tokens.</summary>
    private bool MayStart(in Token token) =>
        _startWords is null || token.Word == 0 || Has(_startWords, token.Word) || (token.Stem != 0 ? Has(_startStems!, token.Stem) : _byPrefix.Count > 0);

    /// <summary>Whether a phrase of the table may be somewhere in the tokens (false only where the tokenizer's marks say none can).</summary>
    internal bool MayBeIn(List<Token> tokens) => _number < 0 || tokens is not TokenList list || list.MayHave(_number, !_anyEnd);

    private bool IsSkippable(in Token token) =>
        _skippableIds is not null && token.Word != 0 ? token.Word > 0 && _skippableIds.Contains(token.Word) : Skippable?.Contains(token.Norm) == true;

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
            if (_next == 0 && !table.MayBeIn(tokens))
            {
                _next = tokens.Count;
                return false;
            }

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

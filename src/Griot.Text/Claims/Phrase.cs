using Griot.Text.Reading;

namespace Griot.Text.Claims;

/// <summary>A sequence of normalised words to find in a sentence ("founding member of").</summary>
public sealed class Phrase
{
    public Phrase(string text)
    {
        Words = Tokenizer.Tokenize(text, 0, text.Length).Select(t => t.Norm).ToArray();
    }

    public IReadOnlyList<string> Words { get; }

    public int Length => Words.Count;

    public bool MatchesAt(List<Token> tokens, int i)
    {
        if (i + Words.Count > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < Words.Count; k++)
        {
            if (!tokens[i + k].Is(Words[k]))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Phrases with a payload, found by their first word.</summary>
public sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(Phrase Phrase, T Value)>> _byFirst = new(StringComparer.Ordinal);

    public PhraseTable<T> Add(T value, params string[] phrases)
    {
        foreach (var text in phrases)
        {
            var phrase = new Phrase(text);
            if (!_byFirst.TryGetValue(phrase.Words[0], out var list))
            {
                _byFirst[phrase.Words[0]] = list = [];
            }

            list.Add((phrase, value));
            list.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
        }

        return this;
    }

    /// <summary>The longest phrase starting at token <paramref name="i"/>.</summary>
    public bool TryMatch(List<Token> tokens, int i, out T value, out int length)
    {
        value = default!;
        length = 0;
        if (!_byFirst.TryGetValue(tokens[i].Norm, out var list))
        {
            return false;
        }

        foreach (var (phrase, v) in list)
        {
            if (phrase.MatchesAt(tokens, i))
            {
                value = v;
                length = phrase.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>Every match in the tokens, left to right, not overlapping.</summary>
    public IEnumerable<(int Index, int Length, T Value)> FindAll(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryMatch(tokens, i, out var value, out var length))
            {
                yield return (i, length, value);
                i += length - 1;
            }
        }
    }
}

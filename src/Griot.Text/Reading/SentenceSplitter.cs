namespace Griot.Text.Reading;

/// <summary>
/// Splits text into sentences. A sentence ends at <c>. ! ? …</c> (with any closing quotes or brackets)
/// followed by space and a capital, digit or opening quote; not after a known abbreviation of any language
/// Griot reads (<c>U.S.</c>, <c>Dr.</c>, <c>Jan.</c>, <c>Mme</c>), an initial, or inside brackets or quotes that
/// close further on. Sentences never cross the blocks of <see cref="TextLayout"/>: headings, list items and
/// paragraphs stand alone, while a line wrapped inside a paragraph does not end a sentence.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The sentences of a whole text, with the bundled languages' abbreviations.</summary>
    public static List<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var masked = TextLayout.Mask(text);
        var sentences = new List<Sentence>();
        foreach (var block in TextLayout.Blocks(masked))
        {
            Split(masked, block, Language.LanguageSet.Bundled.Abbreviations, sentences);
        }

        return sentences;
    }

    /// <summary>Adds the sentences of one block of <paramref name="text"/> (masked) to <paramref name="sentences"/>.</summary>
    public static void Split(string text, Block block, IReadOnlySet<string> abbreviations, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(abbreviations);
        ArgumentNullException.ThrowIfNull(sentences);
        var start = block.Start;
        var i = block.Start;
        while (i < block.End)
        {
            if (text[i] is '.' or '!' or '?' or '…' && IsBoundary(text, block, start, i, abbreviations, out var after))
            {
                Add(text, sentences, start, after, block.Kind);
                start = after;
                i = after;
                continue;
            }

            i++;
        }

        Add(text, sentences, start, block.End, block.Kind);
    }

    private static void Add(string text, List<Sentence> sentences, int start, int end, BlockKind kind)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count, start, end, kind));
        }
    }

    /// <summary>Whether the terminator at <paramref name="i"/> ends a sentence; <paramref name="after"/> is where the next begins.</summary>
    private static bool IsBoundary(string text, Block block, int start, int i, IReadOnlySet<string> abbreviations, out int after)
    {
        after = i + 1;
        while (after < block.End && text[after] is '.' or '!' or '?' or '…')
        {
            after++;
        }

        while (after < block.End && text[after] is '"' or '”' or '’' or '\'' or ')' or ']' or '»')
        {
            after++;
        }

        if (after >= block.End)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[after]))
        {
            return false;
        }

        var next = after;
        while (next < block.End && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= block.End)
        {
            return true;
        }

        var n = text[next];
        if (!(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '“' or '«' or '(' or '‘' or '\''))
        {
            return false;
        }

        if (text[i] == '.' && EndsWithAbbreviation(text, start, i, abbreviations))
        {
            return false;
        }

        return !InsideOpenPair(text, block, start, after);
    }

    private static bool EndsWithAbbreviation(string text, int start, int dot, IReadOnlySet<string> abbreviations)
    {
        var j = dot;
        while (j > start && (char.IsLetter(text[j - 1]) || text[j - 1] == '.'))
        {
            j--;
        }

        var word = text.AsSpan(j, dot - j);
        if (word.Length == 0)
        {
            return false;
        }

        // An initial ("J. Smith") or dotted letters ("U.S.", "U.N.").
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.Length >= 3 && word[1] == '.' && char.IsUpper(word[0]))
        {
            return true;
        }

        return abbreviations.Contains(Tokenizer.Normalize(word));
    }

    /// <summary>A bracket or quote opened in this sentence that closes before the next terminator.</summary>
    private static bool InsideOpenPair(string text, Block block, int start, int i)
    {
        var parens = 0;
        var quotes = 0;
        for (var k = start; k < i; k++)
        {
            switch (text[k])
            {
                case '(' or '[':
                    parens++;
                    break;
                case ')' or ']' when parens > 0:
                    parens--;
                    break;
                case '“' or '«':
                    quotes++;
                    break;
                case '”' or '»' when quotes > 0:
                    quotes--;
                    break;
            }
        }

        if (parens == 0 && quotes == 0)
        {
            return false;
        }

        // Only an opening that closes soon after holds the sentence open; an unbalanced bracket
        // ("(CILS (OMVS).") must not swallow the rest of the paragraph.
        for (var k = i; k < Math.Min(block.End, i + 160); k++)
        {
            if (text[k] is ')' or ']' or '”' or '»')
            {
                return true;
            }
        }

        return false;
    }
}

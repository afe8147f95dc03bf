namespace Griot.Text.Reading;

/// <summary>
/// Splits text into sentences. A sentence ends at <c>. ! ? …</c> (with any closing quotes or brackets)
/// followed by space and a capital, digit or opening quote; not after a known abbreviation
/// (<c>U.S.</c>, <c>Dr.</c>, <c>Jan.</c>), an initial, or inside brackets or quotes that close further
/// on. A line break always ends a sentence: headings and list items stand alone.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "cmdr", "adm", "gov", "sen", "rep",
        "pres", "st", "mt", "ft", "jr", "sr", "no", "nos", "vol", "vols", "pp", "p", "fig", "figs", "ed", "eds", "cf",
        "vs", "etc", "e.g", "i.e", "approx", "est", "dept", "univ", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mme", "mlle", "m", "av", "ca", "al",
    };

    public static List<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(text, sentences, start, i);
                start = i + 1;
            }
            else if (c is '.' or '!' or '?' or '…' && IsBoundary(text, start, i, out var after))
            {
                Add(text, sentences, start, after);
                start = after;
                i = after;
                continue;
            }

            i++;
        }

        Add(text, sentences, start, text.Length);
        return sentences;
    }

    private static void Add(string text, List<Sentence> sentences, int start, int end)
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
            sentences.Add(new Sentence(sentences.Count, start, end));
        }
    }

    /// <summary>Whether the terminator at <paramref name="i"/> ends a sentence; <paramref name="after"/> is where the next begins.</summary>
    private static bool IsBoundary(string text, int start, int i, out int after)
    {
        after = i + 1;
        while (after < text.Length && text[after] is '.' or '!' or '?' or '…')
        {
            after++;
        }

        while (after < text.Length && text[after] is '"' or '”' or '’' or '\'' or ')' or ']' or '»')
        {
            after++;
        }

        if (after >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[after]))
        {
            return false;
        }

        var next = after;
        while (next < text.Length && text[next] is ' ' or '\t' or '\u00A0')
        {
            next++;
        }

        if (next >= text.Length || text[next] == '\n')
        {
            return true;
        }

        var n = text[next];
        if (!(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '“' or '«' or '(' or '‘' or '\''))
        {
            return false;
        }

        if (text[i] == '.' && EndsWithAbbreviation(text, start, i))
        {
            return false;
        }

        return !InsideOpenPair(text, start, after);
    }

    private static bool EndsWithAbbreviation(string text, int start, int dot)
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

        return Abbreviations.Contains(word.ToString());
    }

    /// <summary>A bracket or quote opened in this sentence that closes before the next terminator.</summary>
    private static bool InsideOpenPair(string text, int start, int i)
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
        for (var k = i; k < Math.Min(text.Length, i + 160) && text[k] != '\n'; k++)
        {
            if (text[k] is ')' or ']' or '”' or '»')
            {
                return true;
            }
        }

        return false;
    }
}

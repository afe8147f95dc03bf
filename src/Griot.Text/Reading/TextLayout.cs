using System.Text.RegularExpressions;

namespace Griot.Text.Reading;

/// <summary>What a stretch of a document is: the rules read claims in prose and list items only.</summary>
public enum BlockKind
{
    /// <summary>The first line, where it is short and unpunctuated: the document's title.</summary>
    Title,

    /// <summary>A short line without a sentence's end: a heading, a caption or an infobox field.</summary>
    Heading,

    /// <summary>A line that starts with a bullet or a number.</summary>
    ListItem,

    /// <summary>A row of a table (cells separated by <c>|</c> or tabs).</summary>
    Table,

    Prose,
}

/// <summary>A stretch of a document, offsets <c>[Start, End)</c>: one paragraph, heading, list item or table row.</summary>
public readonly record struct Block(int Start, int End, BlockKind Kind)
{
    public bool HasClaims => Kind is BlockKind.Prose or BlockKind.ListItem;
}

/// <summary>
/// The layout of a document as a reader sees it. <see cref="Mask"/> blanks what is not prose — citation
/// markers (<c>[15]</c>, <c>[a]</c>, <c>[citation needed]</c>) and edit links (<c>[edit]</c>,
/// <c>[modifier | modifier le code]</c>) — with spaces, so that offsets into the text stay the same.
/// <see cref="Blocks"/> cuts it into paragraphs, headings, list items and table rows; a line that runs on
/// into the next (a wrapped line, a line of a PDF) is joined to it.
/// </summary>
public static partial class TextLayout
{
    private const int MaxHeadingWords = 12;

    [GeneratedRegex(@"\[(?:\d{1,4}|[a-zA-Z]|[Nn]ote \d{1,3}|[a-zà-ÿ][^\[\]\n]{0,40})\]")]
    private static partial Regex Marker();

    // "DAKAR, 22 May 2025 —", "GOSSI, Mali, 19 April 2022 —", "NIAMEY, 16 septembre 2025 (AFP) -": a wire story's
    // place in capitals, its date, maybe its agency, and a dash.
    [GeneratedRegex(@"\A\s*(?<place>\p{Lu}[\p{Lu}\p{M}'’.\- ]{1,40}(?:,\s*\p{Lu}[\p{L}\p{M}'’\- ]{1,30})?),\s*(?<date>[\p{L}\p{M}\d .,]{4,40}?)\s*(?:\((?<agency>[\p{L} .\-/]{2,30})\)\s*)?[—–-]{1,2}\s+")]
    private static partial Regex DatelinePattern();

    /// <summary>
    /// The dateline a news story opens on ("DAKAR, 22 May 2025 —"): where it ends and the text of its date, or null.
    /// The place must be written in capitals, as wire services write it.
    /// </summary>
    public static (int End, int DateStart, int DateEnd)? Dateline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = DatelinePattern().Match(text);
        if (!match.Success || match.Groups["place"].Value.Count(char.IsUpper) < 3)
        {
            return null;
        }

        var date = match.Groups["date"];
        return (match.Index + match.Length, date.Index, date.Index + date.Length);
    }

    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IndexOf('[', StringComparison.Ordinal) < 0)
        {
            return text;
        }

        return Marker().Replace(text, m => new string(' ', m.Length));
    }

    /// <summary>The blocks of a masked text, in order.</summary>
    public static List<Block> Blocks(string masked)
    {
        ArgumentNullException.ThrowIfNull(masked);
        var lines = Lines(masked);
        var blocks = new List<Block>();
        var first = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var kind = KindOf(masked, start, end, first);
            first = false;

            // A line that stops without a sentence's end and goes on in lower case is one sentence wrapped; so is a
            // long line of prose that stops mid-sentence right above the next ("… et de la\nCommunauté économique"),
            // as copies wrapped at a fixed width have them.
            while (kind is BlockKind.Prose or BlockKind.Heading or BlockKind.ListItem && i + 1 < lines.Count && !EndsSentence(masked, end)
                && (char.IsLower(masked[lines[i + 1].Start])
                    || kind == BlockKind.Prose && Words(masked.AsSpan(start, end - start)) > MaxHeadingWords && Adjacent(masked, end, lines[i + 1].Start)
                       && char.IsLetter(masked[lines[i + 1].Start])))
            {
                end = lines[++i].End;
                if (kind == BlockKind.Heading)
                {
                    kind = BlockKind.Prose;
                }
            }

            blocks.Add(new Block(start, end, kind));
        }

        return blocks;
    }

    /// <summary>Whether only one line break stands between two lines (no blank line: the same paragraph).</summary>
    private static bool Adjacent(string text, int end, int nextStart)
    {
        var breaks = 0;
        for (var k = end; k < nextStart; k++)
        {
            if (text[k] == '\n' && ++breaks > 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Non-blank lines, trimmed: <c>(start, end)</c>.</summary>
    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r' or '\f' or '\v' or '\u2028' or '\u2029'))
            {
                continue;
            }

            var s = start;
            var e = i;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                lines.Add((s, e));
            }

            start = i + 1;
        }

        return lines;
    }

    private static BlockKind KindOf(string text, int start, int end, bool first)
    {
        var line = text.AsSpan(start, end - start);
        if (line.Count('|') >= 2 || line.Count('\t') >= 2)
        {
            return BlockKind.Table;
        }

        if (line[0] is '•' or '·' or '*' or '-' or '–' or '—' or '▪' or '◦' || IsNumbered(line))
        {
            return BlockKind.ListItem;
        }

        if (!EndsSentence(text, end) && Words(line) <= MaxHeadingWords)
        {
            return first ? BlockKind.Title : BlockKind.Heading;
        }

        return BlockKind.Prose;
    }

    private static bool IsNumbered(ReadOnlySpan<char> line)
    {
        var k = 0;
        while (k < line.Length && k < 3 && char.IsDigit(line[k]))
        {
            k++;
        }

        return k > 0 && k + 1 < line.Length && line[k] is '.' or ')' && line[k + 1] == ' ' && !(k == 4);
    }

    private static bool EndsSentence(string text, int end)
    {
        var k = end - 1;
        while (k >= 0 && text[k] is '"' or '”' or '’' or '\'' or ')' or ']' or '»' or ' ')
        {
            k--;
        }

        return k >= 0 && text[k] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    private static int Words(ReadOnlySpan<char> line)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}

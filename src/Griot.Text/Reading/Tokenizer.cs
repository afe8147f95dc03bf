using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Griot.Text.Reading;

/// <summary>
/// Splits text into tokens. A word keeps inner hyphens and apostrophes (<c>Guinea-Bissau</c>,
/// <c>aujourd'hui</c>) and dotted abbreviations (<c>U.S.</c>); a possessive <c>’s</c> is a token of its own
/// so that <c>Mali’s</c> is found as Mali, and so is an elided word of any language Griot reads
/// (<c>l’Union</c> is <c>l'</c> and <c>union</c>, <c>d’Ivoire</c> is <c>d'</c> and <c>ivoire</c>).
/// </summary>
public sealed class Tokenizer
{
    private static readonly char[] Fold = BuildFold();

    private readonly HashSet<string> _elisions;
    private readonly int _longestElision;
    private FrozenSet<string> _known = FrozenSet<string>.Empty;

    /// <param name="elisions">Elided words, apostrophe included, in normal form (<c>l'</c>, <c>qu'</c>).</param>
    public Tokenizer(IEnumerable<string> elisions)
    {
        ArgumentNullException.ThrowIfNull(elisions);
        _elisions = elisions.Where(e => e.Length > 1 && e[^1] == '\'').ToHashSet(StringComparer.Ordinal);
        _longestElision = _elisions.Count == 0 ? 0 : _elisions.Max(e => e.Length);
    }

    /// <summary>
    /// Words whose normal form is taken from this set rather than made anew each time they are read (the words
    /// of the lexicons): most of a text's words, read without allocating.
    /// </summary>
    internal void Know(IEnumerable<string> words) => _known = words.Concat(_known).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The tokenizer of the bundled languages.</summary>
    public static Tokenizer Default => Language.LanguageSet.Bundled.Tokenizer;

    public List<Token> Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(Math.Max(8, (end - start) / 5));
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetter(c))
            {
                i = ReadWord(text, i, end, tokens);
            }
            else if (char.IsDigit(c))
            {
                var j = i;
                while (j < end && (char.IsDigit(text[j]) || (text[j] is ',' or '.' && j + 1 < end && char.IsDigit(text[j + 1]))))
                {
                    j++;
                }

                // "1960s" and "2010s" name decades; keep the s with the number.
                if (j < end && text[j] == 's' && (j + 1 == end || !char.IsLetter(text[j + 1])))
                {
                    j++;
                }

                tokens.Add(new Token(i, j - i, TokenKind.Number, text[i..j], false, false));
                i = j;
            }
            else
            {
                tokens.Add(new Token(i, 1, TokenKind.Punctuation, Normalize(text.AsSpan(i, 1)), false, false));
                i++;
            }
        }

        return tokens;
    }

    private int ReadWord(string text, int i, int end, List<Token> tokens)
    {
        var j = i;
        while (j < end)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c) || c is '\u0301' or '\u0300')
            {
                j++;
            }
            else if (c is '\'' or '’' or 'ʼ')
            {
                // An elided word ends at its apostrophe: "l'Union", "qu'il".
                if (j - i + 1 <= _longestElision && _elisions.Contains(Normalize(text.AsSpan(i, j - i + 1))))
                {
                    j++;
                    break;
                }

                // A possessive 's ends the word: "Mali's" is Mali + 's.
                if (j + 1 < end && text[j + 1] is 's' or 'S' && (j + 2 >= end || !char.IsLetter(text[j + 2])))
                {
                    break;
                }

                if (j + 1 < end && char.IsLetter(text[j + 1]))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }
            else if (c is '-' or '‐' && j + 1 < end && char.IsLetter(text[j + 1]))
            {
                j++;
            }
            else if (c == '.' && j + 1 < end && char.IsUpper(text[j + 1]) && j - i == 1 && j + 2 < end && text[j + 2] == '.')
            {
                // U.S., U.K.: single letters joined by dots.
                j += 3;
            }
            else
            {
                break;
            }
        }

        var span = text.AsSpan(i, j - i);
        var capitalized = char.IsUpper(span[0]);
        var allCaps = capitalized && span.Length > 1 && IsAllCaps(span);
        tokens.Add(new Token(i, j - i, TokenKind.Word, NormalizeKnown(span), capitalized, allCaps));
        if (j < end && text[j] is '\'' or '’' && j + 1 < end && text[j + 1] is 's' or 'S' && (j + 2 >= end || !char.IsLetter(text[j + 2])))
        {
            tokens.Add(new Token(j, 2, TokenKind.Word, "'s", false, false));
            j += 2;
        }

        return j;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> span)
    {
        var letters = 0;
        foreach (var c in span)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 1;
    }

    private string NormalizeKnown(ReadOnlySpan<char> text)
    {
        if (text.Length > 64)
        {
            return Normalize(text);
        }

        Span<char> buffer = stackalloc char[text.Length];
        Fill(text, buffer);
        return _known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer, out var known) ? known : new string(buffer);
    }

    /// <summary>The matching form of a piece of text: lower case, no accents, plain apostrophes and hyphens.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        Fill(text, buffer);
        return new string(buffer);
    }

    private static void Fill(ReadOnlySpan<char> text, Span<char> buffer)
    {
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            buffer[k] = c < Fold.Length ? Fold[c] : c switch
            {
                '’' or '‘' or 'ʼ' => '\'',
                '–' or '—' or '‐' => '-',
                _ => char.ToLowerInvariant(c),
            };
        }
    }

    private static char[] BuildFold()
    {
        var fold = new char[0x250];
        for (var c = 0; c < fold.Length; c++)
        {
            var lower = char.ToLowerInvariant((char)c).ToString().Normalize(NormalizationForm.FormD);
            fold[c] = lower.FirstOrDefault(ch => CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark, (char)c);
        }

        return fold;
    }
}

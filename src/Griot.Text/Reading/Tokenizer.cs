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
    private FrozenDictionary<string, (string Norm, int Id, int Stem)> _known = FrozenDictionary<string, (string, int, int)>.Empty;
    private FrozenDictionary<string, int> _stems = FrozenDictionary<string, int>.Empty;

    // For each numbered word and prefix key: the phrase tables (by their number) with a phrase that may start there,
    // and those with a phrase that may end there.
    private ulong[]?[] _wordStarts = [];
    private ulong[]?[] _stemStarts = [];
    private ulong[]?[] _wordEnds = [];
    private ulong[]?[] _stemEnds = [];
    private int _tables;

    /// <summary>How many characters of a token name its prefix key (<see cref="Token.Stem"/>).</summary>
    internal const int StemLength = 3;

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
    internal void Know(IEnumerable<string> words, IEnumerable<string> stems)
    {
        _stems = stems.Distinct(StringComparer.Ordinal).Select((w, k) => (w, k + 1)).ToFrozenDictionary(p => p.w, p => p.Item2, StringComparer.Ordinal);
        _known = words.Distinct(StringComparer.Ordinal).Select((w, k) => (w, k + 1)).ToFrozenDictionary(p => p.w, p => (p.w, p.Item2, StemId(p.w)), StringComparer.Ordinal);
        _wordStarts = new ulong[]?[_known.Count + 1];
        _stemStarts = new ulong[]?[_stems.Count + 1];
        _wordEnds = new ulong[]?[_known.Count + 1];
        _stemEnds = new ulong[]?[_stems.Count + 1];
    }

    /// <summary>A number for a phrase table, under which the words its phrases start with are kept.</summary>
    internal int NumberTable() => _tables++;

    /// <summary>Notes that phrases of table <paramref name="table"/> start (or end) with the word (or prefix key) numbered <paramref name="id"/>.</summary>
    internal void Mark(int table, int id, bool stem, bool end)
    {
        var starts = (stem, end) switch { (false, false) => _wordStarts, (true, false) => _stemStarts, (false, true) => _wordEnds, (true, true) => _stemEnds };
        if (id <= 0 || id >= starts.Length)
        {
            return;
        }

        var bits = starts[id] ??= new ulong[(table >> 6) + 1];
        if (bits.Length <= table >> 6)
        {
            Array.Resize(ref bits, (table >> 6) + 1);
            starts[id] = bits;
        }

        bits[table >> 6] |= 1UL << (table & 63);
    }

    /// <summary>How many words the vocabulary numbers (the highest <see cref="Token.Word"/>).</summary>
    internal int WordCount => _known.Count;

    /// <summary>How many prefix keys the vocabulary numbers (the highest <see cref="Token.Stem"/>).</summary>
    internal int StemCount => _stems.Count;

    /// <summary>The number of a known word (-1 where no lexicon has it, 0 before the lexicons are known).</summary>
    internal int WordId(string norm) => _known.Count == 0 ? 0 : _known.TryGetValue(norm, out var known) ? known.Id : -1;

    /// <summary>The number of a prefix key (-1 where no lexicon has it, 0 before the lexicons are known).</summary>
    internal int StemId(ReadOnlySpan<char> norm) =>
        _stems.Count == 0 ? 0 : norm.Length >= StemLength && _stems.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(norm[..StemLength], out var id) ? id : -1;

    /// <summary>The tokenizer of the bundled languages.</summary>
    public static Tokenizer Default => Language.LanguageSet.Bundled.Tokenizer;

    public List<Token> Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new TokenList(Math.Max(8, (end - start) / 4 + 4));
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

                tokens.Add(Numbered(new Token(i, j - i, TokenKind.Number, text[i..j], false, false)));
                i = j;
            }
            else
            {
                var (norm, id, stem) = NormalizeKnown(text.AsSpan(i, 1));
                tokens.Add(new Token(i, 1, TokenKind.Punctuation, norm, false, false) { Word = id, Stem = stem });
                i++;
            }
        }

        if (_tables > 0)
        {
            (tokens.Starts, tokens.Ends) = Marks(tokens);
        }

        return tokens;
    }

    /// <summary>The phrase tables with a phrase that may start somewhere in the tokens, and those with one that may end somewhere.</summary>
    private (ulong[] Starts, ulong[] Ends) Marks(List<Token> tokens)
    {
        var starts = new ulong[((_tables - 1) >> 6) + 1];
        var ends = new ulong[starts.Length];
        foreach (var token in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens))
        {
            if (token.Word > 0)
            {
                Or(starts, _wordStarts[token.Word]);
                Or(ends, _wordEnds[token.Word]);
            }

            if (token.Stem > 0)
            {
                Or(starts, _stemStarts[token.Stem]);
                Or(ends, _stemEnds[token.Stem]);
            }
        }

        return (starts, ends);
    }

    private static void Or(ulong[] all, ulong[]? bits)
    {
        if (bits is null)
        {
            return;
        }

        for (var k = 0; k < bits.Length; k++)
        {
            all[k] |= bits[k];
        }
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
        var (word, wordId, stemId) = NormalizeKnown(span);
        tokens.Add(new Token(i, j - i, TokenKind.Word, word, capitalized, allCaps) { Word = wordId, Stem = stemId });
        if (j < end && text[j] is '\'' or '’' && j + 1 < end && text[j + 1] is 's' or 'S' && (j + 2 >= end || !char.IsLetter(text[j + 2])))
        {
            tokens.Add(Numbered(new Token(j, 2, TokenKind.Word, "'s", false, false)));
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

    private Token Numbered(Token token) => token with { Word = WordId(token.Norm), Stem = StemId(token.Norm) };

    /// <summary>The normal form of a word, taken from the lexicons' words where it is one of them (without allocating), and its number.</summary>
    private (string Norm, int Id, int Stem) NormalizeKnown(ReadOnlySpan<char> text)
    {
        if (text.Length > 64)
        {
            var norm = Normalize(text);
            return (norm, WordId(norm), StemId(norm));
        }

        Span<char> buffer = stackalloc char[text.Length];
        Fill(text, buffer);
        return _known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer, out var known) ? known : (new string(buffer), _known.Count == 0 ? 0 : -1, StemId(buffer));
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

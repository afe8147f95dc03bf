using Griot.Text.Reading;

namespace Griot.Text.Language;

/// <summary>
/// Tells which language a stretch of text is in by counting each language's most frequent function words
/// (its <c>detect</c> class: <c>the</c>, <c>of</c>, <c>is</c>; <c>le</c>, <c>des</c>, <c>est</c>). Where no
/// language has more of them than every other, or fewer than the evidence asked for, it does not say.
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>How many function words a paragraph needs before its own language is told apart from its document's.</summary>
    public const int MinimumEvidence = 3;

    private readonly IReadOnlyList<LanguagePack> _packs;
    private WordClass[]? _detect;

    internal LanguageDetector(IReadOnlyList<LanguagePack> packs) => _packs = packs;

    /// <summary>The count of each language's function words in the tokens, in the packs' order.</summary>
    public int[] Count(List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var counts = new int[_packs.Count];
        var detect = _detect ??= _packs.Select(p => p.Lexicon[WordClasses.Detect]).ToArray();
        foreach (var token in tokens)
        {
            if (!token.IsWord)
            {
                continue;
            }

            for (var p = 0; p < detect.Length; p++)
            {
                if (detect[p].Contains(token.Norm))
                {
                    counts[p]++;
                }
            }
        }

        return counts;
    }

    /// <summary>The language with more function words than any other and at least <paramref name="minimum"/> of them, or null.</summary>
    public LanguagePack? Detect(int[] counts, int minimum = 1)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var best = -1;
        var tie = false;
        for (var p = 0; p < counts.Length; p++)
        {
            if (best < 0 || counts[p] > counts[best])
            {
                best = p;
                tie = false;
            }
            else if (counts[p] == counts[best])
            {
                tie = true;
            }
        }

        return best < 0 || tie || counts[best] < minimum ? null : _packs[best];
    }

    public LanguagePack? Detect(List<Token> tokens, int minimum = 1) => Detect(Count(tokens), minimum);
}

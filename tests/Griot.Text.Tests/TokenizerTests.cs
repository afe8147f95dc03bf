using Griot.Text.Reading;

namespace Griot.Text.Tests;

public sealed class TokenizerTests
{
    private static string[] Norms(string text) => Tokenizer.Default.Tokenize(text, 0, text.Length).Select(t => t.Norm).ToArray();

    [Theory]
    [InlineData("Mali’s borders", "mali|'s|borders")]
    [InlineData("Côte d’Ivoire", "cote|d'|ivoire")]
    [InlineData("l’Union africaine s’est retirée jusqu’en 2022, aujourd’hui", "l'|union|africaine|s'|est|retiree|jusqu'|en|2022|,|aujourd'hui")]
    [InlineData("Guinea-Bissau, the U.S.", "guinea-bissau|,|the|u.s.")]
    [InlineData("since the 1960s", "since|the|1960s")]
    [InlineData("ÉTATS-UNIS", "etats-unis")]
    public void Tokenize_Text_NormalisedWords(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Norms(text));
    }

    [Fact]
    public void Tokenize_Offsets_CoverTheWords()
    {
        const string text = "Mali’s ties";

        var tokens = Tokenizer.Default.Tokenize(text, 0, text.Length);

        Assert.Equal(["Mali", "’s", "ties"], tokens.Select(t => text.Substring(t.Start, t.Length)));
        Assert.True(tokens[0].Capitalized);
    }
}

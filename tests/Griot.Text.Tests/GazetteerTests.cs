using Griot.Text.Language;
using Griot.Text.Reading;

namespace Griot.Text.Tests;

public sealed class GazetteerTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private string[] Actors(string text) =>
        fixture.Gazetteer.Find(text, Tokenizer.Default.Tokenize(text, 0, text.Length), LanguageSet.Bundled.Find("en")!).Select(m => m.ActorId).ToArray();

    [Theory]
    [InlineData("Mali’s relations with the U.S. and the UK", "MLI USA GBR")]
    [InlineData("The CEDEAO and the UEMOA met the UA in Bamako.", "ECOWAS WAEMU AU MLI")]
    [InlineData("Malian and French officers, then Nigerian ones", "MLI FRA NGA")]
    [InlineData("Paris and Algiers disagreed.", "FRA DZA")]
    [InlineData("Côte d'Ivoire, Cote d’Ivoire and Guinea-Bissau", "CIV CIV GNB")]
    [InlineData("It joined the Niger River Commission.", "NBA")]
    [InlineData("The Niger flows through Mali.", "MLI")]
    [InlineData("The Mali Empire traded with the Empire of Mali’s neighbours.", "")]
    [InlineData("A Guinea pig is not Guinea.", "GIN")]
    [InlineData("Chad Smith and Jordan Peterson spoke; Chad did not.", "TCD")]
    [InlineData("un refers to nothing, but the UN does.", "UN")]
    public void Find_Names_TheActorsMeant(string text, string expected)
    {
        Assert.Equal(expected.Length == 0 ? [] : expected.Split(' '), Actors(text));
    }

    [Theory]
    [InlineData("Les relations franco-maliennes et sino-ivoiriennes", "FRA MLI CHN CIV")]
    [InlineData("la coopération franco-nigérienne", "FRA NER")]
    public void Find_FrenchCompounds_NameBothStates(string text, string expected)
    {
        var found = fixture.Gazetteer.Find(text, Tokenizer.Default.Tokenize(text, 0, text.Length), LanguageSet.Bundled.Find("fr")!).Select(m => m.ActorId);
        Assert.Equal(expected.Split(' '), found);
    }
}

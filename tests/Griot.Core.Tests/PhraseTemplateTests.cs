using Griot.Core.Words;

namespace Griot.Core.Tests;

public sealed class PhraseTemplateTests
{
    private static Func<string, string?> Args(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;

    [Theory]
    [InlineData("{subject} has [{stance} ]relations with {object}[ ({trend})]", "Mali has relations with France")]
    [InlineData("{subject} borders {object}", "Mali borders France")]
    [InlineData("{subject} borders {count} countries", null)]
    public void Render_OptionalPartsNeedAllTheirValues_RequiredOnesOrNothing(string template, string? expected)
    {
        Assert.Equal(expected, PhraseTemplate.Render(template, Args(("subject", "Mali"), ("object", "France"))));
    }

    [Fact]
    public void Render_OptionalPartWithItsValue_IsWritten()
    {
        var text = PhraseTemplate.Render("{subject} has [{stance} ]relations with {object}[ ({trend})]",
            Args(("subject", "Mali"), ("object", "Russia"), ("stance", "friendly"), ("trend", "improving")));

        Assert.Equal("Mali has friendly relations with Russia (improving)", text);
    }

    [Fact]
    public void First_TakesTheFirstTemplateWhoseValuesAreKnown()
    {
        string[] templates = ["{subject} borders {object}", "{subject} borders {count} countries", "{subject} borders some countries"];

        Assert.Equal("Mali borders 7 countries", PhraseTemplate.First(templates, Args(("subject", "Mali"), ("count", "7"))));
        Assert.Equal("Mali borders some countries", PhraseTemplate.First(templates, Args(("subject", "Mali"))));
    }
}

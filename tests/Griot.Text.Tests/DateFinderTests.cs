using Griot.Text.Language;
using Griot.Text.Reading;

namespace Griot.Text.Tests;

public sealed class DateFinderTests
{
    private static List<DateExpression> Find(string text, DateOnly? documentDate = null) =>
        DateFinder.Find(Tokenizer.Default.Tokenize(text, 0, text.Length), LanguageSet.Bundled.Find("en")!, documentDate);

    [Theory]
    [InlineData("In February 2014, leaders met.", DateRole.At, "2014-02")]
    [InlineData("on 16 February 2014 in Nouakchott", DateRole.At, "2014-02-16")]
    [InlineData("on February 16, 2014", DateRole.At, "2014-02-16")]
    [InlineData("since 1960", DateRole.Since, "1960")]
    [InlineData("got better after 2002", DateRole.After, "2002")]
    [InlineData("before 1990", DateRole.Before, "1990")]
    [InlineData("until 2022", DateRole.Until, "2022")]
    [InlineData("since the 1960s", DateRole.Decade, "1960")]
    [InlineData("on 31 February 2014", DateRole.At, "2014-02")]
    public void Find_Phrase_RoleAndDate(string text, DateRole role, string date)
    {
        var found = Assert.Single(Find(text));

        Assert.Equal(role, found.Role);
        Assert.Equal(date, found.Date.ToString());
    }

    [Fact]
    public void Find_Range_StartAndEnd()
    {
        var found = Assert.Single(Find("between 1975 and 1979"));

        Assert.Equal(DateRole.Range, found.Role);
        Assert.Equal("1975", found.Date.ToString());
        Assert.Equal("1979", found.Until.ToString());
    }

    [Fact]
    public void Find_RelativeYear_ResolvedOnlyWithTheDocumentDate()
    {
        Assert.Equal("2022", Assert.Single(Find("earlier this year", new DateOnly(2022, 6, 1))).Date.ToString());
        Assert.Equal("2021", Assert.Single(Find("last year", new DateOnly(2022, 6, 1))).Date.ToString());
        Assert.False(Assert.Single(Find("earlier this year")).Resolved);
    }

    [Theory]
    [InlineData("It has 1500 soldiers and 20 drones.")]
    [InlineData("Resolution 2100 was adopted.")]
    public void Find_NumbersThatAreNotYears_Nothing(string text)
    {
        Assert.Empty(Find(text));
    }
}

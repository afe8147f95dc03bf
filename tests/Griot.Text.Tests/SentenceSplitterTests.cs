using Griot.Text.Reading;

namespace Griot.Text.Tests;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(text).Select(s => s.TextOf(text)).ToArray();

    [Theory]
    [InlineData("Relations with the U.S. improved. Mali joined ECOWAS.", "Relations with the U.S. improved.|Mali joined ECOWAS.")]
    [InlineData("Dr. Keita met Gen. Traoré on Jan. 5. Then he left.", "Dr. Keita met Gen. Traoré on Jan. 5.|Then he left.")]
    [InlineData("He said “We leave. Now.” The army stayed.", "He said “We leave. Now.”|The army stayed.")]
    [InlineData("The force (led by France. Mostly.) grew. It left.", "The force (led by France. Mostly.) grew.|It left.")]
    [InlineData("J. F. Kennedy visited. So did others!", "J. F. Kennedy visited.|So did others!")]
    [InlineData("Foreign history\nBefore the Europeans came, trade flourished.", "Foreign history|Before the Europeans came, trade flourished.")]
    [InlineData("Is it true? Yes… it is.", "Is it true?|Yes… it is.")]
    [InlineData("Members: the Sahel (CILS (OMVS). Even though France stayed, it lost power.", "Members: the Sahel (CILS (OMVS).|Even though France stayed, it lost power.")]
    [InlineData("It grew 2.5 percent in 2019. Exports rose.", "It grew 2.5 percent in 2019.|Exports rose.")]
    public void Split_Text_Sentences(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Split(text));
    }

    [Fact]
    public void Split_Offsets_PointIntoTheOriginalText()
    {
        const string text = "  Mali borders Niger.\n\nIt is landlocked.  ";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal([(2, 21), (23, 40)], sentences.Select(s => (s.Start, s.End)));
        Assert.Equal("It is landlocked.", sentences[1].TextOf(text));
    }
}

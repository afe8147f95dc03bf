using Griot.Core.Time;

namespace Griot.Core.Tests;

public sealed class ValidityIntervalTests
{
    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static ValidityInterval Interval(string start, string end) => ValidityInterval.Parse(start, end).Value;

    [Theory]
    [InlineData("2013-12-31", Coverage.None)]
    [InlineData("2014-01-01", Coverage.Possible)]
    [InlineData("2014-06-01", Coverage.Possible)]
    [InlineData("2014-12-30", Coverage.Possible)]
    [InlineData("2014-12-31", Coverage.Certain)]
    public void CoverageOn_YearPrecisionStart_CoversWholeYear(string day, Coverage expected)
    {
        Assert.Equal(expected, Interval("2014", "").CoverageOn(Day(day)));
    }

    [Fact]
    public void ValidOn_YearPrecisionStart_CoversWholeYear()
    {
        Assert.True(Interval("2014", "").IsValidOn(Day("2014-06-01")));
        Assert.True(Interval("2014", "").IsValidOn(Day("2014-01-01")));
        Assert.False(Interval("2014", "").IsValidOn(Day("2013-12-31")));
    }

    [Theory]
    [InlineData("2025-01-28", true)]
    [InlineData("2025-01-29", false)]
    public void ValidOn_DayPrecisionEnd_IsFirstDayNoLongerHeld(string day, bool expected)
    {
        Assert.Equal(expected, Interval("1975-05-28", "2025-01-29").IsValidOn(Day(day)));
    }

    [Fact]
    public void ValidOn_HandoverDay_OnlyTheSuccessorHolds()
    {
        var predecessor = Interval("2013-09-04", "2020-08-18");
        var successor = Interval("2020-08-18", "");

        Assert.False(predecessor.IsValidOn(Day("2020-08-18")));
        Assert.True(successor.IsValidOn(Day("2020-08-18")));
        Assert.False(predecessor.MayOverlap(successor));
    }

    [Theory]
    [InlineData("2022-01-01", Coverage.Possible)]
    [InlineData("2022-12-30", Coverage.Possible)]
    [InlineData("2022-12-31", Coverage.None)]
    [InlineData("2021-12-31", Coverage.Certain)]
    public void CoverageOn_YearPrecisionEnd_MayEndAnyDayOfTheYear(string day, Coverage expected)
    {
        Assert.Equal(expected, Interval("2014", "2022").CoverageOn(Day(day)));
    }

    [Fact]
    public void CoverageOn_OpenBounds_AlwaysCertain()
    {
        Assert.Equal(Coverage.Certain, ValidityInterval.Always.CoverageOn(Day("0001-01-01")));
        Assert.Equal(Coverage.Certain, Interval("", "2000").CoverageOn(Day("1900-01-01")));
        Assert.Equal(Coverage.Certain, Interval("1960", "").CoverageOn(Day("2999-01-01")));
    }

    [Fact]
    public void CoverageOn_UnknownBounds_DifferFromOpenOnes()
    {
        // An unknown end: it ended, but when is not known, so it is never certain after the start.
        Assert.Equal(Coverage.Possible, Interval("2012-03-27", "?").CoverageOn(Day("2019-06-01")));
        Assert.Equal(Coverage.Certain, Interval("2012-03-27", "").CoverageOn(Day("2019-06-01")));
        // An unknown start may lie after any given day.
        Assert.Equal(Coverage.Possible, Interval("?", "2000").CoverageOn(Day("1950-01-01")));
        Assert.Equal(Coverage.Certain, Interval("", "2000").CoverageOn(Day("1950-01-01")));
    }

    [Theory]
    [InlineData("2002-12-31", Coverage.None)]
    [InlineData("2003-01-01", Coverage.Possible)]
    [InlineData("2030-01-01", Coverage.Possible)]
    public void CoverageOn_AfterMarkedStart_StartsAfterTheWholeSpan(string day, Coverage expected)
    {
        Assert.Equal(expected, Interval("after:2002", "").CoverageOn(Day(day)));
    }

    [Fact]
    public void CoverageOn_BeforeMarkedEnd_EndsBeforeTheSpan()
    {
        var interval = Interval("1990", "before:2000");

        Assert.Equal(Coverage.Possible, interval.CoverageOn(Day("1999-12-30")));
        Assert.Equal(Coverage.None, interval.CoverageOn(Day("1999-12-31")));
    }

    [Theory]
    [InlineData("2020", "2019")]
    [InlineData("2020-05-01", "2020-05-01")]
    [InlineData("after:2020", "2020")]
    public void Create_ReversedOrEmpty_Refused(string start, string end)
    {
        var result = ValidityInterval.Parse(start, end);

        Assert.False(result.Success);
        Assert.Contains("reversed or empty", result.Error);
    }

    [Fact]
    public void Create_SameYearBounds_Allowed()
    {
        Assert.True(ValidityInterval.Parse("2014", "2014").Success);
    }

    [Fact]
    public void Parse_BadBound_NamesTheSide()
    {
        Assert.StartsWith("end:", ValidityInterval.Parse("2014", "2019-13-45").Error);
        Assert.StartsWith("start:", ValidityInterval.Parse("soon", "").Error);
    }

    [Theory]
    [InlineData("2000", "2010", "2009", "2020", true, true)]
    [InlineData("2000", "2010", "2010", "2020", true, false)]
    [InlineData("2000-01-01", "2010-01-01", "2010-01-01", "2020-01-01", false, false)]
    [InlineData("2000", "", "1990", "1995", false, false)]
    [InlineData("", "", "1990", "1995", true, true)]
    public void Overlap_MayAndSurely(string s1, string e1, string s2, string e2, bool may, bool surely)
    {
        var a = Interval(s1, e1);
        var b = Interval(s2, e2);

        Assert.Equal(may, a.MayOverlap(b));
        Assert.Equal(may, b.MayOverlap(a));
        Assert.Equal(surely, a.SurelyOverlaps(b));
        Assert.Equal(surely, b.SurelyOverlaps(a));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?")]
    [InlineData("1960")]
    [InlineData("after:2002")]
    [InlineData("before:1990-06")]
    public void IntervalBound_ParseToString_RoundTrips(string text)
    {
        Assert.Equal(text, IntervalBound.Parse(text).Value.ToString());
    }
}

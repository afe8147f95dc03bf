using CsCheck;
using Griot.Core.Time;

namespace Griot.Core.Tests;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("1960", DatePrecision.Year, "1960-01-01", "1960-12-31")]
    [InlineData("2014-02", DatePrecision.Month, "2014-02-01", "2014-02-28")]
    [InlineData("2016-02", DatePrecision.Month, "2016-02-01", "2016-02-29")]
    [InlineData("2014-02-16", DatePrecision.Day, "2014-02-16", "2014-02-16")]
    public void Parse_ValidText_KeepsPrecisionAndSpan(string text, DatePrecision precision, string earliest, string latest)
    {
        var date = PartialDate.Parse(text).Value;

        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2019-13-45", "month 13 is out of range (1-12)")]
    [InlineData("2019-02-30", "day 30 is out of range for 2019-02 (1-28)")]
    [InlineData("2019-00", "month 0 is out of range")]
    [InlineData("0000", "year 0 is out of range (1-9999)")]
    [InlineData("19", "is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("2019/06/01", "is not a date")]
    [InlineData("2019-6-1", "is not a date")]
    [InlineData("", "a date is required")]
    public void Parse_InvalidText_SaysWhy(string text, string reason)
    {
        var result = PartialDate.Parse(text);

        Assert.False(result.Success);
        Assert.Contains(reason, result.Error);
    }

    [Fact]
    public void Equality_DifferentPrecision_NotEqual()
    {
        Assert.NotEqual(PartialDate.OfYear(2014), PartialDate.OfDay(2014, 1, 1));
        Assert.Equal(PartialDate.OfMonth(2014, 2), PartialDate.Parse("2014-02").Value);
    }

    [Fact]
    public void CompareTo_SameFirstDay_CoarserFirst()
    {
        var dates = new[] { PartialDate.OfDay(2014, 1, 1), PartialDate.OfYear(2014), PartialDate.OfMonth(2014, 1), PartialDate.OfYear(2013) };

        var sorted = dates.Order().Select(d => d.ToString());

        Assert.Equal(["2013", "2014", "2014-01", "2014-01-01"], sorted);
    }

    [Fact]
    public void Contains_YearPrecision_CoversWholeYear()
    {
        var year = PartialDate.OfYear(2014);

        Assert.True(year.Contains(new DateOnly(2014, 1, 1)));
        Assert.True(year.Contains(new DateOnly(2014, 12, 31)));
        Assert.False(year.Contains(new DateOnly(2015, 1, 1)));
    }

    [Fact]
    public void Parse_ToString_RoundTrips()
    {
        var gen = Gen.Select(Gen.Int[1, 9999], Gen.Int[0, 12], Gen.Int[0, 31])
            .Where(t => t.Item2 != 0 || t.Item3 == 0)
            .Where(t => t.Item3 == 0 || t.Item3 <= DateTime.DaysInMonth(t.Item1, t.Item2));
        gen.Sample(t =>
        {
            var date = t.Item3 != 0 ? PartialDate.OfDay(t.Item1, t.Item2, t.Item3)
                : t.Item2 != 0 ? PartialDate.OfMonth(t.Item1, t.Item2) : PartialDate.OfYear(t.Item1);
            Assert.Equal(date, PartialDate.Parse(date.ToString()).Value);
            Assert.True(date.Earliest <= date.Latest);
        });
    }
}

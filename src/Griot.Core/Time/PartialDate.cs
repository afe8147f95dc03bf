using System.Globalization;

namespace Griot.Core.Time;

/// <summary>
/// A calendar date known to a year (<c>1960</c>), a month (<c>2014-02</c>) or a day
/// (<c>2014-02-16</c>), in the proleptic Gregorian calendar, years 1 to 9999.
/// </summary>
/// <remarks>
/// A partial date stands for every day of its span: <c>2014</c> covers 2014-01-01 to 2014-12-31
/// (<see cref="Earliest"/> to <see cref="Latest"/>). Two partial dates are equal only when their
/// precision and fields are equal: <c>2014</c> is not <c>2014-01-01</c>. Ordering compares the
/// first day of each span, then the coarser precision first.
/// </remarks>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int month, int day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    /// <summary>The month, 1-12; 0 when the precision is <see cref="DatePrecision.Year"/>.</summary>
    public int Month { get; }

    /// <summary>The day of the month; 0 unless the precision is <see cref="DatePrecision.Day"/>.</summary>
    public int Day { get; }

    public DatePrecision Precision =>
        Day != 0 ? DatePrecision.Day : Month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day of the span.</summary>
    public DateOnly Earliest => new(Year, Month == 0 ? 1 : Month, Day == 0 ? 1 : Day);

    /// <summary>The last day of the span.</summary>
    public DateOnly Latest => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        _ => new DateOnly(Year, 12, 31),
    };

    public static PartialDate OfYear(int year) => Create(year, 0, 0).Value;

    public static PartialDate OfMonth(int year, int month) => Create(year, month, 0).Value;

    public static PartialDate OfDay(int year, int month, int day) => Create(year, month, day).Value;

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>True when <paramref name="day"/> falls inside this date's span.</summary>
    public bool Contains(DateOnly day) => day >= Earliest && day <= Latest;

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; the message says what is wrong.</summary>
    public static ParseResult<PartialDate> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<PartialDate>.Fail("a date is required (YYYY, YYYY-MM or YYYY-MM-DD)");
        }

        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)
            || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return ParseResult<PartialDate>.Fail($"'{text}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
        }

        var fields = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        // 0 stands for "absent" inside the type, so an explicit 00 is refused here.
        if (fields.Skip(1).Any(f => f == 0))
        {
            var field = fields.Length > 1 && fields[1] == 0 ? "month 0 is out of range (1-12)" : "day 0 is out of range";
            return ParseResult<PartialDate>.Fail($"'{text}' is not a valid date: {field}");
        }

        var result = Create(fields[0], fields.Length > 1 ? fields[1] : 0, fields.Length > 2 ? fields[2] : 0);
        return result.Success ? result : ParseResult<PartialDate>.Fail($"'{text}' is not a valid date: {result.Error}");
    }

    private static ParseResult<PartialDate> Create(int year, int month, int day)
    {
        if (year is < 1 or > 9999)
        {
            return ParseResult<PartialDate>.Fail($"year {year} is out of range (1-9999)");
        }

        if (month is < 0 or > 12 || (month == 0 && day != 0))
        {
            return ParseResult<PartialDate>.Fail($"month {month} is out of range (1-12)");
        }

        if (day != 0 && (day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            return ParseResult<PartialDate>.Fail(
                $"day {day} is out of range for {year:D4}-{month:D2} (1-{DateTime.DaysInMonth(year, month)})");
        }

        return ParseResult<PartialDate>.Ok(new PartialDate(year, month, day));
    }

    public int CompareTo(PartialDate other)
    {
        var byStart = Earliest.CompareTo(other.Earliest);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>The ISO form at this date's precision: <c>1960</c>, <c>2014-02</c>, <c>2014-02-16</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };
}

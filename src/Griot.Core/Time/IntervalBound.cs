namespace Griot.Core.Time;

/// <summary>
/// One end of a <see cref="ValidityInterval"/>: open, unknown, or a partial date, possibly marked
/// <c>after</c> or <c>before</c>. Written <c>""</c>, <c>"?"</c>, <c>"2002"</c>, <c>"after:2002"</c>.
/// </summary>
/// <remarks>
/// A bound stands for a range of possible days. A dated bound on <c>2014</c> lies somewhere in
/// 2014-01-01..2014-12-31; <c>after:2002</c> lies on 2003-01-01 or later; <c>before:1990</c> on
/// 1989-12-31 or earlier. An unknown bound may lie anywhere. What an open bound means depends on
/// the side it is on, so <see cref="ValidityInterval"/> gives its days.
/// </remarks>
public readonly record struct IntervalBound
{
    private IntervalBound(BoundKind kind, PartialDate date, BoundMark mark)
    {
        Kind = kind;
        Date = kind == BoundKind.Dated ? date : null;
        Mark = mark;
    }

    public BoundKind Kind { get; }

    /// <summary>The date of a <see cref="BoundKind.Dated"/> bound; null otherwise.</summary>
    public PartialDate? Date { get; }

    public BoundMark Mark { get; }

    public static IntervalBound Open => new(BoundKind.Open, default, BoundMark.On);

    public static IntervalBound Unknown => new(BoundKind.Unknown, default, BoundMark.On);

    public static IntervalBound On(PartialDate date) => new(BoundKind.Dated, date, BoundMark.On);

    public static IntervalBound After(PartialDate date) => new(BoundKind.Dated, date, BoundMark.After);

    public static IntervalBound Before(PartialDate date) => new(BoundKind.Dated, date, BoundMark.Before);

    public bool IsOpen => Kind == BoundKind.Open;

    /// <summary>Parses the written form; empty text is an open bound.</summary>
    public static ParseResult<IntervalBound> Parse(string? text)
    {
        text = text?.Trim() ?? "";
        if (text.Length == 0)
        {
            return ParseResult<IntervalBound>.Ok(Open);
        }

        if (text == "?")
        {
            return ParseResult<IntervalBound>.Ok(Unknown);
        }

        var mark = BoundMark.On;
        if (text.StartsWith("after:", StringComparison.Ordinal))
        {
            mark = BoundMark.After;
            text = text["after:".Length..];
        }
        else if (text.StartsWith("before:", StringComparison.Ordinal))
        {
            mark = BoundMark.Before;
            text = text["before:".Length..];
        }

        var date = PartialDate.Parse(text);
        return date.Success
            ? ParseResult<IntervalBound>.Ok(new IntervalBound(BoundKind.Dated, date.Value, mark))
            : ParseResult<IntervalBound>.Fail(date.Error!);
    }

    /// <summary>The earliest and latest day numbers (<see cref="DateOnly.DayNumber"/>) of a dated bound.</summary>
    internal (int Earliest, int Latest) DatedDays => Mark switch
    {
        BoundMark.After => (Date!.Value.Latest.DayNumber + 1, DayNumbers.PositiveInfinity),
        BoundMark.Before => (DayNumbers.NegativeInfinity, Date!.Value.Earliest.DayNumber - 1),
        _ => (Date!.Value.Earliest.DayNumber, Date!.Value.Latest.DayNumber),
    };

    public override string ToString() => Kind switch
    {
        BoundKind.Open => "",
        BoundKind.Unknown => "?",
        _ => Mark switch
        {
            BoundMark.After => $"after:{Date}",
            BoundMark.Before => $"before:{Date}",
            _ => Date!.Value.ToString(),
        },
    };
}

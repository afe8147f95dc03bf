namespace Griot.Core.Time;

/// <summary>
/// When a statement holds: a half-open interval of days [<see cref="Start"/>, <see cref="End"/>).
/// </summary>
/// <remarks>
/// <para><see cref="Start"/> is the first day the statement holds and <see cref="End"/> the first day
/// it no longer holds: membership of ECOWAS ending on 2025-01-29 held on 2025-01-28 and not on
/// 2025-01-29, and one head of state's end is the next one's start, with no day of overlap.</para>
/// <para>An open start means the statement held from the beginning; an open end, that it still
/// holds. An unknown bound exists but may lie anywhere. A partial date covers its whole span, so a
/// start of <c>2014</c> lies somewhere between 2014-01-01 and 2014-12-31.</para>
/// <para><b>Valid on a day.</b> <see cref="IsValidOn"/> takes the widest reading that the bounds
/// allow: a statement starting <c>2014</c> is valid on 2014-06-01 (and on 2014-01-01), because it may
/// already hold then; <see cref="CoverageOn"/> tells such a <see cref="Coverage.Possible"/> day from a
/// <see cref="Coverage.Certain"/> one. As-of queries use the widest reading, so that a fact
/// known only to a year is never dropped from the year it belongs to.</para>
/// </remarks>
public sealed record ValidityInterval
{
    private ValidityInterval(IntervalBound start, IntervalBound end)
    {
        Start = start;
        End = end;
    }

    public IntervalBound Start { get; }

    public IntervalBound End { get; }

    /// <summary>Held from the beginning and still holds.</summary>
    public static ValidityInterval Always { get; } = new(IntervalBound.Open, IntervalBound.Open);

    /// <summary>An interval from <paramref name="start"/> to <paramref name="end"/>; throws when it is reversed or empty.</summary>
    public static ValidityInterval Of(IntervalBound start, IntervalBound end) => Create(start, end).Value;

    public static ValidityInterval Since(PartialDate start) => Of(IntervalBound.On(start), IntervalBound.Open);

    public static ValidityInterval Between(PartialDate start, PartialDate end) =>
        Of(IntervalBound.On(start), IntervalBound.On(end));

    /// <summary>An interval, or a message when no day can lie between the bounds (reversed or empty).</summary>
    public static ParseResult<ValidityInterval> Create(IntervalBound start, IntervalBound end)
    {
        var interval = new ValidityInterval(start, end);
        return interval.StartEarliest < interval.EndLatest
            ? ParseResult<ValidityInterval>.Ok(interval)
            : ParseResult<ValidityInterval>.Fail($"the interval {start}..{end} is reversed or empty: it ends before it starts");
    }

    /// <summary>Parses two written bounds (see <see cref="IntervalBound.Parse"/>).</summary>
    public static ParseResult<ValidityInterval> Parse(string? start, string? end)
    {
        var s = IntervalBound.Parse(start);
        if (!s.Success)
        {
            return ParseResult<ValidityInterval>.Fail($"start: {s.Error}");
        }

        var e = IntervalBound.Parse(end);
        return e.Success ? Create(s.Value, e.Value) : ParseResult<ValidityInterval>.Fail($"end: {e.Error}");
    }

    /// <summary>The earliest day number the statement may start holding.</summary>
    public int StartEarliest => Start.Kind switch
    {
        BoundKind.Dated => Start.DatedDays.Earliest,
        _ => DayNumbers.NegativeInfinity,
    };

    /// <summary>The latest day number the statement may start holding.</summary>
    public int StartLatest => Start.Kind switch
    {
        BoundKind.Open => DayNumbers.NegativeInfinity,
        BoundKind.Unknown => DayNumbers.PositiveInfinity,
        _ => Start.DatedDays.Latest,
    };

    /// <summary>The earliest day number on which the statement may no longer hold.</summary>
    public int EndEarliest => End.Kind switch
    {
        BoundKind.Open => DayNumbers.PositiveInfinity,
        BoundKind.Unknown => DayNumbers.NegativeInfinity,
        _ => End.DatedDays.Earliest,
    };

    /// <summary>The latest day number on which the statement may no longer hold.</summary>
    public int EndLatest => End.Kind switch
    {
        BoundKind.Dated => End.DatedDays.Latest,
        _ => DayNumbers.PositiveInfinity,
    };

    /// <summary>Whether the statement holds on <paramref name="day"/>: certainly, possibly, or not.</summary>
    public Coverage CoverageOn(DateOnly day)
    {
        var d = day.DayNumber;
        if (StartLatest <= d && d < EndEarliest)
        {
            return Coverage.Certain;
        }

        return StartEarliest <= d && d < EndLatest ? Coverage.Possible : Coverage.None;
    }

    /// <summary>True when the statement may hold on <paramref name="day"/> (the widest reading).</summary>
    public bool IsValidOn(DateOnly day) => CoverageOn(day) != Coverage.None;

    /// <summary>True when some day may lie in both intervals.</summary>
    public bool MayOverlap(ValidityInterval other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Math.Max(StartEarliest, other.StartEarliest) < Math.Min(EndLatest, other.EndLatest);
    }

    /// <summary>True when some day lies in both intervals whatever the exact dates of their bounds.</summary>
    public bool SurelyOverlaps(ValidityInterval other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Math.Max(StartLatest, other.StartLatest) < Math.Min(EndEarliest, other.EndEarliest);
    }

    public ValidityInterval WithEnd(IntervalBound end) => Of(Start, end);

    public override string ToString() => $"{(Start.IsOpen ? "…" : Start)}..{(End.IsOpen ? "…" : End)}";
}

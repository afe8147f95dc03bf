using Griot.Core.Statements;
using Griot.Core.Time;

namespace Griot.Text.Checking;

/// <summary>
/// The pieces of reasons passed to their templates already written (in English): periods of a stance or of a
/// statement held, and dates of interval bounds.
/// </summary>
internal static class ReasonPieces
{
    /// <summary>Stance (or trend) periods: "friendly since 1960; strained from 2020-08-18 to 2021-05-24".</summary>
    public static string Describe(IEnumerable<Statement> periods) =>
        string.Join("; ", periods.Select(s => $"{s.Qualifiers.Get("stance") ?? s.Qualifiers.Get("trend")} {DescribeInterval(s.Valid)}"));

    /// <summary>The intervals of statements: "from 1975-05-28 to 2025-01-29; since 2023-09-16".</summary>
    public static string DescribeAll(IEnumerable<Statement> statements) => string.Join("; ", statements.Select(s => DescribeInterval(s.Valid)));

    /// <summary>One interval: "since 1960", "until 2002", "from before 1990 to 2002", "(no dates)".</summary>
    public static string DescribeInterval(ValidityInterval valid) => (valid.Start.IsOpen, valid.End.IsOpen) switch
    {
        (true, true) => "(no dates)",
        (false, true) => $"since {Bound(valid.Start)}",
        (true, false) => $"until {Bound(valid.End)}",
        _ => $"from {Bound(valid.Start)} to {Bound(valid.End)}",
    };

    /// <summary>A bound's date ("1960-09-22", whether on, after or before it), "?" where unknown, empty where open.</summary>
    public static string GriotDate(IntervalBound bound) => bound.Date is { } d ? d.ToString() : bound.ToString();

    private static string Bound(IntervalBound bound) => bound.ToString().Replace(":", " ", StringComparison.Ordinal);
}

using System.Globalization;
using Griot.Core.Time;

namespace Griot.Store.Json.Contracts;

/// <summary>How days and interval bounds are written on the wire.</summary>
internal static class WireFormat
{
    /// <summary>A whole day, <c>YYYY-MM-DD</c>.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A bound's partial date (<c>2014</c>, <c>2014-02</c>, <c>2014-02-16</c>); null for an open or unknown bound.</summary>
    public static string? Bound(IntervalBound bound) => bound.Kind == BoundKind.Dated ? bound.Date!.Value.ToString() : null;

    /// <summary><c>unknown</c>, <c>after</c> or <c>before</c>; null for an exact or open bound.</summary>
    public static string? Qualifier(IntervalBound bound) => bound switch
    {
        { Kind: BoundKind.Unknown } => "unknown",
        { Kind: BoundKind.Dated, Mark: BoundMark.After } => "after",
        { Kind: BoundKind.Dated, Mark: BoundMark.Before } => "before",
        _ => null,
    };
}

namespace Griot.Core.Time;

/// <summary>What is known of one end of a <see cref="ValidityInterval"/>.</summary>
public enum BoundKind
{
    /// <summary>
    /// There is no bound: as a start, the statement held from the beginning (of the subject, or as far
    /// back as it matters); as an end, it still holds.
    /// </summary>
    Open,

    /// <summary>The bound exists but its date is not known: it may lie anywhere.</summary>
    Unknown,

    /// <summary>The bound lies inside, after or before a <see cref="PartialDate"/> (see <see cref="BoundMark"/>).</summary>
    Dated,
}

/// <summary>How a dated bound relates to its date: on it, after it ("after 2002") or before it.</summary>
public enum BoundMark
{
    On,
    After,
    Before,
}

namespace Griot.Core.Time;

/// <summary>Whether a statement holds on a day, given what is known of its interval's bounds.</summary>
public enum Coverage
{
    /// <summary>The statement cannot hold on the day.</summary>
    None,

    /// <summary>
    /// The statement may hold on the day: the day falls inside the span of a partial, marked or
    /// unknown bound (a start of <c>2014</c> seen from 2014-06-01).
    /// </summary>
    Possible,

    /// <summary>The statement holds on the day whatever the exact dates of its bounds.</summary>
    Certain,
}

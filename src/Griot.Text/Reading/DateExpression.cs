using Griot.Core.Time;

namespace Griot.Text.Reading;

/// <summary>
/// A date phrase of a sentence, tokens <c>[First, Last]</c>: what it says about when a claim holds.
/// <see cref="Date"/> is null where a relative phrase ("earlier this year") could not be resolved
/// because the document's date is not known.
/// </summary>
public readonly record struct DateExpression(int First, int Last, DateRole Role, PartialDate? Date, PartialDate? Until = null)
{
    public bool Resolved => Date is not null;
}

public enum DateRole
{
    /// <summary>"in 2014", "in February 2014", "on 16 February 2014".</summary>
    At,

    /// <summary>"since 1960", "from 1975".</summary>
    Since,

    /// <summary>"after 2002".</summary>
    After,

    /// <summary>"before 1990".</summary>
    Before,

    /// <summary>"until 2022", "to 2022" (the end).</summary>
    Until,

    /// <summary>"between 1975 and 1979", "from 1975 to 1979": <see cref="DateExpression.Date"/> to <see cref="DateExpression.Until"/>.</summary>
    Range,

    /// <summary>"in the 1960s", "since the 1960s": the decade's first year, held from some time in it.</summary>
    Decade,
}

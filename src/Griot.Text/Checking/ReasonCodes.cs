namespace Griot.Text.Checking;

/// <summary>
/// The codes of <see cref="VerdictReason"/>, each with its arguments; the words are the <c>reason.CODE</c> rows of
/// every language pack's <c>words.tsv</c>. Names are people's readable names with their ids ("Mali (MLI)"); dates are
/// Griot's partial dates; <c>periods</c>, <c>was</c>, <c>now</c>, <c>before</c>, <c>after</c> and <c>holders</c> are
/// described periods written in English ("friendly since 1960; strained from 2020-08 to 2021-05").
/// </summary>
public static class ReasonCodes
{
    /// <summary>What a code's key in <c>words.tsv</c> starts with.</summary>
    public const string KeyPrefix = "reason.";

    /// <summary>Not a code: the template (<c>reason.with_note</c>) that writes a note (<c>{note}</c>) after a reason (<c>{reason}</c>).</summary>
    public const string WithNote = "with_note";

    /// <summary>No argument.</summary>
    public const string NothingKnown = "nothing_known";

    /// <summary><c>subject</c>.</summary>
    public const string NoBordersKnown = "no_borders_known";

    /// <summary><c>subject</c>, <c>count</c>, <c>neighbours</c> (ids).</summary>
    public const string NeighbourCount = "neighbour_count";

    /// <summary><c>subject</c>, <c>count</c>, <c>claimed</c> (the count claimed), <c>neighbours</c> (ids).</summary>
    public const string NeighbourCountWrong = "neighbour_count_wrong";

    /// <summary><c>subject</c>, <c>other</c>.</summary>
    public const string SharedBorder = "shared_border";

    /// <summary><c>subject</c>, <c>other</c>, <c>neighbours</c> (the subject's, ids).</summary>
    public const string NoSharedBorder = "no_shared_border";

    /// <summary><c>organization</c>, <c>founders</c> (ids).</summary>
    public const string NotAFounder = "not_a_founder";

    /// <summary><c>organization</c>.</summary>
    public const string NoMembershipKnown = "no_membership_known";

    /// <summary>No argument.</summary>
    public const string NoStanceKnown = "no_stance_known";

    /// <summary><c>stance</c> (claimed), <c>periods</c>.</summary>
    public const string StanceAgrees = "stance_agrees";

    /// <summary><c>was</c> (the periods that agreed), <c>now</c> (those of the claim's time).</summary>
    public const string StanceChanged = "stance_changed";

    /// <summary><c>stance</c> (claimed), <c>periods</c>.</summary>
    public const string StanceConflicts = "stance_conflicts";

    /// <summary>No argument.</summary>
    public const string NoStanceAtTime = "no_stance_at_time";

    /// <summary><c>trend</c>, <c>periods</c> (those marked with it).</summary>
    public const string TrendMarked = "trend_marked";

    /// <summary>No argument.</summary>
    public const string NoStanceAroundChange = "no_stance_around_change";

    /// <summary><c>before</c>, <c>after</c> (periods each side of the change, agreeing with the claimed trend).</summary>
    public const string TrendSeen = "trend_seen";

    /// <summary><c>change</c> (the trend seen), <c>trend</c> (claimed), <c>before</c>, <c>after</c>.</summary>
    public const string TrendDiffers = "trend_differs";

    /// <summary><c>dates</c> (of the founding or coups).</summary>
    public const string EventOn = "event_on";

    /// <summary><c>claimed</c>, <c>dates</c>.</summary>
    public const string EventDateWrong = "event_date_wrong";

    /// <summary>No argument.</summary>
    public const string NoIndependenceKnown = "no_independence_known";

    /// <summary><c>former</c> (id) and <c>date</c>, or <c>independences</c> (several, "FRA on 1960-09-22, …"); <c>other</c> (claimed).</summary>
    public const string IndependenceFromOther = "independence_from_other";

    /// <summary><c>date</c>, <c>recognized</c> (optional), <c>claimed</c>.</summary>
    public const string IndependenceDateWrong = "independence_date_wrong";

    /// <summary><c>former</c>, <c>date</c>, <c>recognized</c> (optional).</summary>
    public const string Independence = "independence";

    /// <summary><c>holders</c> (each with their term).</summary>
    public const string OtherHeadOfState = "other_head_of_state";

    /// <summary><c>dates</c>.</summary>
    public const string Withdrawal = "withdrawal";

    /// <summary><c>claimed</c>, <c>dates</c>.</summary>
    public const string WithdrawalDateWrong = "withdrawal_date_wrong";

    /// <summary><c>day</c>.</summary>
    public const string StillAMember = "still_a_member";

    /// <summary><c>what</c> (one of <see cref="HeldValues"/>), <c>periods</c> (intervals).</summary>
    public const string Held = "held";

    /// <summary><c>what</c>, <c>periods</c>, <c>day</c>; <c>announced</c> (optional) and <c>effective</c> of a withdrawal.</summary>
    public const string NoLongerHeld = "no_longer_held";

    /// <summary><c>what</c>, <c>periods</c>.</summary>
    public const string HeldAtOtherTime = "held_at_other_time";

    /// <summary><c>what</c>, <c>periods</c>, <c>claimed</c> (the start claimed).</summary>
    public const string HeldFromOtherDate = "held_from_other_date";

    /// <summary><c>what</c>, <c>periods</c>, <c>since</c> (the start claimed).</summary>
    public const string HeldSinceLater = "held_since_later";

    /// <summary>Of a conflict: <c>other</c> (id), <c>earlierStance</c>, <c>stance</c>.</summary>
    public const string StanceConflict = "stance_conflict";

    /// <summary>Of a conflict: <c>subject</c>, <c>organization</c> (ids).</summary>
    public const string MemberAndWithdrawn = "member_and_withdrawn";

    /// <summary>Of a conflict and a note: <c>organization</c>, <c>actor</c>.</summary>
    public const string FoundersNamedTwice = "founders_named_twice";

    /// <summary>Of a conflict and a note: <c>organization</c>, and <c>founder</c> (one) or <c>founders</c> (several).</summary>
    public const string FoundersLeftOut = "founders_left_out";

    /// <summary>Every code.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        NothingKnown, NoBordersKnown, NeighbourCount, NeighbourCountWrong, SharedBorder, NoSharedBorder, NotAFounder,
        NoMembershipKnown, NoStanceKnown, StanceAgrees, StanceChanged, StanceConflicts, NoStanceAtTime, TrendMarked,
        NoStanceAroundChange, TrendSeen, TrendDiffers, EventOn, EventDateWrong, NoIndependenceKnown, IndependenceFromOther,
        IndependenceDateWrong, Independence, OtherHeadOfState, Withdrawal, WithdrawalDateWrong, StillAMember, Held,
        NoLongerHeld, HeldAtOtherTime, HeldFromOtherDate, HeldSinceLater, StanceConflict, MemberAndWithdrawn,
        FoundersNamedTwice, FoundersLeftOut,
    ];

    /// <summary>The values of the <c>what</c> argument (what was held), written by <c>reason.what.VALUE</c>.</summary>
    public static IReadOnlyList<string> HeldValues { get; } = ["held", "member", "founding_member", "head_of_state"];
}

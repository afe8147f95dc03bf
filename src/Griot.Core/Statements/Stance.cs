namespace Griot.Core.Statements;

/// <summary>The stance scale of a <c>relation</c>, from alliance to severed relations.</summary>
public enum Stance
{
    Allied,
    Friendly,
    Cordial,
    Neutral,
    Ambivalent,
    Strained,
    Hostile,
    Severed,
}

/// <summary>Direction in which a relation moves during its period.</summary>
public enum Trend
{
    Improving,
    Worsening,
    Stable,
}

public static class StanceScale
{
    /// <summary>The score of a stance: allied +3 down to severed -3; neutral and ambivalent are both 0.</summary>
    public static int Score(this Stance stance) => stance switch
    {
        Stance.Allied => 3,
        Stance.Friendly => 2,
        Stance.Cordial => 1,
        Stance.Neutral or Stance.Ambivalent => 0,
        Stance.Strained => -1,
        Stance.Hostile => -2,
        Stance.Severed => -3,
        _ => throw new ArgumentOutOfRangeException(nameof(stance), stance, null),
    };

    /// <summary>
    /// Two stances towards the same state conflict when their scores differ by 2 or more (over
    /// overlapping time, which the caller checks).
    /// </summary>
    public static bool ConflictsWith(this Stance stance, Stance other) =>
        Math.Abs(stance.Score() - other.Score()) >= 2;
}

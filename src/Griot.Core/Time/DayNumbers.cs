namespace Griot.Core.Time;

/// <summary>Day numbers as <see cref="DateOnly.DayNumber"/> counts them, with the two infinities.</summary>
public static class DayNumbers
{
    /// <summary>Before every day: the start of a statement that held from the beginning.</summary>
    public const int NegativeInfinity = int.MinValue;

    /// <summary>After every day: the end of a statement that still holds.</summary>
    public const int PositiveInfinity = int.MaxValue;
}

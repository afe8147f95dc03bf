namespace Griot.Core;

/// <summary>
/// The outcome of parsing text into a <typeparamref name="T"/>: either the value or a message saying
/// why the text was refused. Expected failures are values, not exceptions.
/// </summary>
public readonly record struct ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, string? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>Why the text was refused; null on success.</summary>
    public string? Error { get; }

    public bool Success => Error is null;

    /// <summary>The parsed value; throws <see cref="FormatException"/> with <see cref="Error"/> on failure.</summary>
    public T Value => Success ? _value! : throw new FormatException(Error);

    public static ParseResult<T> Ok(T value) => new(value, null);

    public static ParseResult<T> Fail(string error) => new(default, error);

    public bool TryGetValue(out T value)
    {
        value = _value!;
        return Success;
    }
}

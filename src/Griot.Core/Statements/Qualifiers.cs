using System.Collections;

namespace Griot.Core.Statements;

/// <summary>
/// The qualifiers of a statement (<c>role=founding_member</c>), ordered by name, compared by value.
/// Written <c>key=value; key=value</c>.
/// </summary>
public sealed class Qualifiers : IReadOnlyDictionary<string, string>, IEquatable<Qualifiers>
{
    private readonly SortedDictionary<string, string> _values;

    private Qualifiers(SortedDictionary<string, string> values) => _values = values;

    public static Qualifiers Empty { get; } = new(new SortedDictionary<string, string>(StringComparer.Ordinal));

    public static Qualifiers Of(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            Preconditions.CheckArgument(!values.ContainsKey(key), nameof(pairs), $"qualifier '{key}' is given twice");
            values[Preconditions.CheckNotBlank(key, nameof(pairs))] = Preconditions.CheckNotBlank(value, nameof(pairs));
        }

        return values.Count == 0 ? Empty : new Qualifiers(values);
    }

    public static Qualifiers Of(params (string Key, string Value)[] pairs) =>
        Of(pairs.Select(p => KeyValuePair.Create(p.Key, p.Value)));

    /// <summary>Parses <c>key=value; key=value</c>; empty text gives no qualifiers.</summary>
    public static ParseResult<Qualifiers> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<Qualifiers>.Ok(Empty);
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == part.Length - 1)
            {
                return ParseResult<Qualifiers>.Fail($"'{part}' is not a qualifier: write key=value");
            }

            var key = part[..eq].Trim();
            if (pairs.Any(p => p.Key == key))
            {
                return ParseResult<Qualifiers>.Fail($"qualifier '{key}' is given twice");
            }

            pairs.Add(KeyValuePair.Create(key, part[(eq + 1)..].Trim()));
        }

        return ParseResult<Qualifiers>.Ok(Of(pairs));
    }

    public string? Get(string key) => _values.GetValueOrDefault(key);

    public Qualifiers With(string key, string value)
    {
        var copy = new SortedDictionary<string, string>(_values, StringComparer.Ordinal) { [key] = value };
        return new Qualifiers(copy);
    }

    public string this[string key] => _values[key];

    public IEnumerable<string> Keys => _values.Keys;

    public IEnumerable<string> Values => _values.Values;

    public int Count => _values.Count;

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(Qualifiers? other) => other is not null && _values.SequenceEqual(other._values);

    public override bool Equals(object? obj) => Equals(obj as Qualifiers);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);

    /// <summary>The written form, keys in order: <c>role=founding_member; stance=friendly</c>.</summary>
    public override string ToString() => string.Join("; ", _values.Select(p => $"{p.Key}={p.Value}"));
}

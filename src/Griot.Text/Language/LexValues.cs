using System.Globalization;

namespace Griot.Text.Language;

/// <summary>
/// The values a lexicon entry gives its phrase: <c>role=founding_member; change</c>. A name without
/// <c>=</c> is a flag. Compared by name, ordinal.
/// </summary>
public sealed class LexValues
{
    private readonly Dictionary<string, string> _values;

    private LexValues(Dictionary<string, string> values) => _values = values;

    public static LexValues None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Parses <c>name=value; flag</c>; null where a part is malformed (an empty name or value).</summary>
    public static LexValues? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return None;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? part : part[..eq].Trim();
            var value = eq < 0 ? "" : part[(eq + 1)..].Trim();
            if (name.Length == 0 || (eq >= 0 && value.Length == 0) || !values.TryAdd(name, value))
            {
                return null;
            }
        }

        return new LexValues(values);
    }

    /// <summary>The value of <paramref name="name"/>, or null where the entry does not give it.</summary>
    public string? Get(string name) => _values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>Whether the entry names <paramref name="name"/>, as a flag or with a value.</summary>
    public bool Has(string name) => _values.ContainsKey(name);

    public int? Int(string name) =>
        Get(name) is { } text && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    public IEnumerable<string> Names => _values.Keys;

    public override string ToString() => string.Join("; ", _values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Value.Length == 0 ? v.Key : $"{v.Key}={v.Value}"));
}

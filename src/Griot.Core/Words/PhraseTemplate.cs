using System.Text;

namespace Griot.Core.Words;

/// <summary>
/// The phrase templates of the language packs' <c>words.tsv</c>, the same syntax for every front end (the web UI
/// renders them in <c>js/words.js</c>): <c>{name}</c> is replaced by an argument; <c>[…]</c> is kept only when every
/// placeholder inside it has a value. A template is usable when every placeholder outside brackets has one.
/// </summary>
public static class PhraseTemplate
{
    /// <summary>The phrase, or null when a placeholder outside brackets has no value.</summary>
    public static string? Render(string template, Func<string, string?> argument)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(argument);
        var text = new StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            if (template[i] == '[' && template.IndexOf(']', i) is var close and > 0)
            {
                if (Fill(template[(i + 1)..close], argument) is { } optional)
                {
                    text.Append(optional);
                }

                i = close + 1;
                continue;
            }

            var next = template.IndexOf('[', i);
            var end = next < 0 ? template.Length : next;
            if (Fill(template[i..end], argument) is not { } part)
            {
                return null;
            }

            text.Append(part);
            i = end;
        }

        return text.ToString();
    }

    /// <summary>The first of <paramref name="templates"/> that can be rendered, rendered; null when none can.</summary>
    public static string? First(IEnumerable<string> templates, Func<string, string?> argument) =>
        templates.Select(t => Render(t, argument)).FirstOrDefault(t => t is not null);

    private static string? Fill(string part, Func<string, string?> argument)
    {
        var text = new StringBuilder();
        var i = 0;
        while (i < part.Length)
        {
            var open = part.IndexOf('{', i);
            var close = open < 0 ? -1 : part.IndexOf('}', open);
            if (close < 0)
            {
                text.Append(part, i, part.Length - i);
                break;
            }

            text.Append(part, i, open - i);
            if (argument(part[(open + 1)..close]) is not { Length: > 0 } value)
            {
                return null;
            }

            text.Append(value);
            i = close + 1;
        }

        return text.ToString();
    }
}

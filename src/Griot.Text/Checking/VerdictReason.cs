using Griot.Core.Words;
using Griot.Text.Language;

namespace Griot.Text.Checking;

/// <summary>
/// Why the checker gave a verdict (or found a conflict), as a code with arguments that each front end puts into words
/// from its language pack: the templates of <c>reason.CODE</c> in <c>words.tsv</c> (<see cref="PhraseTemplate"/>,
/// several rows of one key tried in order, the first whose arguments are all given is used). An argument is written
/// as its value, except <c>stance</c> and <c>earlierStance</c> (the pack's <c>stance.VALUE</c>), <c>trend</c> and
/// <c>change</c> (<c>trend.VALUE</c>) and <c>what</c> (<c>reason.what.VALUE</c>). <see cref="Notes"/> are further
/// reasons written after the first by the template <c>reason.with_note</c> (a founding claim's wrong list of founders).
/// </summary>
public sealed record VerdictReason
{
    private static readonly Lazy<Phrasebook> EnglishWords = new(() => LanguageSet.Bundled.Find("en")?.Words ?? Phrasebook.Empty);

    /// <exception cref="InvalidOperationException">The English pack has no template of <paramref name="code"/> that these arguments fill (a bug).</exception>
    public VerdictReason(string code, IReadOnlyDictionary<string, string> arguments, IReadOnlyList<VerdictReason>? notes = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentNullException.ThrowIfNull(arguments);
        Code = code;
        Arguments = arguments;
        Notes = notes ?? [];
        Text = Render(EnglishWords.Value)
            ?? throw new InvalidOperationException($"no English template of reason.{code} fits the arguments {string.Join(", ", arguments.Keys)}");
    }

    /// <summary>One of <see cref="ReasonCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The values the reason's templates are filled with, by placeholder name.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; }

    /// <summary>Reasons written after this one (empty for most).</summary>
    public IReadOnlyList<VerdictReason> Notes { get; }

    /// <summary>The reason in English, notes included.</summary>
    public string Text { get; }

    /// <summary>A reason from its code and arguments; arguments whose value is null are left out.</summary>
    public static VerdictReason Of(string code, params (string Name, string? Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            if (value is not null)
            {
                values[name] = value;
            }
        }

        return new VerdictReason(code, values);
    }

    /// <summary>This reason with <paramref name="note"/> written after it.</summary>
    public VerdictReason WithNote(VerdictReason note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new VerdictReason(Code, Arguments, [.. Notes, note]);
    }

    /// <summary>This reason with more arguments (those of the same name replaced).</summary>
    public VerdictReason With(params (string Name, string? Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var values = new Dictionary<string, string>(Arguments, StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            if (value is not null)
            {
                values[name] = value;
            }
        }

        return new VerdictReason(Code, values, Notes);
    }

    /// <summary>The reason, notes included, in the language of <paramref name="words"/>; null where it has no template that fits.</summary>
    public string? Render(Phrasebook words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (RenderOne(words) is not { } text)
        {
            return null;
        }

        foreach (var note in Notes)
        {
            var (reason, more) = (text, note.Render(words));
            if (more is null || !words.Entries.TryGetValue(ReasonCodes.KeyPrefix + ReasonCodes.WithNote, out var templates)
                || PhraseTemplate.First(templates, name => name switch { "reason" => reason, "note" => more, _ => null }) is not { } joined)
            {
                return null;
            }

            text = joined;
        }

        return text;
    }

    private string? RenderOne(Phrasebook words)
    {
        string? Argument(string name)
        {
            if (!Arguments.TryGetValue(name, out var value))
            {
                return null;
            }

            var key = name switch
            {
                "stance" or "earlierStance" => "stance.",
                "trend" or "change" => "trend.",
                "what" => "reason.what.",
                _ => null,
            };
            return key is null ? value : words.Word(key + value) ?? value;
        }

        return words.Entries.TryGetValue(ReasonCodes.KeyPrefix + Code, out var templates) ? PhraseTemplate.First(templates, Argument) : null;
    }
}

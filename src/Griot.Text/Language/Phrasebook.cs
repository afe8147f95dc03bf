using Griot.Core.Words;

namespace Griot.Text.Language;

/// <summary>
/// The words Griot writes in one language, from its pack's <c>words.tsv</c> (key, text): a claim or statement as a
/// sentence (<c>claim.PREDICATE</c>, templates tried in order, see <see cref="PhraseTemplate"/>), and the labels of
/// predicates, stances, trends, membership roles and diplomatic acts. One table serves every front end: the command
/// line and the API read it here, the web UI from <c>/api/vocabulary</c>.
/// </summary>
public sealed class Phrasebook
{
    /// <summary>The file of a language folder that holds its written words.</summary>
    public const string FileName = "words.tsv";

    private readonly Dictionary<string, List<string>> _entries;

    private Phrasebook(Dictionary<string, List<string>> entries) => _entries = entries;

    public static Phrasebook Empty { get; } = new([]);

    /// <summary>Every key with its texts, in the file's order.</summary>
    public IReadOnlyDictionary<string, List<string>> Entries => _entries;

    /// <summary>The text of <paramref name="key"/> (its first, where there are several), or null.</summary>
    public string? Word(string key) => _entries.TryGetValue(key, out var texts) ? texts[0] : null;

    /// <summary>
    /// A claim or statement as a sentence: <paramref name="subject"/> and <paramref name="object"/> as given (names),
    /// each qualifier put into words (<c>role</c> by <c>role.*</c>, <c>stance</c>, <c>trend</c>, <c>act</c> by their
    /// keys, any other with its underscores as spaces); null when the language has no template that fits.
    /// </summary>
    public string? Claim(string predicate, string subject, string? @object, IReadOnlyDictionary<string, string> qualifiers)
    {
        ArgumentNullException.ThrowIfNull(qualifiers);
        string? Argument(string name) => name switch
        {
            "subject" => subject,
            "object" => @object,
            "role" => Word("role." + qualifiers.GetValueOrDefault("role", "member")),
            "stance" or "trend" or "act" => qualifiers.TryGetValue(name, out var value) ? Word($"{name}.{value}") ?? value.Replace('_', ' ') : null,
            _ => qualifiers.TryGetValue(name, out var other) ? other.Replace('_', ' ') : null,
        };

        return _entries.TryGetValue("claim." + predicate, out var templates) ? PhraseTemplate.First(templates, Argument) : null;
    }

    internal static Phrasebook Read(string path, IEnumerable<(int Line, string[] Cells)> rows, List<string> problems)
    {
        var entries = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (line, cells) in rows)
        {
            if (cells.Length < 2 || cells[0].Length == 0 || cells[1].Length == 0)
            {
                problems.Add($"{path}:{line}: write a key and its text, separated by a tab");
                continue;
            }

            if (cells[1].Count(c => c == '{') != cells[1].Count(c => c == '}') || cells[1].Count(c => c == '[') != cells[1].Count(c => c == ']'))
            {
                problems.Add($"{path}:{line}: the braces or brackets of '{cells[1]}' do not pair");
                continue;
            }

            if (!entries.TryGetValue(cells[0], out var texts))
            {
                entries[cells[0]] = texts = [];
            }

            texts.Add(cells[1]);
        }

        return new Phrasebook(entries);
    }
}

using System.Reflection;
using Griot.Text.Reading;

namespace Griot.Text.Language;

/// <summary>
/// The languages Griot reads, loaded from <c>data/language/CODE/</c>: <c>language.tsv</c> (the code, name and
/// settings) and lexicon files (<c>class</c>, <c>phrase</c>, <c>values</c>). A phrase is words separated by
/// spaces, written as in text (case and accents do not matter); <c> | </c> separates whole phrases of one
/// entry, <c>a|b</c> (no spaces) gives alternatives for one word and a trailing <c>*</c> makes a word a prefix
/// (<c>retir*</c>). Adding a language is adding a folder.
/// </summary>
public sealed class LanguageSet
{
    private const int MaxExpansions = 512;
    private static readonly Lazy<LanguageSet> BundledSet = new(LoadBundled);

    private readonly Dictionary<string, LanguagePack> _byCode;

    private LanguageSet(IReadOnlyList<LanguagePack> packs, Tokenizer tokenizer)
    {
        Packs = packs;
        Tokenizer = tokenizer;
        _byCode = packs.ToDictionary(p => p.Code, StringComparer.Ordinal);
        Detector = new LanguageDetector(packs);
        Abbreviations = packs.SelectMany(p => p.Lexicon.Abbreviations).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The abbreviations of every language: a dot after one does not end a sentence, whatever the language.</summary>
    public IReadOnlySet<string> Abbreviations { get; }

    /// <summary>The languages shipped inside Griot (from <c>data/language/</c> at build time).</summary>
    public static LanguageSet Bundled => BundledSet.Value;

    public IReadOnlyList<LanguagePack> Packs { get; }

    /// <summary>One tokenizer for every language: it knows the elided words of all of them (<c>l'</c>, <c>d'</c>).</summary>
    public Tokenizer Tokenizer { get; }

    public LanguageDetector Detector { get; }

    /// <summary>The language read where nothing tells which: English where there is one, else the first.</summary>
    public LanguagePack Default => _byCode.TryGetValue("en", out var en) ? en : Packs[0];

    public LanguagePack? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Loads every language folder under <paramref name="directory"/> (<c>data/language</c>).</summary>
    /// <exception cref="LexiconException">A file is malformed; every problem is named by file and line.</exception>
    public static LanguageSet Load(string directory)
    {
        var files = Directory.EnumerateDirectories(directory)
            .Order(StringComparer.Ordinal)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.tsv").Order(StringComparer.Ordinal)
                .Select(f => new SourceFile(Path.GetFileName(dir), Path.Join("data/language", Path.GetFileName(dir), Path.GetFileName(f)), File.ReadAllText(f))))
            .ToList();
        return Build(files);
    }

    private static LanguageSet LoadBundled()
    {
        var assembly = typeof(LanguageSet).Assembly;
        var files = new List<SourceFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("language/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var parts = name.Split('/');
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files.Add(new SourceFile(parts[1], "data/" + name, reader.ReadToEnd()));
        }

        return Build(files);
    }

    private static LanguageSet Build(List<SourceFile> files)
    {
        var problems = new List<string>();
        var byLanguage = files.GroupBy(f => f.Language, StringComparer.Ordinal).ToList();
        if (byLanguage.Count == 0)
        {
            throw new LexiconException(["no language folder was found"]);
        }

        var entries = new Dictionary<string, List<RawEntry>>(StringComparer.Ordinal);
        var settings = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var phrasebooks = new Dictionary<string, Phrasebook>(StringComparer.Ordinal);
        foreach (var language in byLanguage)
        {
            entries[language.Key] = [];
            var about = language.FirstOrDefault(f => f.Path.EndsWith("/language.tsv", StringComparison.Ordinal));
            if (about is null)
            {
                problems.Add($"data/language/{language.Key}: language.tsv is missing (it gives the language's code and name)");
                continue;
            }

            settings[language.Key] = ReadSettings(about, problems);
            var words = language.FirstOrDefault(f => f.Path.EndsWith("/" + Phrasebook.FileName, StringComparison.Ordinal));
            phrasebooks[language.Key] = words is null ? Phrasebook.Empty : Phrasebook.Read(words.Path, Rows(words, ["key", "text"], problems), problems);
            foreach (var file in language.Where(f => f != about && f != words))
            {
                entries[language.Key].AddRange(ReadEntries(file, problems));
            }
        }

        var elisions = entries.Values.SelectMany(e => e).Where(e => e.Class == WordClasses.Elision)
            .SelectMany(e => Alternatives(e.Phrase)).Select(a => Tokenizer.Normalize(a)).ToHashSet(StringComparer.Ordinal);
        var tokenizer = new Tokenizer(elisions);
        var packs = new List<LanguagePack>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, list) in entries)
        {
            if (!settings.TryGetValue(code, out var values))
            {
                continue;
            }

            var lexicon = new Lexicon();
            foreach (var entry in list)
            {
                foreach (var words in Expand(entry, tokenizer, problems))
                {
                    lexicon[entry.Class].Add(words, entry.Values);
                    known.UnionWith(words.Where(w => !w.Prefix).Select(w => w.Text));
                }
            }

            // Adverbs that may stand inside any phrase ("s'était déjà retiré").
            var skippable = list.Where(e => e.Class == WordClasses.PhraseSkip).SelectMany(e => Alternatives(e.Phrase)).Select(w => Tokenizer.Normalize(w)).ToHashSet(StringComparer.Ordinal);
            foreach (var @class in lexicon.Classes.Where(c => c.Name != WordClasses.PhraseSkip))
            {
                @class.Phrases.Skippable = skippable;
            }

            foreach (var word in list.Where(e => e.Class == WordClasses.Abbreviation).SelectMany(e => Alternatives(e.Phrase)))
            {
                lexicon.AddAbbreviation(Tokenizer.Normalize(word));
            }

            packs.Add(new LanguagePack(code, values.GetValueOrDefault("name", code), lexicon, values, phrasebooks[code]));
        }

        if (problems.Count > 0)
        {
            throw new LexiconException(problems);
        }

        // Number every word of the lexicons, and the first letters of each prefix, so that tokens are matched by number.
        var stems = packs.SelectMany(p => p.Lexicon.Classes).SelectMany(c => c.Phrases.Words).Where(w => w.Prefix && w.Text.Length >= Tokenizer.StemLength).Select(w => w.Text[..Tokenizer.StemLength]);
        tokenizer.Know(known, stems);
        foreach (var @class in packs.SelectMany(p => p.Lexicon.Classes))
        {
            @class.Bind(tokenizer);
        }

        return new LanguageSet(packs, tokenizer);
    }

    /// <summary>The one-word alternatives of an entry of single words ("l'|d'|qu'"), as written.</summary>
    private static IEnumerable<string> Alternatives(string phrase) =>
        phrase.Split(" | ", StringSplitOptions.TrimEntries).SelectMany(p => p.Split('|', StringSplitOptions.TrimEntries)).Where(a => a.Length > 0);

    private static Dictionary<string, string> ReadSettings(SourceFile file, List<string> problems)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, cells) in Rows(file, ["key", "value"], problems))
        {
            if (cells.Length < 2 || cells[0].Length == 0 || cells[1].Length == 0)
            {
                problems.Add($"{file.Path}:{line}: write a key and its value, separated by a tab");
            }
            else if (!values.TryAdd(cells[0], cells[1]))
            {
                problems.Add($"{file.Path}:{line}: '{cells[0]}' is given twice");
            }
        }

        if (values.GetValueOrDefault("code") != file.Language)
        {
            problems.Add($"{file.Path}: the code must be the folder's name, '{file.Language}'");
        }

        return values;
    }

    private static IEnumerable<RawEntry> ReadEntries(SourceFile file, List<string> problems)
    {
        foreach (var (line, cells) in Rows(file, ["class", "phrase", "values"], problems))
        {
            var @class = cells[0];
            var phrase = cells.Length > 1 ? cells[1] : "";
            if (!WordClasses.All.Contains(@class))
            {
                problems.Add($"{file.Path}:{line}: '{@class}' is not a word class (see WordClasses)");
                continue;
            }

            if (phrase.Trim().Length == 0)
            {
                problems.Add($"{file.Path}:{line}: the phrase is empty");
                continue;
            }

            if (LexValues.Parse(cells.Length > 2 ? cells[2] : null) is not { } values)
            {
                problems.Add($"{file.Path}:{line}: values must read name=value; flag (got '{cells[2]}')");
                continue;
            }

            yield return new RawEntry(@class, phrase, values, file.Path, line);
        }
    }

    /// <summary>The data rows of a tab-separated file after its header, skipping blank lines and # comments.</summary>
    private static IEnumerable<(int Line, string[] Cells)> Rows(SourceFile file, string[] header, List<string> problems)
    {
        var lines = file.Text.Split('\n');
        var seenHeader = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].TrimEnd('\r');
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var cells = text.Split('\t').Select(c => c.Trim()).ToArray();
            if (!seenHeader)
            {
                seenHeader = true;
                if (!cells.Take(header.Length).SequenceEqual(header.Take(cells.Length)) || cells.Length < header.Length - 1)
                {
                    problems.Add($"{file.Path}:{i + 1}: the header must be {string.Join(" | ", header)} (tab-separated)");
                    yield break;
                }

                continue;
            }

            yield return (i + 1, cells);
        }
    }

    /// <summary>The phrases an entry stands for: its phrases (separated by " | ") and their word alternatives multiplied out, each tokenized as text is.</summary>
    private static List<PhraseWord[]> Expand(RawEntry entry, Tokenizer tokenizer, List<string> problems) =>
        entry.Phrase.Split(" | ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(phrase => Expand(entry, phrase, tokenizer, problems))
            .ToList();

    private static List<PhraseWord[]> Expand(RawEntry entry, string phrase, Tokenizer tokenizer, List<string> problems)
    {
        var variants = new List<List<string>> { new() };
        foreach (var spec in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var alternatives = spec.Split('|');
            if (alternatives.Any(a => a.Length == 0))
            {
                problems.Add($"{entry.File}:{entry.Line}: '{spec}' has an empty alternative");
                return [];
            }

            variants = variants.SelectMany(v => alternatives.Select(a => new List<string>(v) { a })).ToList();
            if (variants.Count > MaxExpansions)
            {
                problems.Add($"{entry.File}:{entry.Line}: '{phrase}' stands for more than {MaxExpansions} phrases");
                return [];
            }
        }

        var phrases = new List<PhraseWord[]>();
        foreach (var variant in variants)
        {
            var words = new List<PhraseWord>();
            foreach (var word in variant)
            {
                words.AddRange(Words(word, tokenizer));
            }

            if (words.Count == 0)
            {
                problems.Add($"{entry.File}:{entry.Line}: '{phrase}' has no word");
                return [];
            }

            if (words[0].Prefix && words[0].Text.Length < 3)
            {
                problems.Add($"{entry.File}:{entry.Line}: the prefix '{words[0]}' is shorter than 3 characters");
                return [];
            }

            phrases.Add(words.ToArray());
        }

        return phrases;
    }

    private static IEnumerable<PhraseWord> Words(string word, Tokenizer tokenizer)
    {
        var prefix = word.Length > 1 && word.EndsWith('*');
        var text = prefix ? word[..^1] : word;
        if (text is "'s" or "’s")
        {
            return [new PhraseWord("'s", false)];
        }

        var tokens = tokenizer.Tokenize(text, 0, text.Length);
        return tokens.Select((t, k) => new PhraseWord(t.Norm, prefix && k == tokens.Count - 1));
    }

    private sealed record SourceFile(string Language, string Path, string Text);

    private sealed record RawEntry(string Class, string Phrase, LexValues Values, string File, int Line);
}

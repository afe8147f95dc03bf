namespace Griot.Text.Language;

/// <summary>The word classes of one language, every class of <see cref="WordClasses"/> present (empty where the language gives no words).</summary>
public sealed class Lexicon
{
    private readonly Dictionary<string, WordClass> _classes;

    // The same classes by the identity of their names' interned strings: the constants of WordClasses that rules
    // pass are found without hashing the name's characters.
    private readonly Dictionary<string, WordClass> _byConstant;

    internal Lexicon()
    {
        _classes = WordClasses.All.ToDictionary(name => name, name => new WordClass(name), StringComparer.Ordinal);
        _byConstant = _classes.ToDictionary(c => string.Intern(c.Key), c => c.Value, (IEqualityComparer<string>)ReferenceEqualityComparer.Instance);
    }

    /// <exception cref="ArgumentException"><paramref name="name"/> is not a class of <see cref="WordClasses"/>.</exception>
    public WordClass this[string name] =>
        _byConstant.TryGetValue(name, out var c) || _classes.TryGetValue(name, out c) ? c : throw new ArgumentException($"'{name}' is not a word class", nameof(name));

    public IEnumerable<WordClass> Classes => _classes.Values;

    private readonly HashSet<string> _abbreviations = new(StringComparer.Ordinal);

    /// <summary>Words before a dot that does not end a sentence, as written before the dot, in normal form (<c>e.g</c>, <c>mme</c>).</summary>
    public IReadOnlySet<string> Abbreviations => _abbreviations;

    internal void AddAbbreviation(string word) => _abbreviations.Add(word);
}

/// <summary>One language Griot reads: its code (<c>en</c>, <c>fr</c>), name, lexicon and reading settings.</summary>
public sealed class LanguagePack
{
    internal LanguagePack(string code, string name, Lexicon lexicon, IReadOnlyDictionary<string, string> settings, Phrasebook words)
    {
        Code = code;
        Name = name;
        Lexicon = lexicon;
        Settings = settings;
        Words = words;
    }

    /// <summary>The words Griot writes in this language (<c>words.tsv</c>): claims as sentences, labels.</summary>
    public Phrasebook Words { get; }

    /// <summary>ISO 639-1 code, lower case.</summary>
    public string Code { get; }

    /// <summary>The language's name in English.</summary>
    public string Name { get; }

    public Lexicon Lexicon { get; }

    /// <summary>The settings of <c>language.tsv</c> beside the code and name.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>Demonyms written in lower case still name their state ("les troupes françaises").</summary>
    public bool LowercaseDemonyms => Setting("lowercase-demonyms");

    /// <summary>Month names are capitalized, so that a lower-case one is another word ("may", "march").</summary>
    public bool MonthsCapitalized => Setting("capitalized-months");

    /// <summary>Whether a yes-or-no setting of <c>language.tsv</c> is <c>yes</c> ("adjectives-after-noun").</summary>
    public bool Has(string setting) => Settings.TryGetValue(setting, out var v) && v == "yes";

    private bool Setting(string name) => Has(name);

    public override string ToString() => Code;
}

/// <summary>A lexicon file does not say what it must; the message names the file and line.</summary>
public sealed class LexiconException(IReadOnlyList<string> problems)
    : Exception(problems.Count == 1 ? problems[0] : $"{problems.Count} problems in the language files; first: {problems[0]}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

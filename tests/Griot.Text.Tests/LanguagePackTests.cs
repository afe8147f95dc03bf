using Griot.Testing;
using Griot.Text.Claims;
using Griot.Text.Documents;
using Griot.Text.Language;
using Griot.Text.Reading;

namespace Griot.Text.Tests;

/// <summary>
/// Languages as data: packs loaded from <c>data/language</c>, bad files named by file and line, a third language
/// added by files alone, and phrases matched by word classes.
/// </summary>
public sealed class LanguagePackTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private static string LanguageData => Path.Join(TestData.DataDirectory, "language");

    /// <summary>A copy of the bundled packs in a scratch folder, for packs to be added or broken.</summary>
    private static ScratchFolder CopyOfBundled()
    {
        var folder = new ScratchFolder();
        foreach (var file in Directory.EnumerateFiles(LanguageData, "*.tsv", SearchOption.AllDirectories))
        {
            var target = Path.Join(folder.Path, Path.GetRelativePath(LanguageData, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }

    [Fact]
    public void Load_BundledFolder_SameLanguagesAsEmbedded()
    {
        var loaded = LanguageSet.Load(LanguageData);

        Assert.Equal(LanguageSet.Bundled.Packs.Select(p => p.Code).Order(), loaded.Packs.Select(p => p.Code).Order());
        Assert.Equal(["en", "fr"], loaded.Packs.Select(p => p.Code).Order());
        Assert.Equal("French", loaded.Find("fr")!.Name);
    }

    [Fact]
    public void Load_UnknownClassAndBadValues_EveryProblemNamedByFileAndLine()
    {
        using var folder = CopyOfBundled();
        var claims = Path.Join(folder.Path, "fr", "claims.tsv");
        File.AppendAllLines(claims, ["membre.inconnu\tfait partie de", "border\t\tpair", "border\tvoisin|\tpair"]);
        var lines = File.ReadAllLines(claims).Length;

        var error = Assert.Throws<LexiconException>(() => LanguageSet.Load(folder.Path));

        Assert.Contains(error.Problems, p => p.EndsWith($"claims.tsv:{lines - 2}: 'membre.inconnu' is not a word class (see WordClasses)", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.EndsWith($"claims.tsv:{lines - 1}: the phrase is empty", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains($"claims.tsv:{lines}: 'voisin|' has an empty alternative", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_LanguageWithoutItsSettings_Refused()
    {
        using var folder = CopyOfBundled();
        Directory.CreateDirectory(Path.Join(folder.Path, "es"));
        File.WriteAllText(Path.Join(folder.Path, "es", "reading.tsv"), "class\tphrase\tvalues\ndetect\tel|la|de\t\n");

        var error = Assert.Throws<LexiconException>(() => LanguageSet.Load(folder.Path));

        Assert.Contains(error.Problems, p => p.Contains("language.tsv is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ThirdLanguage_ReadByTheSameRules()
    {
        // Spanish, from files alone: its function words, its border verb, its list words.
        using var folder = CopyOfBundled();
        var es = Path.Join(folder.Path, "es");
        Directory.CreateDirectory(es);
        File.WriteAllText(Path.Join(es, "language.tsv"), "key\tvalue\ncode\tes\nname\tEspañol\n");
        File.WriteAllText(Path.Join(es, "reading.tsv"), string.Join('\n',
            "class\tphrase\tvalues",
            "detect\tel|la|los|las|de|del|y|es|con|en|que|por|un|una",
            "coordination\t,|y|e",
            "list.glue\t,|y|e|el|la|los|las|con",
            "clause.break\t.|;|que|porque|aunque",
            "tense.present\tes|son|limita|limitan",
            "") + "\n");
        File.WriteAllText(Path.Join(es, "claims.tsv"), "class\tphrase\tvalues\nborder\tlimita|limitan con | comparte frontera con\t\n");
        var languages = LanguageSet.Load(folder.Path);
        var extractor = new ClaimExtractor(fixture.Gazetteer, languages);

        var result = extractor.Extract(Document.FromText("El Níger limita con Nigeria, con Benín y con el Chad, y es uno de los países más extensos de la región."));

        Assert.Equal("es", result.Language);
        Assert.Equal(["NER borders BEN", "NER borders NGA", "NER borders TCD"], result.Claims.Select(c => $"{c.Subject} {c.Predicate.Id} {c.Object}").Order());
    }

    [Theory]
    [InlineData("Le Mali s'était déjà retiré du G5 Sahel.", "withdraw")]
    [InlineData("Le Niger a quitté la CEDEAO.", "withdraw")]
    [InlineData("Mali has also joined the AES.", "member")]
    public void WordClass_PhrasesWithPrefixesAndAdverbsBetween_Match(string sentence, string wordClass)
    {
        var tokens = LanguageSet.Bundled.Tokenizer.Tokenize(sentence, 0, sentence.Length);
        var pack = LanguageSet.Bundled.Detector.Detect(tokens)!;

        Assert.True(pack.Lexicon[wordClass].FindIn(tokens, 0, tokens.Count) >= 0, $"no {wordClass} phrase in \"{sentence}\"");
    }

    [Fact]
    public void Tokenizer_NumbersLexiconWords_AndNotOthers()
    {
        var tokens = LanguageSet.Bundled.Tokenizer.Tokenize("Mali withdrew from l'Union", 0, 26);

        Assert.Equal(["mali", "withdrew", "from", "l'", "union"], tokens.Select(t => t.Norm));
        Assert.True(tokens[1].Word > 0);
        Assert.True(tokens[3].Word > 0);
        Assert.Equal(-1, tokens[0].Word);
    }

    [Fact]
    public void Detect_FunctionWords_TellTheLanguage()
    {
        var detector = LanguageSet.Bundled.Detector;
        var tokenizer = LanguageSet.Bundled.Tokenizer;
        const string french = "Le pays est membre de la Communauté et il a des relations avec ses voisins.";
        const string english = "The country is a member of the community and it has relations with its neighbours.";

        Assert.Equal("fr", detector.Detect(tokenizer.Tokenize(french, 0, french.Length))!.Code);
        Assert.Equal("en", detector.Detect(tokenizer.Tokenize(english, 0, english.Length))!.Code);
    }
}

/// <summary>The words Griot writes (words.tsv): every predicate can be said in every language, with its qualifiers.</summary>
public sealed class PhrasebookTests
{
    private static readonly Dictionary<string, string> None = [];

    [Theory]
    [InlineData("en", "member_of", "role=founding_member", "Mali is a founding member of ECOWAS")]
    [InlineData("en", "member_of", "", "Mali is a member of ECOWAS")]
    [InlineData("en", "relation", "stance=hostile;trend=worsening", "Mali has hostile relations with ECOWAS (worsening)")]
    [InlineData("en", "diplomatic_act", "act=ambassador_expelled", "Mali expelled the ambassador of ECOWAS")]
    [InlineData("fr", "member_of", "role=founding_member", "Mali est membre fondateur de ECOWAS")]
    [InlineData("fr", "relation", "stance=hostile", "Mali a des relations hostiles avec ECOWAS")]
    public void Claim_PutsTheStatementAndItsQualifiersIntoWords(string language, string predicate, string qualifiers, string expected)
    {
        var words = LanguageSet.Bundled.Find(language)!.Words;
        var values = qualifiers.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(q => q.Split('=')).ToDictionary(q => q[0], q => q[1]);

        Assert.Equal(expected, words.Claim(predicate, "Mali", "ECOWAS", values));
    }

    [Fact]
    public void EveryPredicate_HasAClaimAndALabel_InEveryLanguage()
    {
        foreach (var pack in LanguageSet.Bundled.Packs)
        {
            foreach (var predicate in Core.Statements.Predicate.All)
            {
                Assert.NotNull(pack.Words.Word("predicate." + predicate.Id));
                Assert.NotNull(pack.Words.Claim(predicate.Id, "A", "B", None));
            }
        }
    }
}

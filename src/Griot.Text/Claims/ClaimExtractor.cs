using Griot.Core.Actors;
using Griot.Text.Claims.Rules;
using Griot.Text.Documents;
using Griot.Text.Reading;

namespace Griot.Text.Claims;

/// <summary>Options of one extraction.</summary>
/// <param name="MainSubject">The state the document is about; found from the text where not given.</param>
/// <param name="DocumentDate">When the document was written: relative dates ("last year") resolve against it.</param>
public sealed record ExtractionOptions(string? MainSubject = null, DateOnly? DocumentDate = null);

/// <summary>
/// Reads the claims a document makes: splits it into sentences, finds actors and dates, resolves "it" and
/// "the country" to the document's main subject, and runs each claim rule on each sentence. Thread-safe:
/// one extractor serves many documents at once.
/// </summary>
public sealed class ClaimExtractor
{
    private static readonly IClaimRule[] Rules =
    [
        new FoundingRule(), new MembershipRule(), new WithdrawalRule(), new BordersRule(), new RelationRule(), new SupportRule(),
        new IndependenceRule(), new PresenceRule(), new SecurityConcernRule(), new ForeignPolicyRule(), new LeaderRule(), new CoupRule(),
    ];

    private static readonly PhraseTable<bool> Anaphors = new PhraseTable<bool>()
        .Add(true, "it", "its", "itself", "the country", "the country's", "this country", "the nation", "the nation's",
            "the government", "the state's", "the republic", "the landlocked country", "the sahelian country", "le pays");

    private readonly Gazetteer _gazetteer;

    public ClaimExtractor(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
    }

    /// <summary>An extractor that knows every actor of the store by all its names.</summary>
    public static async Task<ClaimExtractor> FromStoreAsync(Store.IKnowledgeStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var ids = await store.ListActorsAsync(cancellationToken);
        var actors = await store.GetActorsAsync(ids.Select(a => a.Id), cancellationToken);
        return new ClaimExtractor(Gazetteer.Build(actors.Values));
    }

    public ExtractionResult Extract(Document document, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= new ExtractionOptions();
        var text = document.Text;
        var sentences = SentenceSplitter.Split(text);
        var read = new List<(Sentence Sentence, List<Token> Tokens, List<Mention> Mentions)>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var tokens = Tokenizer.Tokenize(text, sentence.Start, sentence.End);
            read.Add((sentence, tokens, _gazetteer.Find(text, tokens)));
        }

        var mainSubject = options.MainSubject ?? MainSubjectOf(read.Select(r => r.Mentions));
        var sink = new ClaimSink();
        foreach (var (sentence, tokens, mentions) in read)
        {
            if (mainSubject is not null)
            {
                AddAnaphors(tokens, mentions, mainSubject);
            }

            // A question asks; it claims nothing.
            if (tokens.Count > 0 && tokens[^1].Is("?"))
            {
                continue;
            }

            var context = new SentenceContext(text, sentence, tokens, mentions, DateFinder.Find(tokens, options.DocumentDate), mainSubject);
            foreach (var rule in Rules)
            {
                rule.Apply(context, sink);
            }
        }

        return new ExtractionResult(document, sentences, sink.Claims, sink.FounderLists, mainSubject, options.DocumentDate);
    }

    /// <summary>The state named most often (first named on a tie), or none.</summary>
    private static string? MainSubjectOf(IEnumerable<List<Mention>> mentions)
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var order = 0;
        foreach (var m in mentions.SelectMany(m => m).Where(m => m.Kind == ActorKind.State))
        {
            counts[m.ActorId] = counts.TryGetValue(m.ActorId, out var c) ? (c.Count + 1, c.First) : (1, order++);
        }

        return counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).First().Key;
    }

    private static void AddAnaphors(List<Token> tokens, List<Mention> mentions, string mainSubject)
    {
        var added = false;
        foreach (var (index, length, _) in Anaphors.FindAll(tokens))
        {
            if (!mentions.Exists(m => m.First <= index + length - 1 && index <= m.Last))
            {
                mentions.Add(new Mention(index, index + length - 1, mainSubject, ActorKind.State, MentionType.Anaphor));
                added = true;
            }
        }

        if (added)
        {
            mentions.Sort((a, b) => a.First.CompareTo(b.First));
        }
    }
}

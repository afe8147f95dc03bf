using Griot.Core.Actors;
using Griot.Text.Claims.Rules;
using Griot.Text.Documents;
using Griot.Text.Language;
using Griot.Text.Reading;

namespace Griot.Text.Claims;

/// <summary>Options of one extraction.</summary>
/// <param name="MainSubject">The state the document is about; found from its title or first sentences where not given.</param>
/// <param name="DocumentDate">When the document was written: relative dates ("last year") resolve against it.</param>
/// <param name="Language">The language to read the document in (<c>en</c>, <c>fr</c>); told from the text where not given.</param>
/// <param name="Explain">Keep how each sentence was read (<see cref="ExtractionResult.Readings"/>).</param>
public sealed record ExtractionOptions(string? MainSubject = null, DateOnly? DocumentDate = null, string? Language = null, bool Explain = false);

/// <summary>
/// Reads the claims a document makes: lays it out (paragraphs, headings, lists, tables; citation markers
/// blanked), tells its language and each paragraph's, splits sentences, finds actors and dates, resolves "it",
/// "the country", "the alliance" and "the three countries", and runs each claim rule on each sentence of prose.
/// Thread-safe: one extractor serves many documents at once.
/// </summary>
public sealed class ClaimExtractor
{
    private static readonly IClaimRule[] Rules =
    [
        new FoundingRule(), new MembershipRule(), new WithdrawalRule(), new BordersRule(), new RelationRule(), new DiplomaticActRule(),
        new SupportRule(), new IndependenceRule(), new PresenceRule(), new SecurityConcernRule(), new ForeignPolicyRule(), new LeaderRule(),
        new CoupRule(),
    ];

    /// <summary>How many more function words of its own language a paragraph needs to be read in it rather than in the document's.</summary>
    private const double ParagraphMargin = 2.0;

    private readonly Gazetteer _gazetteer;
    private readonly LanguageSet _languages;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _statesLed;
    private readonly IReadOnlyDictionary<string, string> _formerRulers;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _neighbours;

    /// <param name="statesLed">The states each person is known to have led, so that "Tchiani came to power" in a text about another state is read of Niger.</param>
    /// <param name="formerRulers">The one state each state is known to have gained independence from, so that "Chad attained independence in 1960" says from whom.</param>
    /// <param name="neighbours">The states each state is known to border, so that "relations with its neighbours" names them.</param>
    public ClaimExtractor(Gazetteer gazetteer, LanguageSet? languages = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? statesLed = null,
        IReadOnlyDictionary<string, string>? formerRulers = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? neighbours = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        _languages = languages ?? LanguageSet.Bundled;
        _statesLed = statesLed ?? new Dictionary<string, IReadOnlyList<string>>();
        _formerRulers = formerRulers ?? new Dictionary<string, string>();
        _neighbours = neighbours ?? new Dictionary<string, IReadOnlyList<string>>();
    }

    /// <summary>An extractor that knows every actor of the store by all its names, which states its people led and which states ruled its states.</summary>
    public static async Task<ClaimExtractor> FromStoreAsync(Store.IKnowledgeReader store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var ids = await store.ListActorsAsync(cancellationToken);
        var actors = await store.GetActorsAsync(ids.Select(a => a.Id), cancellationToken);
        var leaders = await store.QueryAsync(new Store.StatementQuery { Predicate = Core.Statements.Predicate.HeadOfState.Id }, cancellationToken);
        var statesLed = leaders.Where(s => s.Object is not null).GroupBy(s => s.Object!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(s => s.Subject).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var independences = await store.QueryAsync(new Store.StatementQuery { Predicate = Core.Statements.Predicate.IndependenceFrom.Id }, cancellationToken);
        var formerRulers = independences.Where(s => s.Object is not null).GroupBy(s => s.Subject, StringComparer.Ordinal)
            .Where(g => g.Select(s => s.Object).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Object!, StringComparer.Ordinal);
        var borders = await store.QueryAsync(new Store.StatementQuery { Predicate = Core.Statements.Predicate.Borders.Id }, cancellationToken);
        var neighbours = borders.Where(s => s.Object is not null)
            .SelectMany(s => new[] { (s.Subject, Other: s.Object!), (Subject: s.Object!, Other: s.Subject) })
            .GroupBy(p => p.Subject, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Other).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return new ClaimExtractor(Gazetteer.Build(actors.Values), statesLed: statesLed, formerRulers: formerRulers, neighbours: neighbours);
    }

    public LanguageSet Languages => _languages;

    public ExtractionResult Extract(Document document, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= new ExtractionOptions();
        var text = TextLayout.Mask(document.Text);

        // A news story's dateline gives the day it was written (unless told) and is no part of its first sentence.
        // Its place ("NIAMEY", "GOSSI, Mali") is the state the story is about unless its title says another.
        var documentDate = options.DocumentDate;
        string? datelineState = null;
        if (TextLayout.Dateline(text) is { } dateline && DatelineDate(text, dateline.DateStart, dateline.DateEnd) is { } day)
        {
            documentDate ??= day;
            var place = _languages.Tokenizer.Tokenize(text, 0, dateline.DateStart);
            datelineState = _gazetteer.Find(text, place, _languages.Default).LastOrDefault(m => m.Kind == ActorKind.State).ActorId;
            text = string.Concat(new string(' ', dateline.End), text.AsSpan(dateline.End));
        }

        var blocks = TextLayout.Blocks(text);
        var sentences = new List<Sentence>();
        var blockOf = new List<int>();
        for (var b = 0; b < blocks.Count; b++)
        {
            var before = sentences.Count;
            SentenceSplitter.Split(text, blocks[b], _languages.Abbreviations, sentences);
            blockOf.AddRange(Enumerable.Repeat(b, sentences.Count - before));
        }

        var tokens = sentences.Select(s => _languages.Tokenizer.Tokenize(text, s.Start, s.End)).ToList();
        var (documentLanguage, languages) = LanguagesOf(options, blocks, blockOf, tokens);
        var read = new List<(Sentence Sentence, List<Token> Tokens, List<Mention> Mentions, LanguagePack Language)>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var language = languages[blockOf[i]];
            read.Add((sentences[i] with { Language = language.Code }, tokens[i], _gazetteer.Find(text, tokens[i], language), language));
        }

        var (mainSubject, topicOrganization, topic) = Subjects(options, read.Select(r => (r.Sentence, r.Mentions)).ToList(), datelineState,
            read.Count > 0 ? (read[0].Tokens, read[0].Language.Lexicon) : null);
        var coreference = new Coreference(mainSubject, topicOrganization, topic);
        var titlePair = TitlePair(read.Count > 0 && read[0].Sentence.Kind == BlockKind.Title ? read[0].Mentions : []);
        var sink = new ClaimSink();
        var readings = options.Explain ? new List<SentenceReading>() : null;

        // "on 22 March", after "in January 2012": a day without a year is in the last year the text named.
        int? year = null;
        foreach (var (sentence, sentenceTokens, mentions, language) in read)
        {
            // Headings, captions, infobox fields and table rows claim nothing and open no topic.
            if (!sentence.HasClaims)
            {
                readings?.Add(new SentenceReading(sentence, sentenceTokens, mentions, []));
                coreference.Read(sentenceTokens, mentions, language.Lexicon, prose: false);
                continue;
            }

            coreference.Resolve(sentenceTokens, mentions, language.Lexicon);

            // A question asks; it claims nothing.
            if (sentenceTokens.Count > 0 && !sentenceTokens[^1].Is("?"))
            {
                var dates = DateFinder.Find(sentenceTokens, language, documentDate, year);
                year = dates.LastOrDefault(d => d.Date is not null).Date?.Year ?? year;
                readings?.Add(new SentenceReading(sentence, sentenceTokens, mentions, dates));
                var subject = coreference.TopicIsState ? mainSubject ?? coreference.State : null;
                var context = new SentenceContext(document.Text, sentence, sentenceTokens, mentions, dates, subject, language)
                {
                    Organization = coreference.Organization,
                    StatesLed = _statesLed,
                    FormerRulers = _formerRulers,
                    Neighbours = _neighbours,
                    TitlePair = titlePair,
                };
                foreach (var rule in Rules)
                {
                    rule.Apply(context, sink);
                }
            }

            coreference.Read(sentenceTokens, mentions, language.Lexicon);
        }

        return new ExtractionResult(document, read.Select(r => r.Sentence).ToList(), sink.Claims, sink.FounderLists, mainSubject, documentDate)
        {
            Language = documentLanguage.Code,
            Readings = readings,
        };
    }

    /// <summary>The day a dateline's date names, in whichever language reads it as a whole day.</summary>
    private DateOnly? DatelineDate(string text, int start, int end)
    {
        var tokens = _languages.Tokenizer.Tokenize(text, start, end);
        foreach (var language in _languages.Packs)
        {
            if (DateFinder.Find(tokens, language, null) is [{ Date: { Precision: Core.Time.DatePrecision.Day } date }])
            {
                return date.Earliest;
            }
        }

        return null;
    }

    /// <summary>
    /// The language of each block: the document's (the one with most function words, unless given), except for a
    /// paragraph with clearly more of another's ("mixed text").
    /// </summary>
    private (LanguagePack Document, LanguagePack[] Blocks) LanguagesOf(ExtractionOptions options, List<Block> blocks, List<int> blockOf, List<List<Token>> tokens)
    {
        var detector = _languages.Detector;
        var perBlock = new int[blocks.Count][];
        var total = new int[_languages.Packs.Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            perBlock[b] = new int[_languages.Packs.Count];
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var counts = detector.Count(tokens[i]);
            for (var p = 0; p < counts.Length; p++)
            {
                perBlock[blockOf[i]][p] += counts[p];
                total[p] += counts[p];
            }
        }

        var document = (options.Language is { } code ? _languages.Find(code) : null) ?? detector.Detect(total) ?? _languages.Default;
        var index = _languages.Packs.ToList().IndexOf(document);
        var result = new LanguagePack[blocks.Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            var own = options.Language is null ? detector.Detect(perBlock[b], LanguageDetector.MinimumEvidence) : null;
            var ownIndex = own is null ? -1 : _languages.Packs.ToList().IndexOf(own);
            result[b] = own is not null && own != document && perBlock[b][ownIndex] >= ParagraphMargin * Math.Max(1, perBlock[b][index]) ? own : document;
        }

        return (document, result);
    }

    /// <summary>
    /// What the document is about: the state (given, else its title's, else its dateline's, else the first its prose names), the
    /// organization its title names, and the actor its title names first (a state, an organization, a mission or a
    /// person: "Opération Serval", "Assimi Goïta").
    /// </summary>
    private static (string? State, string? Organization, (string, ActorKind)? Topic) Subjects(ExtractionOptions options, List<(Sentence Sentence, List<Mention> Mentions)> sentences,
        string? datelineState, (List<Token> Tokens, Lexicon Lexicon)? first)
    {
        var title = sentences.Count > 0 && sentences[0].Sentence.Kind == BlockKind.Title ? sentences[0].Mentions : [];
        var state = options.MainSubject
            ?? TitleState(title, first, sentences)
            ?? datelineState
            ?? sentences.Where(s => s.Sentence.HasClaims).SelectMany(s => s.Mentions).FirstOrDefault(m => m.Kind == ActorKind.State).ActorId;
        var organization = title.FirstOrDefault(m => m.Kind == ActorKind.Organization).ActorId;
        (string, ActorKind)? topic = options.MainSubject is null
            && title.FirstOrDefault(m => m.Kind is ActorKind.State or ActorKind.Organization or ActorKind.Mission or ActorKind.Person) is { ActorId: not null } t
                ? (t.ActorId, t.Kind)
                : null;
        return (state, organization, topic);
    }

    /// <summary>The two states a title names, where it names exactly two ("Chad–Sudan relations").</summary>
    private static (string, string)? TitlePair(List<Mention> title)
    {
        var states = title.Where(m => m.Kind == ActorKind.State && m.Type != MentionType.Place).Select(m => m.ActorId).Distinct(StringComparer.Ordinal).ToList();
        return states is [var first, var second] ? (first, second) : null;
    }

    /// <summary>
    /// The state a title is about: the one it names; of two, the one after "with" ("U.S. Relations With Niger"),
    /// else the one the text names more often ("France–Mali relations", "Relations entre la France et le Tchad").
    /// </summary>
    private static string? TitleState(List<Mention> title, (List<Token> Tokens, Lexicon Lexicon)? first, List<(Sentence Sentence, List<Mention> Mentions)> sentences)
    {
        var states = title.Where(m => m.Kind == ActorKind.State).ToList();
        if (states.Select(m => m.ActorId).Distinct(StringComparer.Ordinal).Count() < 2 || first is not { } t)
        {
            return states.FirstOrDefault().ActorId;
        }

        var with = t.Lexicon[WordClasses.RelationWith].FindIn(t.Tokens, states[0].Last + 1, states[^1].First);
        if (with >= 0)
        {
            return states.First(m => m.First > with).ActorId;
        }

        var counts = sentences.Skip(1).SelectMany(s => s.Mentions).Where(m => m.Kind == ActorKind.State).GroupBy(m => m.ActorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return states.OrderByDescending(m => counts.GetValueOrDefault(m.ActorId)).First().ActorId;
    }
}

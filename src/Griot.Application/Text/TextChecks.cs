using Griot.Store;
using Griot.Text.Checking;
using Griot.Text.Claims;
using Griot.Text.Documents;

namespace Griot.Application.Text;

/// <summary>
/// Reading and checking texts, one flow for <c>griot extract</c>, <c>griot check</c>, <c>griot eval</c> and
/// <c>POST /api/check</c>: the subject named must be a known actor; each document's claims are extracted with the
/// extractor built from the same knowledge they are checked against (<see cref="GriotKnowledge.ReaderAsync"/>), and
/// checked as of a day.
/// </summary>
public sealed class TextChecks(IKnowledgeReader knowledge, ClaimExtractor extractor)
{
    public ClaimExtractor Extractor => extractor;

    public ClaimChecker Checker { get; } = new(knowledge);

    /// <summary>Null when <paramref name="subject"/> is absent or a known actor; else the problem, in words.</summary>
    public async Task<string?> UnknownSubjectAsync(string? subject, CancellationToken cancellationToken = default) =>
        subject is not null && await knowledge.GetActorAsync(subject, cancellationToken) is null
            ? $"no actor has the id '{subject}'"
            : null;

    public ExtractionResult Extract(Document document, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        return extractor.Extract(document, options);
    }

    /// <summary>The verdict on each claim, judging present-tense claims on <paramref name="today"/> where the document's date is not known.</summary>
    public Task<CheckResult> CheckAsync(ExtractionResult extraction, DateOnly today, CancellationToken cancellationToken = default) =>
        Checker.CheckAsync(extraction, today, cancellationToken);

    public async Task<CheckResult> CheckAsync(Document document, ExtractionOptions options, DateOnly today, CancellationToken cancellationToken = default) =>
        await CheckAsync(Extract(document, options), today, cancellationToken);

    /// <summary>For a front end that holds only a reader (the command line's snapshot): builds the extractor from it.</summary>
    public static async Task<TextChecks> OverAsync(IKnowledgeReader knowledge, CancellationToken cancellationToken = default) =>
        new(knowledge, await ClaimExtractor.FromStoreAsync(knowledge, cancellationToken));
}

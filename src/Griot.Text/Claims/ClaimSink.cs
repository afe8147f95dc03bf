using Griot.Core.Statements;
using Griot.Core.Time;

namespace Griot.Text.Claims;

/// <summary>Collects the claims of a document, one of each per sentence, and the founder lists.</summary>
public sealed class ClaimSink
{
    private readonly Dictionary<string, int> _inSentence = new(StringComparer.Ordinal);
    private int _sentence = -1;

    public List<Claim> Claims { get; } = [];

    public List<FounderList> FounderLists { get; } = [];

    /// <summary>Adds a claim unless the sentence already made it; returns its index or -1 when it is not well-formed.</summary>
    public int Add(SentenceContext context, string subject, Predicate predicate, string? @object, Qualifiers qualifiers,
        (ValidityInterval Valid, PartialDate? At) time, Tense tense, bool hedged)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (@object == subject && predicate.ObjectKind == ObjectKind.Actor)
        {
            return -1;
        }

        if (context.Sentence.Index != _sentence)
        {
            _sentence = context.Sentence.Index;
            _inSentence.Clear();
        }

        var key = $"{subject}|{predicate.Id}|{@object}|{qualifiers}";
        if (_inSentence.TryGetValue(key, out var index))
        {
            return index;
        }

        Claims.Add(new Claim(subject, predicate, @object, qualifiers, time.Valid, hedged, context.Evidence) { At = time.At, Tense = tense });
        _inSentence[key] = Claims.Count - 1;
        return Claims.Count - 1;
    }
}

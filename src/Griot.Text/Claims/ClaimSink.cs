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

        // Events on different days are different events ("coups in August 2020 and May 2021").
        var dated = time.At is not null || time.Valid != ValidityInterval.Always;
        var undatedKey = $"{subject}|{predicate.Id}|{@object}|{qualifiers}";
        var key = predicate.IsEvent && dated ? $"{undatedKey}|{time.At}|{time.Valid}" : undatedKey;

        // "Keïta was overthrown … by a coup d'état in 1968": the dated reading replaces the undated one.
        if (dated && _inSentence.TryGetValue(undatedKey, out var undated) && Claims[undated] is { At: null } earlier && earlier.Valid == ValidityInterval.Always)
        {
            Claims[undated] = new Claim(subject, predicate, @object, qualifiers, time.Valid, hedged, context.Evidence) { At = time.At, Tense = tense };
            _inSentence.Remove(undatedKey);
            _inSentence[key] = undated;
            return undated;
        }

        if (_inSentence.TryGetValue(key, out var index))
        {
            return index;
        }

        Claims.Add(new Claim(subject, predicate, @object, qualifiers, time.Valid, hedged, context.Evidence) { At = time.At, Tense = tense });
        _inSentence[key] = Claims.Count - 1;
        return Claims.Count - 1;
    }
}

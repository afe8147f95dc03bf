using System.Security.Cryptography;
using System.Text;
using Griot.Core.Time;

namespace Griot.Core.Statements;

/// <summary>
/// <c>subject · predicate · object</c> with qualifiers, the interval in which it holds and the
/// references that say so, after Wikidata's statement model.
/// </summary>
/// <remarks>
/// A statement's <see cref="Id"/> is derived from its content (subject, predicate, object,
/// qualifiers and interval), not its references, so the same fact read twice is the same statement
/// and importing it again changes nothing. Statements of a <see cref="Predicate.Symmetric"/>
/// predicate are kept with subject and object in id order.
/// </remarks>
public sealed record Statement
{
    private Statement(string subject, Predicate predicate, string? @object, Qualifiers qualifiers,
        ValidityInterval valid, IReadOnlyList<Reference> references)
    {
        Subject = subject;
        Predicate = predicate;
        Object = @object;
        Qualifiers = qualifiers;
        Valid = valid;
        References = references;
        Id = ComputeId();
    }

    /// <summary>A content hash: <c>st-</c> and 16 hex digits.</summary>
    public string Id { get; }

    public string Subject { get; }

    public Predicate Predicate { get; }

    /// <summary>An actor id, a value such as <c>terrorism</c>, or null for predicates without an object.</summary>
    public string? Object { get; }

    public Qualifiers Qualifiers { get; }

    public ValidityInterval Valid { get; }

    public IReadOnlyList<Reference> References { get; }

    /// <summary>
    /// A statement; throws <see cref="ArgumentException"/> when its shape does not fit the predicate
    /// (an object where none is allowed, an unknown qualifier or value) or it has no reference.
    /// </summary>
    public static Statement Create(string subject, Predicate predicate, string? @object,
        Qualifiers? qualifiers, ValidityInterval? valid, IReadOnlyList<Reference> references)
    {
        Preconditions.CheckNotBlank(subject, nameof(subject));
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(references);
        qualifiers ??= Qualifiers.Empty;
        var problem = CheckShape(predicate, @object, qualifiers);
        Preconditions.CheckArgument(problem is null, nameof(@object), problem?.Message ?? "");
        Preconditions.CheckArgument(references.Count > 0 && references.All(r => r.IsUsable), nameof(references),
            "a statement needs at least one source");
        if (predicate.Symmetric && string.CompareOrdinal(subject, @object) > 0)
        {
            (subject, @object) = (@object!, subject);
        }

        return new Statement(subject, predicate, string.IsNullOrEmpty(@object) ? null : @object, qualifiers,
            valid ?? ValidityInterval.Always, references.ToArray());
    }

    /// <summary>Null when object and qualifiers fit the predicate, else the first problem found.</summary>
    public static ShapeProblem? CheckShape(Predicate predicate, string? @object, Qualifiers qualifiers)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(qualifiers);
        switch (predicate.ObjectKind)
        {
            case ObjectKind.None when !string.IsNullOrEmpty(@object):
                return new("object", $"{predicate.Id} takes no object, but '{@object}' is given");
            case ObjectKind.Actor or ObjectKind.Value when string.IsNullOrEmpty(@object):
                return new("object", $"{predicate.Id} needs an object");
            case ObjectKind.Value when !predicate.ObjectValues.Contains(@object):
                return new("object", $"'{@object}' is not a value of {predicate.Id} ({string.Join(", ", predicate.ObjectValues)})");
        }

        foreach (var (key, value) in qualifiers)
        {
            var definition = predicate.FindQualifier(key);
            if (definition is null)
            {
                var known = predicate.Qualifiers.Count == 0 ? "none" : string.Join(", ", predicate.Qualifiers.Select(q => q.Name));
                return new("qualifiers", $"{predicate.Id} has no qualifier '{key}' (it takes: {known})");
            }

            var error = definition.Type switch
            {
                QualifierType.Choice when !definition.Values.Contains(value) =>
                    $"'{value}' is not a value of {key} ({string.Join(", ", definition.Values)})",
                QualifierType.Date => PartialDate.Parse(value).Error is { } e ? $"{key}: {e}" : null,
                _ => null,
            };
            if (error is not null)
            {
                return new("qualifiers", error);
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="actorId"/> is the subject, or the object of a predicate answered both ways.</summary>
    public bool IsAbout(string actorId) =>
        Subject == actorId || (Object == actorId && Predicate.AnsweredBothWays);

    /// <summary>The other party of a statement seen from <paramref name="actorId"/>.</summary>
    public string? OtherParty(string actorId) => Subject == actorId ? Object : Subject;

    public Statement WithReferences(IReadOnlyList<Reference> references) =>
        Create(Subject, Predicate, Object, Qualifiers, Valid, references);

    public bool Equals(Statement? other) => other is not null && Id == other.Id;

    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);

    private string ComputeId()
    {
        var canonical = string.Join('\u001f', Subject, Predicate.Id, Object ?? "", Qualifiers.ToString(),
            Valid.Start.ToString(), Valid.End.ToString());
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
        return "st-" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    public override string ToString() =>
        $"{Subject} {Predicate.Id} {Object ?? "-"}{(Qualifiers.Count > 0 ? $" [{Qualifiers}]" : "")} {Valid}";
}

/// <summary>Why an object or qualifier does not fit its predicate, and in which field.</summary>
public sealed record ShapeProblem(string Field, string Message);

using System.Text.Json.Serialization;
using Griot.Core.Statements;
using Griot.Core.Time;

namespace Griot.Store.Json.Contracts;

/// <summary>
/// A statement in VOCABULARY.md's shape. <c>object</c> is null for predicates without one (<c>founded</c>, <c>coup</c>);
/// <c>qualifiers</c> are ordered by name, absent ones left out.
/// </summary>
public sealed record StatementDto(
    string Id,
    string Subject,
    string Predicate,
    string? Object,
    IReadOnlyDictionary<string, string> Qualifiers,
    ValidDto Valid,
    IReadOnlyList<ReferenceDto> References)
{
    public static StatementDto Of(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return new(statement.Id, statement.Subject, statement.Predicate.Id, statement.Object, statement.Qualifiers,
            ValidDto.Of(statement.Valid), statement.References.Select(ReferenceDto.Of).ToArray());
    }

    public static IReadOnlyList<StatementDto> List(IEnumerable<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return statements.Select(Of).ToArray();
    }
}

/// <summary>
/// A validity interval: <c>start</c> and <c>end</c> as partial dates, null where the bound is open or unknown;
/// <c>startQualifier</c> and <c>endQualifier</c> (<c>after</c>, <c>before</c>, <c>unknown</c>) only where set.
/// </summary>
public sealed record ValidDto(
    string? Start,
    string? End,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StartQualifier = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? EndQualifier = null)
{
    public static ValidDto Of(ValidityInterval valid)
    {
        ArgumentNullException.ThrowIfNull(valid);
        return new(WireFormat.Bound(valid.Start), WireFormat.Bound(valid.End), WireFormat.Qualifier(valid.Start), WireFormat.Qualifier(valid.End));
    }
}

/// <summary>Where a statement comes from; every key is left out where it is not set.</summary>
/// <param name="Start">The first character of the evidence in the document.</param>
/// <param name="End">The character after the evidence; written only with <paramref name="Start"/>.</param>
[JsonNumberHandling(JsonNumberHandling.Strict)]
public sealed record ReferenceDto(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Source = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Dataset = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Row = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Document = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Start = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? End = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text = null)
{
    public static ReferenceDto Of(Reference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        // The evidence span is written whole or not at all: an end without its start means nothing.
        return new(reference.Source, reference.Dataset, reference.Row, reference.Document, reference.Start,
            reference.Start is null ? null : reference.End, reference.Text);
    }
}

/// <summary>A page of statements (<c>GET /api/statements</c>): how many match in all, and the page's items.</summary>
[JsonNumberHandling(JsonNumberHandling.Strict)]
public sealed record StatementPageDto(int Total, int Offset, int Limit, IReadOnlyList<StatementDto> Items);

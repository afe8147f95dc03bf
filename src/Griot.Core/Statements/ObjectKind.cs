namespace Griot.Core.Statements;

/// <summary>What stands in the object position of a predicate.</summary>
public enum ObjectKind
{
    /// <summary>An actor id.</summary>
    Actor,

    /// <summary>A value from a fixed list (<c>terrorism</c>, <c>socialism</c>).</summary>
    Value,

    /// <summary>Nothing: <c>founded</c>, <c>coup</c>.</summary>
    None,
}

/// <summary>The type of a qualifier's value.</summary>
public enum QualifierType
{
    /// <summary>One of a fixed list of words.</summary>
    Choice,

    /// <summary>A partial date.</summary>
    Date,

    /// <summary>An actor id.</summary>
    Actor,
}

/// <summary>A qualifier a predicate accepts: its name, type and, for choices, its values.</summary>
public sealed record QualifierDefinition(string Name, QualifierType Type, IReadOnlyList<string> Values)
{
    public static QualifierDefinition Choice(string name, IReadOnlyList<string> values) => new(name, QualifierType.Choice, values);

    public static QualifierDefinition Date(string name) => new(name, QualifierType.Date, []);

    public static QualifierDefinition ActorRef(string name) => new(name, QualifierType.Actor, []);
}

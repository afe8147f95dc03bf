using Griot.Core.Actors;

namespace Griot.Text.Reading;

/// <summary>An actor named in a sentence: tokens <c>[First, Last]</c> and how it was named.</summary>
public readonly record struct Mention(int First, int Last, string ActorId, ActorKind Kind, MentionType Type);

public enum MentionType
{
    Name,
    Acronym,
    Demonym,
    Capital,

    /// <summary>A town of a state other than its capital: where something happens, never the state's voice.</summary>
    Place,

    /// <summary>A pronoun or phrase ("it", "the country") that points back to the document's main subject.</summary>
    Anaphor,
}

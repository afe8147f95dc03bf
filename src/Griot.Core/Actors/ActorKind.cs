namespace Griot.Core.Actors;

/// <summary>The kinds of actor VOCABULARY.md defines; their names are the snake_case forms.</summary>
public enum ActorKind
{
    State,
    Organization,
    Mission,
    ArmedGroup,
    EthnicGroup,
    Company,
    Person,
    HistoricalPolity,
    Region,
}

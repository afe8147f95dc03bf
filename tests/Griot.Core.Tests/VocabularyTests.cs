using Griot.Core.Actors;
using Griot.Core.Statements;

namespace Griot.Core.Tests;

public sealed class VocabularyTests
{
    [Theory]
    [InlineData(Stance.Allied, 3)]
    [InlineData(Stance.Friendly, 2)]
    [InlineData(Stance.Cordial, 1)]
    [InlineData(Stance.Neutral, 0)]
    [InlineData(Stance.Ambivalent, 0)]
    [InlineData(Stance.Strained, -1)]
    [InlineData(Stance.Hostile, -2)]
    [InlineData(Stance.Severed, -3)]
    public void Score_EachStance_AsVocabularySays(Stance stance, int score) => Assert.Equal(score, stance.Score());

    [Theory]
    [InlineData(Stance.Friendly, Stance.Ambivalent, true)]
    [InlineData(Stance.Friendly, Stance.Cordial, false)]
    [InlineData(Stance.Neutral, Stance.Ambivalent, false)]
    [InlineData(Stance.Cordial, Stance.Strained, true)]
    public void ConflictsWith_ScoresTwoApart(Stance a, Stance b, bool conflicts) => Assert.Equal(conflicts, a.ConflictsWith(b));

    [Fact]
    public void VocabularyNames_SnakeCase_RoundTrip()
    {
        Assert.Equal("armed_group", VocabularyNames.ToName(ActorKind.ArmedGroup));
        Assert.True(VocabularyNames.TryParse<ActorKind>("historical_polity", out var kind));
        Assert.Equal(ActorKind.HistoricalPolity, kind);
        Assert.False(VocabularyNames.TryParse<ActorKind>("ArmedGroup", out _));
        Assert.False(VocabularyNames.TryParse<ActorKind>("armedgroup", out _));
    }

    [Fact]
    public void Predicates_AllOfVocabulary_Defined()
    {
        Assert.Equal(
            ["member_of", "suspended_from", "withdrew_from", "founded", "borders", "relation", "receives_support_from",
             "independence_from", "military_presence_in", "security_concern", "foreign_policy", "head_of_state", "coup", "diplomatic_act"],
            Predicate.All.Select(p => p.Id));
        Assert.Equal(["borders", "independence_from"], Predicate.All.Where(p => p.ClosedWorld).Select(p => p.Id));
    }

    [Theory]
    [InlineData(ActorKind.State, "MLI", true)]
    [InlineData(ActorKind.State, "mli", false)]
    [InlineData(ActorKind.State, "MALI", false)]
    [InlineData(ActorKind.Organization, "G5S", true)]
    [InlineData(ActorKind.Mission, "operation-barkhane", true)]
    [InlineData(ActorKind.Person, "Assimi_Goita", false)]
    public void ActorId_Check_FormByKind(ActorKind kind, string id, bool valid) =>
        Assert.Equal(valid, ActorId.Check(kind, id) is null);

    [Theory]
    [InlineData("Côte d’Ivoire", "cote d'ivoire")]
    [InlineData("  Ibrahim   Boubacar Keïta ", "ibrahim boubacar keita")]
    [InlineData("CEN–SAD", "cen-sad")]
    public void NameKey_Of_FoldsCaseDiacriticsAndPunctuation(string name, string key) => Assert.Equal(key, NameKey.Of(name));
}

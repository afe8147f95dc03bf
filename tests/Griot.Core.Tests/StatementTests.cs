using Griot.Core.Statements;
using Griot.Core.Time;

namespace Griot.Core.Tests;

public sealed class StatementTests
{
    private static readonly Reference[] Source = [new Reference("https://example.org/treaty")];

    [Fact]
    public void Id_SameContent_SameIdWhateverTheSources()
    {
        var a = Statement.Create("MLI", Predicate.MemberOf, "ECOWAS", Qualifiers.Of(("role", "founding_member")),
            ValidityInterval.Between(PartialDate.OfDay(1975, 5, 28), PartialDate.OfDay(2025, 1, 29)), Source);
        var b = Statement.Create("MLI", Predicate.MemberOf, "ECOWAS", Qualifiers.Of(("role", "founding_member")),
            ValidityInterval.Between(PartialDate.OfDay(1975, 5, 28), PartialDate.OfDay(2025, 1, 29)), [new Reference("Treaty of Lagos")]);

        Assert.Equal(a.Id, b.Id);
        Assert.Equal(a, b);
        Assert.Matches("^st-[0-9a-f]{16}$", a.Id);
    }

    [Fact]
    public void Id_DifferentInterval_DifferentId()
    {
        var a = Statement.Create("MLI", Predicate.MemberOf, "G5S", null, ValidityInterval.Since(PartialDate.OfYear(2014)), Source);
        var b = Statement.Create("MLI", Predicate.MemberOf, "G5S", null, ValidityInterval.Since(PartialDate.OfDay(2014, 2, 16)), Source);

        Assert.NotEqual(a.Id, b.Id);
    }

    [Fact]
    public void Create_SymmetricPredicate_StoredInIdOrder()
    {
        var statement = Statement.Create("NER", Predicate.Borders, "MLI", null, null, Source);

        Assert.Equal("MLI", statement.Subject);
        Assert.Equal("NER", statement.Object);
        Assert.True(statement.IsAbout("NER"));
        Assert.Equal("MLI", statement.OtherParty("NER"));
    }

    [Fact]
    public void Create_RelationKeepsDirection_AnsweredBothWays()
    {
        var statement = Statement.Create("MLI", Predicate.Relation, "FRA", Qualifiers.Of(("stance", "hostile")), null, Source);

        Assert.Equal("MLI", statement.Subject);
        Assert.True(statement.IsAbout("FRA"));
    }

    [Theory]
    [InlineData("founded", "ECOWAS", "", "takes no object")]
    [InlineData("member_of", "", "", "needs an object")]
    [InlineData("security_concern", "piracy", "", "'piracy' is not a value of security_concern")]
    [InlineData("member_of", "ECOWAS", "role=chair", "'chair' is not a value of role")]
    [InlineData("member_of", "ECOWAS", "stance=friendly", "member_of has no qualifier 'stance'")]
    [InlineData("withdrew_from", "ECOWAS", "effective=2025-13-01", "effective: '2025-13-01' is not a valid date")]
    public void CheckShape_MisfitObjectOrQualifier_SaysWhy(string predicate, string @object, string qualifiers, string message)
    {
        var problem = Statement.CheckShape(Predicate.Get(predicate), @object, Qualifiers.Parse(qualifiers).Value);

        Assert.NotNull(problem);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void Create_NoSource_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Statement.Create("MLI", Predicate.Coup, null, null, null, []));

        Assert.Contains("at least one source", error.Message);
    }

    [Fact]
    public void Qualifiers_ParseAndWrite_OrderedByKey()
    {
        var qualifiers = Qualifiers.Parse("trend=worsening; stance=strained").Value;

        Assert.Equal("stance=strained; trend=worsening", qualifiers.ToString());
        Assert.Equal(qualifiers, Qualifiers.Parse(qualifiers.ToString()).Value);
        Assert.False(Qualifiers.Parse("role").Success);
        Assert.Contains("given twice", Qualifiers.Parse("a=1; a=2").Error);
    }
}

using Griot.Store.ReferenceData;
using Griot.Testing;

namespace Griot.Store.Tests;

public sealed class DataLinterTests : IDisposable
{
    private const string ActorHeader = "id\tkind\tname\tofficial_name\tother_names\tacronyms\tdemonyms\tcapital\tiso2\tiso_numeric\tcow\tcameo\twikidata\tsource";
    private const string StatementHeader = "subject\tpredicate\tobject\tstart\tend\tqualifiers\tsource\tnote";

    private static readonly string[] Actors =
    [
        "MLI\tstate\tMali\t\t\t\tMalian\tBamako\tML\t466\t432\tMLI\tQ912\tworld-countries",
        "NER\tstate\tNiger\t\t\t\t\tNiamey\tNE\t562\t436\t\t\tworld-countries",
        "ECOWAS\torganization\tEconomic Community of West African States\t\t\tCEDEAO\t\t\t\t\t\t\t\tTreaty of Lagos",
        "assimi-goita\tperson\tAssimi Goïta\t\t\t\t\t\t\t\t\t\t\thttps://example.org/goita",
    ];

    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private IReadOnlyList<DataDiagnostic> Lint(params string[] statementRows) => LintWith(Actors, statementRows);

    private IReadOnlyList<DataDiagnostic> LintWith(string[] actorRows, string[] statementRows)
    {
        var dir = Path.Join(_folder.Path, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Join(dir, "actors"));
        Directory.CreateDirectory(Path.Join(dir, "statements"));
        File.WriteAllText(Path.Join(dir, "actors", "a.tsv"), string.Join('\n', [ActorHeader, .. actorRows]) + "\n");
        File.WriteAllText(Path.Join(dir, "statements", "s.tsv"), string.Join('\n', ["# test rows", StatementHeader, .. statementRows]) + "\n");
        return DataLinter.Lint(ReferenceDataReader.ReadDirectory(dir));
    }

    private static DataDiagnostic Single(IReadOnlyList<DataDiagnostic> diagnostics, string file, int line, string? field, string message)
    {
        var diagnostic = Assert.Single(diagnostics);
        Assert.EndsWith(file, diagnostic.File);
        Assert.Equal(line, diagnostic.Line);
        Assert.Equal(field, diagnostic.Field);
        Assert.Contains(message, diagnostic.Message);
        Assert.NotNull(diagnostic.Hint);
        return diagnostic;
    }

    [Fact]
    public void Lint_BundledData_Clean()
    {
        var diagnostics = DataLinter.Lint(ReferenceDataReader.ReadDirectory(TestData.DataDirectory));

        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Lint_GoodRows_Clean()
    {
        Assert.Empty(Lint(
            "ECOWAS\tfounded\t\t1975-05-28\t\t\tTreaty of Lagos\t",
            "MLI\tmember_of\tECOWAS\t1975-05-28\t2025-01-29\trole=founding_member\tTreaty of Lagos | https://example.org\t",
            "MLI\tborders\tNER\t\t\t\tworld-countries\t"));
    }

    [Fact]
    public void Lint_DanglingId_NamesRowAndSuggests()
    {
        var d = Single(Lint("MLI\tborders\tNRE\t\t\t\tworld-countries\t"), "s.tsv", 3, "object", "'NRE' is not a known actor");

        Assert.Contains("NER", d.Hint);
    }

    [Fact]
    public void Lint_UnknownPredicate_Refused() =>
        Single(Lint("MLI\tallied_with\tNER\t\t\t\tsource\t"), "s.tsv", 3, "predicate", "'allied_with' is not a predicate");

    [Fact]
    public void Lint_UnknownQualifierValue_Refused() =>
        Single(Lint("MLI\tmember_of\tECOWAS\t1975\t\trole=chair\tsource\t"), "s.tsv", 3, "qualifiers", "'chair' is not a value of role");

    [Fact]
    public void Lint_UnknownQualifier_Refused() =>
        Single(Lint("MLI\tmember_of\tECOWAS\t1975\t\tstance=friendly\tsource\t"), "s.tsv", 3, "qualifiers", "has no qualifier 'stance'");

    [Fact]
    public void Lint_ImpossibleDate_SaysWhy() =>
        Single(Lint("MLI\tmember_of\tECOWAS\t2019-13-45\t\t\tsource\t"), "s.tsv", 3, "start", "month 13 is out of range");

    [Fact]
    public void Lint_ReversedInterval_Refused() =>
        Single(Lint("MLI\tmember_of\tECOWAS\t2025\t1975\t\tsource\t"), "s.tsv", 3, "end", "reversed or empty");

    [Fact]
    public void Lint_RowWithoutSource_Refused() =>
        Single(Lint("MLI\tborders\tNER\t\t\t\t\t"), "s.tsv", 3, "source", "the row has no source");

    [Fact]
    public void Lint_ActorWithoutSource_Refused() =>
        Single(LintWith([.. Actors, "BFA\tstate\tBurkina Faso\t\t\t\t\t\t\t\t\t\t\t"], []), "a.tsv", 6, "source", "the row has no source");

    [Fact]
    public void Lint_WrongFieldCount_NamesLine() =>
        Single(Lint("MLI\tborders\tNER"), "s.tsv", 3, null, "the row has 3 fields but the header has 8");

    [Fact]
    public void Lint_BorderGivenBothWays_Refused() =>
        Single(Lint("MLI\tborders\tNER\t\t\t\ta\t", "NER\tborders\tMLI\t\t\t\tb\t"), "s.tsv", 4, null, "symmetric");

    [Fact]
    public void Lint_WrongKindOfActor_Refused() =>
        Single(Lint("MLI\tborders\tECOWAS\t\t\t\tsource\t"), "s.tsv", 3, "object", "borders does not take a organization");

    [Fact]
    public void Lint_OverlappingMemberships_Refused() =>
        Single(Lint(
            "MLI\tmember_of\tECOWAS\t1975-05-28\t2025-01-29\t\tsource\t",
            "MLI\tmember_of\tECOWAS\t2020\t\t\tsource\t"), "s.tsv", 4, "start", "overlaps");

    [Fact]
    public void Lint_TwoHeadsOfStateAtOnce_Refused() =>
        Single(LintWith([.. Actors, "bah-ndaw\tperson\tBah Ndaw\t\t\t\t\t\t\t\t\t\t\tsource"],
        [
            "MLI\thead_of_state\tassimi-goita\t2021-05-24\t\t\tsource\t",
            "MLI\thead_of_state\tbah-ndaw\t2020-09-25\t2021-06-01\t\tsource\t",
        ]), "s.tsv", 3, "start", "overlaps");

    [Fact]
    public void Lint_MembershipBeforeFounding_Refused() =>
        Single(Lint(
            "ECOWAS\tfounded\t\t1975-05-28\t\t\tTreaty of Lagos\t",
            "MLI\tmember_of\tECOWAS\t1970\t\t\tsource\t"), "s.tsv", 4, "start", "starts before ECOWAS was founded");

    [Fact]
    public void Lint_MembershipAfterDissolution_Refused() =>
        Single(Lint(
            "ECOWAS\tfounded\t\t1975-05-28\t2000-01-01\t\tsource\t",
            "MLI\tmember_of\tECOWAS\t1975-05-28\t\t\tsource\t"), "s.tsv", 4, "end", "after ECOWAS was dissolved");

    [Fact]
    public void Lint_SuspensionWithoutMembership_Refused() =>
        Single(Lint("MLI\tsuspended_from\tECOWAS\t2020-08-19\t2020-10-06\t\tsource\t"), "s.tsv", 3, null, "while not a member");

    [Fact]
    public void Lint_EventWithEnd_Refused() =>
        Single(Lint("MLI\tcoup\t\t2012-03-22\t2013\t\tsource\t"), "s.tsv", 3, "end", "coup is an event");

    [Fact]
    public void Lint_DuplicateActor_Refused() =>
        Single(LintWith([.. Actors, "MLI\tstate\tMali again\t\t\t\t\t\t\t\t\t\t\tsource"], []), "a.tsv", 6, "id", "already defined");

    [Fact]
    public void Lint_BadActorId_Refused() =>
        Single(LintWith([.. Actors, "Mali\tstate\tMali\t\t\t\t\t\t\t\t\t\t\tsource"], []), "a.tsv", 6, "id", "ISO 3166-1 alpha-3");

    [Fact]
    public void Diagnostic_ToString_FileLineFieldMessageHint()
    {
        var d = new DataDiagnostic("data/statements/x.tsv", 12, "start", "bad", "fix it");

        Assert.Equal("data/statements/x.tsv:12: error: start: bad (fix: fix it)", d.ToString());
    }
}

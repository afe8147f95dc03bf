using Griot.Core;
using Griot.Core.Statements;
using Griot.Text.Language;

namespace Griot.Web.Api;

/// <summary>
/// <c>GET /api/vocabulary?lang=en</c>: the vocabulary the UI puts into words, declared once — each predicate with the
/// shape of its object and whether the network draws it, the stance and trend scales in order, and every word of the
/// language's <c>words.tsv</c> (claim templates, labels), so that no page keeps its own copy.
/// </summary>
public static class VocabularyEndpoint
{
    public static void MapVocabulary(this RouteGroupBuilder api) =>
        api.MapGet("/vocabulary", Vocabulary).WithName("GetVocabulary")
            .WithSummary("Predicates, stances and trends with their words in a language (lang: en or fr; default en), and the claim templates.")
            .Produces<VocabularyDto>().ProducesValidationProblem();

    /// <summary>A predicate as the UI needs it.</summary>
    /// <param name="Object">What its object is: <c>actor</c>, <c>value</c> (one of <paramref name="Values"/>) or <c>none</c>.</param>
    public sealed record PredicateDto(string Id, string Label, string Object, IReadOnlyList<string> Values, bool Symmetric, bool NetworkTie);

    public sealed record LabelDto(string Id, string Label);

    public sealed record VocabularyDto(string Language, IReadOnlyList<string> Languages, IReadOnlyList<PredicateDto> Predicates,
        IReadOnlyList<LabelDto> Stances, IReadOnlyList<LabelDto> Trends, IReadOnlyDictionary<string, List<string>> Words);

    private static IResult Vocabulary(string? lang)
    {
        var languages = LanguageSet.Bundled;
        var pack = languages.Find(lang ?? "en");
        if (pack is null)
        {
            return GriotApi.Invalid("lang", $"'{lang}' is not a language of Griot; use one of {string.Join(", ", languages.Packs.Select(p => p.Code))}");
        }

        var words = pack.Words;
        LabelDto Label<T>(T value, string prefix) where T : struct, Enum
        {
            var id = VocabularyNames.ToName(value);
            return new LabelDto(id, words.Word($"{prefix}.{id}") ?? id);
        }

        var predicates = Predicate.All.Select(p => new PredicateDto(p.Id, words.Word("predicate." + p.Id) ?? p.Id.Replace('_', ' '),
            VocabularyNames.ToName(p.ObjectKind), p.ObjectValues, p.Symmetric, p.NetworkTie)).ToList();
        return TypedResults.Ok(new VocabularyDto(pack.Code, languages.Packs.Select(p => p.Code).ToList(), predicates,
            Enum.GetValues<Stance>().Select(s => Label(s, "stance")).ToList(), Enum.GetValues<Trend>().Select(t => Label(t, "trend")).ToList(),
            words.Entries));
    }
}

using System.Globalization;
using CsvHelper;
using Griot.Core;
using Griot.Core.Statements;

namespace Griot.Store.Exchange;

/// <summary>
/// Writes statements, and actors, as CSV for spreadsheets: the columns of <c>data/</c>'s files (and
/// a statement id), quoted where needed, so that <c>griot import</c> reads them back.
/// </summary>
public static class CsvExportWriter
{
    public static void WriteStatements(IEnumerable<Statement> statements, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(statements);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in new[] { "id", "subject", "predicate", "object", "start", "end", "qualifiers", "source" })
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var s in statements)
        {
            csv.WriteField(s.Id);
            csv.WriteField(s.Subject);
            csv.WriteField(s.Predicate.Id);
            csv.WriteField(s.Object ?? "");
            csv.WriteField(s.Valid.Start.ToString());
            csv.WriteField(s.Valid.End.ToString());
            csv.WriteField(s.Qualifiers.ToString());
            csv.WriteField(Sources(s.References));
            csv.NextRecord();
        }
    }

    public static void WriteActors(IEnumerable<SourcedActor> actors, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(actors);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in new[] { "id", "kind", "name", "official_name", "other_names", "acronyms", "demonyms", "capital", "iso2", "iso_numeric", "cow", "cameo", "wikidata", "source", "places" })
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var (a, references) in actors)
        {
            var ids = a.Identifiers;
            foreach (var field in new[]
            {
                a.Id, VocabularyNames.ToName(a.Kind), a.Name, a.OfficialName ?? "", string.Join(" | ", a.OtherNames), string.Join(" | ", a.Acronyms),
                string.Join(" | ", a.Demonyms), string.Join(" | ", a.CapitalNames), ids.Iso2 ?? "", ids.IsoNumeric ?? "",
                ids.Cow?.ToString(CultureInfo.InvariantCulture) ?? "", ids.Cameo ?? "", ids.Wikidata ?? "", Sources(references), string.Join(" | ", a.Places),
            })
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
        }
    }

    /// <summary>The sources of a row: each reference's publication, else its dataset row, else its document.</summary>
    private static string Sources(IEnumerable<Reference> references) =>
        string.Join(" | ", references
            .Select(r => r.Source ?? (r.Dataset is not null ? $"{r.Dataset}:{r.Row}" : r.Document is not null ? $"document {r.Document}" : null))
            .OfType<string>().Distinct());
}

using System.Text.Json.Nodes;
using Griot.Core;
using Griot.Core.Statements;
using Griot.Store.Json;

namespace Griot.Store.Exchange;

/// <summary>
/// Writes a <see cref="KnowledgeSet"/> as JSON-LD. Each node keeps VOCABULARY.md's JSON shape, so
/// that <c>griot import</c> reads the file back; the context turns actor ids into IRIs, predicates into
/// Wikidata properties where one is mapped (<c>member_of</c> → <c>wdt:P463</c>), and actors' Wikidata
/// QIDs into <c>sameAs</c> links.
/// </summary>
public static class JsonLdWriter
{
    public const string Base = "https://w3id.org/griot/id/";
    public const string Vocabulary = "https://w3id.org/griot/vocab#";

    public static JsonObject Write(KnowledgeSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var graph = new JsonArray();
        foreach (var (actor, references) in set.Actors)
        {
            var node = GriotJson.ActorDetail(actor);
            node.Insert(0, "@id", actor.Id);
            node.Insert(1, "@type", Pascal(VocabularyNames.ToName(actor.Kind)));
            if (actor.Identifiers.Wikidata is { } qid)
            {
                node["sameAs"] = "wd:" + qid;
            }

            node["references"] = new JsonArray(references.Select(GriotJson.Reference).ToArray<JsonNode?>());
            graph.Add(node);
        }

        foreach (var statement in set.Statements)
        {
            var node = GriotJson.Statement(statement);
            node.Insert(0, "@id", "statement/" + statement.Id);
            node.Insert(1, "@type", "Statement");
            if (statement.Predicate.WikidataProperty is { } property)
            {
                node["wikidataProperty"] = "wdt:" + property;
            }

            graph.Add(node);
        }

        return new JsonObject { ["@context"] = Context(), ["@graph"] = graph };
    }

    private static JsonObject Context()
    {
        var context = new JsonObject
        {
            ["@base"] = Base,
            ["@vocab"] = Vocabulary,
            ["wd"] = "http://www.wikidata.org/entity/",
            ["wdt"] = "http://www.wikidata.org/prop/direct/",
            ["schema"] = "https://schema.org/",
            ["sameAs"] = new JsonObject { ["@id"] = "schema:sameAs", ["@type"] = "@id" },
            ["name"] = "schema:name",
            ["subject"] = new JsonObject { ["@type"] = "@id" },
            ["object"] = new JsonObject { ["@type"] = "@id" },
            ["predicate"] = new JsonObject { ["@type"] = "@vocab" },
            ["wikidataProperty"] = new JsonObject { ["@type"] = "@id" },
            ["qualifiers"] = new JsonObject { ["@type"] = "@json" },
            ["identifiers"] = new JsonObject { ["@type"] = "@json" },
        };
        foreach (var predicate in Predicate.All.Where(p => p.WikidataProperty is not null))
        {
            context[predicate.Id] = "wdt:" + predicate.WikidataProperty;
        }

        return context;
    }

    private static string Pascal(string snake) =>
        string.Concat(snake.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}

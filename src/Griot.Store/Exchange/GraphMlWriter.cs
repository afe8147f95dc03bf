using System.Xml;
using Griot.Core;
using Griot.Core.Statements;

namespace Griot.Store.Exchange;

/// <summary>
/// Writes a <see cref="KnowledgeSet"/> as GraphML for Gephi, Cytoscape or yEd: actors are nodes
/// (id, kind, name, ISO and Wikidata codes), statements between two actors are edges (predicate,
/// role, stance, trend, start, end, sources). Statements without an actor object (a coup, a
/// founding, a security concern) have no edge and are left out.
/// </summary>
public static class GraphMlWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name)[] Keys =
    [
        ("kind", "node", "kind"), ("name", "node", "label"), ("iso2", "node", "iso2"), ("wikidata", "node", "wikidata"),
        ("predicate", "edge", "predicate"), ("role", "edge", "role"), ("stance", "edge", "stance"), ("trend", "edge", "trend"),
        ("start", "edge", "start"), ("end", "edge", "end"), ("source", "edge", "source"), ("statement", "edge", "statement"),
    ];

    public static void Write(KnowledgeSet set, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(set);
        using var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        foreach (var (id, target, name) in Keys)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", target);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", "string");
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "griot");
        xml.WriteAttributeString("edgedefault", "directed");
        var nodes = set.Actors.Select(a => a.Actor.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (actor, _) in set.Actors)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", actor.Id);
            Data(xml, "kind", VocabularyNames.ToName(actor.Kind));
            Data(xml, "name", actor.Name);
            Data(xml, "iso2", actor.Identifiers.Iso2);
            Data(xml, "wikidata", actor.Identifiers.Wikidata);
            xml.WriteEndElement();
        }

        foreach (var s in set.Statements.Where(s => s.Predicate.ObjectKind == ObjectKind.Actor && nodes.Contains(s.Subject) && nodes.Contains(s.Object!)))
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", s.Id);
            xml.WriteAttributeString("source", s.Subject);
            xml.WriteAttributeString("target", s.Object!);
            if (s.Predicate.AnsweredBothWays)
            {
                xml.WriteAttributeString("directed", "false");
            }

            Data(xml, "predicate", s.Predicate.Id);
            Data(xml, "role", s.Qualifiers.Get("role"));
            Data(xml, "stance", s.Qualifiers.Get("stance"));
            Data(xml, "trend", s.Qualifiers.Get("trend"));
            Data(xml, "start", Json.GriotJson.Bound(s.Valid.Start));
            Data(xml, "end", Json.GriotJson.Bound(s.Valid.End));
            Data(xml, "source", string.Join(" | ", s.References.Select(r => r.Source).OfType<string>().Distinct()));
            Data(xml, "statement", s.ToString());
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}

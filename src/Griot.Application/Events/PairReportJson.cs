using System.Text.Json.Nodes;
using Griot.Events.Json;
using Griot.Store.Json;

namespace Griot.Application.Events;

/// <summary>The pair report as JSON, one shape for <c>griot events series --format json</c> and <c>GET /api/events/series</c>.</summary>
public static class PairReportJson
{
    public static JsonObject Series(PairSeriesReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var json = EventJson.Series(report.Series);
        if (report.Shifts is { } shifts)
        {
            // The pair's shifts (monthly, PELT), so a chart can mark where relations turned.
            json["shifts"] = EventJson.Shifts(shifts);
        }

        EventParty[] parties = [report.A, report.B];
        json["statements"] = new JsonArray(report.Statements.Select(s => (JsonNode?)GriotJson.Statement(s)).ToArray());
        json["names"] = new JsonObject(parties.Select(p => KeyValuePair.Create(p.Code, (JsonNode?)p.Name)));
        json["ids"] = new JsonObject(parties.Select(p => KeyValuePair.Create(p.Code, (JsonNode?)p.ActorId)));
        json["message"] = report.Message;
        return json;
    }
}

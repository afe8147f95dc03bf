using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Griot.Store.Json;
using Microsoft.Net.Http.Headers;

namespace Griot.Web.Api;

/// <summary>
/// A JSON answer with a strong ETag (the SHA-256 of its bytes): a client that sends it back in
/// <c>If-None-Match</c> gets <c>304 Not Modified</c> and no body.
/// </summary>
public sealed class JsonWithETag(JsonNode node) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var bytes = Encoding.UTF8.GetBytes(GriotJson.Serialize(node));
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"";
        var response = httpContext.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = "no-cache";
        if (httpContext.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }
}

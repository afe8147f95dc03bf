using System.Reflection;
using System.Security.Cryptography;
using Griot.Store.Json.Contracts;
using Microsoft.AspNetCore.Http.Metadata;

namespace Griot.Web.Api;

/// <summary>
/// A JSON answer of one of <see cref="GriotJsonContext"/>'s shapes, written with <see cref="GriotWire.Options"/>, with
/// a strong ETag (the SHA-256 of its bytes): a client that sends it back in <c>If-None-Match</c> gets
/// <c>304 Not Modified</c> and no body. Its endpoint documents a <c>200</c> answer of <typeparamref name="T"/>.
/// </summary>
public sealed class JsonWithETag<T>(T value) : IResult, IValueHttpResult, IValueHttpResult<T>, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public T Value => value;

    object? IValueHttpResult.Value => value;

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => JsonContentType;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var bytes = GriotWire.SerializeToUtf8Bytes(value);
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"";
        var response = httpContext.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = "no-cache";
        if (httpContext.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = JsonContentType;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
    }
}

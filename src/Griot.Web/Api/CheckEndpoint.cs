using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Griot.Application.Text;
using Griot.Text.Checking;
using Griot.Text.Claims;
using Griot.Text.Documents;
using Griot.Text.Json;

namespace Griot.Web.Api;

/// <summary>
/// <c>POST /api/check</c>: a text as JSON (<c>{ "text", "documentDate", "asOf", "subject" }</c>), as plain
/// text, or as an uploaded file (multipart, field <c>file</c>: .txt, .md, .html, .pdf), checked against the
/// knowledge base. Bodies over 2 MB get 413; other media types 415.
/// </summary>
public static class CheckEndpoint
{
    public const long MaxBytes = 2 * 1024 * 1024;

    public static void MapCheck(this RouteGroupBuilder api)
    {
        api.MapPost("/check", CheckAsync).WithName("CheckText")
            .WithSummary("Check what a text claims: each claim with its verdict, reason and the statements it was checked against, and the claims that conflict.")
            .Accepts<CheckRequest>("application/json", "text/plain", "multipart/form-data")
            .Produces<JsonObject>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery();
    }

    /// <summary>The JSON body of a check.</summary>
    public sealed record CheckRequest(string Text, string? DocumentDate = null, string? AsOf = null, string? Subject = null);

    private static async Task<IResult> CheckAsync(HttpRequest request, GriotStore griot, TimeProvider time, CancellationToken cancellationToken)
    {
        var (document, options, problem) = await ReadAsync(request, cancellationToken);
        if (document is null || options is null)
        {
            return problem!;
        }

        DateOnly? documentDate = null;
        if (options.DocumentDate is { Length: > 0 })
        {
            if (GriotApi.Day(options.DocumentDate, "documentDate", time, out var d) is { } invalid)
            {
                return invalid;
            }

            documentDate = d;
        }

        if (GriotApi.Day(options.AsOf is { Length: > 0 } ? options.AsOf : null, "asOf", time, out var today) is { } badAsOf)
        {
            return badAsOf;
        }

        var checks = await griot.GetTextChecksAsync(cancellationToken);
        var subject = options.Subject is { Length: > 0 } s ? s : null;
        if (await checks.UnknownSubjectAsync(subject, cancellationToken) is { } unknown)
        {
            return GriotApi.Invalid("subject", unknown);
        }

        var result = await checks.CheckAsync(document, new ExtractionOptions(subject, documentDate), today, cancellationToken);
        var extraction = result.Extraction;
        var answer = ClaimJson.Check(result);
        answer["text"] = document.Text;
        answer["judgedOn"] = result.JudgedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        answer["mainSubject"] = extraction.MainSubject;
        return TypedResults.Text(answer.ToJsonString(), "application/json", Encoding.UTF8);
    }

    /// <summary>The document and options of a check request, or the problem with it (too large, unreadable, wrong media type).</summary>
    private static async Task<(Document? Document, CheckRequest? Options, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, null, TooLarge());
        }

        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        Document document;
        CheckRequest options;
        try
        {
            switch (mediaType)
            {
                case "application/json":
                    var body = await ReadLimitedAsync(request.Body, cancellationToken);
                    if (body is null)
                    {
                        return (null, null, TooLarge());
                    }

                    var json = JsonSerializer.Deserialize<CheckRequest>(body, new JsonSerializerOptions(JsonSerializerDefaults.Web));
                    if (json is null || string.IsNullOrWhiteSpace(json.Text))
                    {
                        return (null, null, GriotApi.Invalid("text", "give the text to check in \"text\""));
                    }

                    options = json;
                    document = Document.FromText(json.Text, "text");
                    break;
                case "text/plain":
                    var bytes = await ReadLimitedAsync(request.Body, cancellationToken);
                    if (bytes is null)
                    {
                        return (null, null, TooLarge());
                    }

                    options = new CheckRequest("", request.Query["documentDate"], request.Query["asOf"], request.Query["subject"]);
                    document = DocumentReader.Read(bytes, "text.txt");
                    break;
                case "multipart/form-data":
                    var form = await request.ReadFormAsync(cancellationToken);
                    var file = form.Files["file"] ?? form.Files.FirstOrDefault();
                    if (file is null)
                    {
                        return (null, null, GriotApi.Invalid("file", "upload the text as a file in the field \"file\""));
                    }

                    if (file.Length > MaxBytes)
                    {
                        return (null, null, TooLarge());
                    }

                    using (var buffer = new MemoryStream())
                    {
                        await file.CopyToAsync(buffer, cancellationToken);
                        document = DocumentReader.Read(buffer.ToArray(), file.FileName);
                    }

                    options = new CheckRequest("", form["documentDate"].FirstOrDefault(), form["asOf"].FirstOrDefault(), form["subject"].FirstOrDefault());
                    break;
                default:
                    return (null, null, TypedResults.Problem(
                        title: "Unsupported media type",
                        detail: $"send the text as application/json ({{\"text\": …}}), text/plain or multipart/form-data (field \"file\"), not {mediaType ?? "no content type"}",
                        statusCode: StatusCodes.Status415UnsupportedMediaType));
            }
        }
        catch (JsonException e)
        {
            return (null, null, GriotApi.Invalid("body", $"the JSON body cannot be read: {e.Message}"));
        }
        catch (UnreadableDocumentException e)
        {
            return (null, null, TypedResults.Problem(title: "Unreadable document", detail: e.Message, statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        return (document, options, null);
    }

    private static IResult TooLarge() => TypedResults.Problem(
        title: "Text too large",
        detail: $"the text is larger than {MaxBytes / (1024 * 1024)} MB; split it into smaller files",
        statusCode: StatusCodes.Status413PayloadTooLarge);

    /// <summary>The body, or null where it is larger than the limit.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

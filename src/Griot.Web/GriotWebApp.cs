using Griot.Web.Api;
using Microsoft.Extensions.FileProviders;
using Scalar.AspNetCore;

namespace Griot.Web;

/// <summary>
/// Griot's web process: the HTTP API under <c>/api</c>, its OpenAPI document at <c>/openapi/v1.json</c>
/// with a reference page at <c>/docs</c>, and the UI's static pages, on one embedded knowledge store.
/// </summary>
public static class GriotWebApp
{
    /// <summary>Builds the app; <c>Griot:Database</c>, <c>Griot:Data</c> and <c>Urls</c> come from configuration.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddGriotApi();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Griot API";
            document.Info.Description = "A source-grounded, time-aware knowledge graph of foreign relations: actors, profiles as of a day, timelines, differences between days, statements, ego networks, and checking what a text claims.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        var ui = new ManifestEmbeddedFileProvider(typeof(GriotWebApp).Assembly, "wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = ui });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = ui });
        // The output cache keys answers by the revision of the snapshot they would be read from: read it first.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.Use(async (context, next) =>
        {
            var griot = context.RequestServices.GetRequiredService<GriotStore>();
            context.Items[GriotStore.RevisionItem] = (await griot.GetSnapshotAsync(context.RequestAborted)).Revision;
            await next(context);
        }));
        app.UseOutputCache();
        app.MapOpenApi();
        app.MapScalarApiReference("/docs", options => options.WithTitle("Griot API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapGriotApi();
        return app;
    }
}

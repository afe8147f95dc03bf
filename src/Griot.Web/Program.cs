using Griot.Web;

// Configuration: Griot:Database (or GRIOT_DB), Griot:Data (or GRIOT_DATA), Urls (default http://127.0.0.1:5080).
var app = GriotWebApp.Build(args);
await app.RunAsync();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;

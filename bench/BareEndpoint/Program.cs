// Serves every file of a folder from memory at its path, with the content type (and encoding, for compressed bytes) the
// hub sent, through the leanest ASP.NET Core host: the benchmark's "framework ceiling" for the same bytes.
// Usage: BareEndpoint FOLDER URL
var folder = args[0];
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args[1..] });
builder.Logging.ClearProviders();
builder.WebHost.UseUrls(args[1]);
var app = builder.Build();
foreach (var file in Directory.EnumerateFiles(folder, "*.body", SearchOption.AllDirectories))
{
    var path = "/" + Path.GetRelativePath(folder, file)[..^".body".Length].Replace('\\', '/');
    var bytes = File.ReadAllBytes(file);
    var contentType = File.ReadAllText(file[..^".body".Length] + ".type").Trim();
    var encodingFile = file[..^".body".Length] + ".encoding";
    if (File.Exists(encodingFile))
    {
        var encoding = File.ReadAllText(encodingFile).Trim();
        app.MapGet(path, (HttpResponse response) =>
        {
            response.Headers.ContentEncoding = encoding;
            return Results.Bytes(bytes, contentType);
        });
    }
    else
    {
        app.MapGet(path, () => Results.Bytes(bytes, contentType));
    }
}

app.Run();

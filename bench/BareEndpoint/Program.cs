// Serves every file of a folder from memory at its path, with the content type the hub sent, through the leanest
// ASP.NET Core host: the benchmark's "framework ceiling" for the same bytes. Usage: BareEndpoint FOLDER URL
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
    app.MapGet(path, () => Results.Bytes(bytes, contentType));
}

app.Run();

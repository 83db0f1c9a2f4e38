using System.Text.Json;
using CseaHub.Web.Data;

namespace CseaHub.Web.Pages.Instruments;

/// <summary>
/// The country shapes of the map of Europe drawn on instrument pages (data/geo/europe.json, Natural Earth, public
/// domain, projected once by tools/geo). Read once: the shapes never change while the hub runs.
/// </summary>
public sealed class EuropeMap
{
    public const string File = "geo/europe.json";

    public EuropeMap(HubDataOptions options)
    {
        using var stream = System.IO.File.OpenRead(Path.Combine(options.DatasetPath, File));
        var map = JsonSerializer.Deserialize<MapFile>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"{File} is empty.");
        Width = map.Width;
        Height = map.Height;
        Shapes = map.Countries;
        Source = map.Source;
    }

    public int Width { get; }

    public int Height { get; }

    public IReadOnlyList<Shape> Shapes { get; }

    public MapSource Source { get; }

    public sealed record Shape(string Code, string D);

    public sealed record MapSource(string Title, string Publisher, Uri Url, string Licence);

    private sealed record MapFile(MapSource Source, int Width, int Height, IReadOnlyList<Shape> Countries);
}

using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using CseaHub.Tests;
using CseaHub.Web.Exchange;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CseaHub.IntegrationTests.Reliability;

/// <summary>
/// The import validators under hostile files: a bundled organisation copied thousands of times, each copy with one
/// value (any field, nested ones too) replaced by a hostile one (<see cref="HostileInput"/>), plus files that are not
/// UTF-8 or not JSON at all. The import must report every bad file by name and write nothing; the copies it found
/// valid must then import on their own, and their pages must render without a live script.
/// </summary>
public sealed class HostileImportTests
{
    private const int Seed = 20261204;

    /// <summary>Every case goes into some field: each field gets one case in so many, about 2,500 files in all.</summary>
    private const int Stride = 10;

    private const string Prefix = "hostile-";

    [Fact]
    public async Task A_hostile_import_names_every_bad_file_writes_nothing_and_its_valid_files_import_safely()
    {
        await using var hub = HubAppFactory.Own();
        await hub.InitializeAsync();
        var errorsBefore = hub.Errors.Entries.Count;
        var folder = Directory.CreateTempSubdirectory("cseahub-hostile-import-").FullName;
        var organisations = Directory.CreateDirectory(Path.Combine(folder, "organisations")).FullName;
        var written = await WriteHostileFilesAsync(organisations);
        var before = await hub.WithDatabaseAsync(db => db.Organisations.CountAsync());

        var report = await ImportAsync(hub, folder);

        Assert.False(report.Written);
        Assert.Equal(before, await hub.WithDatabaseAsync(db => db.Organisations.CountAsync()));
        Assert.All(report.Errors, error => Assert.False(string.IsNullOrWhiteSpace(error.Message)));
        var named = report.Errors.Select(e => Path.GetFileName(e.File)).ToHashSet(StringComparer.Ordinal);
        Assert.True(named.IsSubsetOf(written), $"errors name files that were not imported: {string.Join(", ", named.Except(written).Take(5))}");
        Assert.True(named.Count > written.Count / 10, $"only {named.Count} of {written.Count} files refused");

        // What the first run found valid imports on its own: one run named every bad file.
        foreach (var refused in named)
        {
            File.Delete(Path.Combine(organisations, refused));
        }

        var valid = await ImportAsync(hub, folder);
        Assert.True(valid.Errors.Count == 0, $"the first run missed: {string.Join('\n', valid.Errors.Take(10))}");
        Assert.True(valid.Written);
        await hub.SearchCaughtUpAsync();

        var failures = new List<string>();
        var parser = new HtmlParser();
        var client = hub.CreateClient();
        var slugs = await hub.WithDatabaseAsync(db => db.Organisations.Where(o => o.Slug.StartsWith(Prefix)).Select(o => o.Slug).ToListAsync());
        foreach (var url in slugs.Select(s => $"/organisations/{s}").Append($"/search?q={HostileInput.ScriptMarker}").Append("/organisations?q=hostile"))
        {
            using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            var script = await HostileAnswers.LiveScriptAsync(response, parser);
            if ((int)response.StatusCode >= 400 || script is not null)
            {
                failures.Add($"{(int)response.StatusCode} {url} {script}");
            }
        }

        Assert.Equal(written.Count - named.Count, slugs.Count);
        HostileAnswers.AssertNone(hub, errorsBefore, failures, written.Count + slugs.Count);
    }

    /// <summary>The hostile copies and the malformed files; returns their names.</summary>
    private static async Task<HashSet<string>> WriteHostileFilesAsync(string folder)
    {
        var template = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Dataset, "organisations", "council-of-europe.json")))!;
        var leaves = Leaves(template).ToList();
        var cases = HostileInput.Encoded(Seed, randomCases: 25).Select(Uri.UnescapeDataString).ToList();
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            for (var c = leaf % Stride; c < cases.Count; c += Stride)
            {
                var copy = template.DeepClone();
                var name = $"{Prefix}{files.Count}";
                copy["slug"] = name;
                Replace(copy, leaves[leaf], cases[c]);
                files[name + ".json"] = Encoding.UTF8.GetBytes(copy.ToJsonString());
            }
        }

        // Bytes that are not UTF-8 inside a string, and files that are not a record.
        foreach (var bytes in new byte[][] { [0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0xC0, 0xAF], [0x80], [0x00] })
        {
            var copy = template.DeepClone();
            var name = $"{Prefix}{files.Count}";
            copy["slug"] = name;
            copy["name"]!["en"] = "BYTES";
            var text = Encoding.UTF8.GetBytes(copy.ToJsonString());
            var at = IndexOf(text, "BYTES"u8.ToArray());
            files[name + ".json"] = [.. text[..at], .. bytes, .. text[(at + 5)..]];
        }

        string[] notRecords = ["", "null", "[]", "{", "\"text\"", "{\"slug\": 5}", new string('[', 100_000), "{\"slug\": \"a\", \"slug\": \"b\"}", "\uFEFF{}"];
        foreach (var text in notRecords)
        {
            files[$"{Prefix}{files.Count}.json"] = Encoding.UTF8.GetBytes(text);
        }

        foreach (var (name, content) in files)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, name), content);
        }

        return [.. files.Keys];
    }

    /// <summary>The path to every value in the record (not the slug, which names the file), nested ones too.</summary>
    private static IEnumerable<string> Leaves(JsonNode node) => node switch
    {
        JsonObject record => record.SelectMany(p => p.Value is null ? [p.Key] : Leaves(p.Value).Select(rest => rest.Length == 0 ? p.Key : $"{p.Key}/{rest}"))
            .Where(path => path != "slug"),
        JsonArray list => list.SelectMany((item, i) => item is null ? [$"{i}"] : Leaves(item).Select(rest => rest.Length == 0 ? $"{i}" : $"{i}/{rest}")),
        _ => [string.Empty],
    };

    private static void Replace(JsonNode record, string path, string value)
    {
        var steps = path.Split('/');
        var parent = steps[..^1].Aggregate(record, (node, step) => node is JsonArray list ? list[int.Parse(step, System.Globalization.CultureInfo.InvariantCulture)]! : node[step]!);
        if (parent is JsonArray array)
        {
            array[int.Parse(steps[^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent[steps[^1]] = value;
        }
    }

    private static int IndexOf(byte[] text, byte[] part)
    {
        for (var i = 0; i <= text.Length - part.Length; i++)
        {
            if (text.AsSpan(i, part.Length).SequenceEqual(part))
            {
                return i;
            }
        }

        throw new InvalidOperationException("marker not found");
    }

    private static async Task<ImportReport> ImportAsync(HubAppFactory hub, string folder)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatasetExchange>()
            .ImportAsync(folder, new ImportOptions(Publish: true, DryRun: false), TextWriter.Null, TestContext.Current.CancellationToken);
    }
}

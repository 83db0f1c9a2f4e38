using System.IO.Compression;
using System.Security.Claims;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Exchange;
using CseaHub.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CseaHub.Web.Pages.Admin;

/// <summary>
/// Bulk exchange in the back office (administrators): download an export as a ZIP (JSON or CSV, public or with
/// professionals-only content), and upload a CSV table or a ZIP of a dataset folder or an export to validate (dry run),
/// import as drafts for review, or publish. The same service as the <c>import</c> and <c>export</c> commands.
/// </summary>
[RequestSizeLimit(MaxUpload)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
public sealed class ExchangeModel(DatasetExchange exchange, IStringLocalizer<SharedResource> text) : PageModel
{
    public const long MaxUpload = 200L * 1024 * 1024;

    /// <summary>What a ZIP may unpack to at most: a bomb stops here, not in the server's memory or disk.</summary>
    private const long MaxUnpacked = 1024L * 1024 * 1024;

    private const int MaxEntries = 500_000;

    public ImportReport? Report { get; private set; }

    public string Progress { get; private set; } = string.Empty;

    public string? UploadError { get; private set; }

    public bool DryRun { get; private set; } = true;

    public bool Publish { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostExportAsync(string? format, bool includeProfessionals, CancellationToken cancellationToken)
    {
        var chosen = format == "csv" ? ExchangeFormat.Csv : ExchangeFormat.Json;
        var folder = Directory.CreateTempSubdirectory("cseahub-export-");
        try
        {
            var output = Path.Combine(folder.FullName, "export");
            await exchange.ExportAsync(new ExportOptions(chosen, output, includeProfessionals, Actor), cancellationToken);
            var zip = Path.Combine(folder.FullName, "export.zip");
            await ZipFile.CreateFromDirectoryAsync(output, zip, CompressionLevel.Optimal, includeBaseDirectory: false, cancellationToken);
            var name = $"cseahub-{(includeProfessionals ? "professionals" : "public")}-{chosen.ToString().ToLowerInvariant()}-{DateTime.UtcNow:yyyyMMdd}.zip";
            Response.Headers.CacheControl = "no-store";
            return File(await System.IO.File.ReadAllBytesAsync(zip, cancellationToken), "application/zip", name);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? upload, bool dryRun, bool publish, CancellationToken cancellationToken)
    {
        (DryRun, Publish) = (dryRun, publish);
        if (upload is null || upload.Length == 0)
        {
            UploadError = text["ExchangeChooseFile"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var folder = Directory.CreateTempSubdirectory("cseahub-import-");
        try
        {
            if (await UnpackAsync(upload, folder.FullName, cancellationToken) is { } problem)
            {
                UploadError = problem;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            var progress = new StringWriter();
            Report = await exchange.ImportAsync(folder.FullName, new ImportOptions(publish, dryRun, Actor, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? Actor), progress, cancellationToken);
            Progress = progress.ToString().Replace(folder.FullName, upload.FileName, StringComparison.Ordinal);
            if (Report.Errors.Count > 0)
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }

            return Page();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private string Actor => User.Identity?.Name ?? "administrator";

    /// <summary>Puts the upload in <paramref name="folder"/>: a ZIP unpacked (within limits, never outside the folder), anything else as it came.</summary>
    private async Task<string?> UnpackAsync(IFormFile upload, string folder, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(upload.FileName);
        if (!name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            // A JSON record is placed by the folders around it, which an upload does not have: it comes in a ZIP.
            if (!name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                return text["ExchangeNotZipOrCsv"];
            }

            var target = Path.Combine(folder, name);
            await using var file = System.IO.File.Create(target);
            await upload.CopyToAsync(file, cancellationToken);
            return null;
        }

        try
        {
            await using var stream = upload.OpenReadStream();
            await using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
            if (archive.Entries.Count > MaxEntries || archive.Entries.Sum(e => e.Length) > MaxUnpacked)
            {
                return text["ExchangeZipTooLarge", MaxEntries, MaxUnpacked / (1024 * 1024 * 1024)];
            }

            var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
            foreach (var entry in archive.Entries.Where(e => e.Name.Length > 0))
            {
                var target = Path.GetFullPath(Path.Combine(folder, entry.FullName));
                if (!target.StartsWith(root, StringComparison.Ordinal))
                {
                    return text["ExchangeZipOutside", QueryParameters.Truncate(entry.FullName)];
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await entry.ExtractToFileAsync(target, overwrite: false, cancellationToken);
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return text["ExchangeZipUnreadable"];
        }
    }
}

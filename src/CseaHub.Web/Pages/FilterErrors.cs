using CseaHub.Web.Data;
using CseaHub.Web.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Pages;

/// <summary>
/// The problems with a list's filters, by parameter: the shape errors found while parsing, then the values that name
/// nothing the hub knows. Every list (directory, library, findings) reports them in the same words.
/// </summary>
public sealed class FilterErrors(IReadOnlyDictionary<string, string[]> parseErrors)
{
    private readonly Dictionary<string, string[]> _errors = new(parseErrors);

    public IReadOnlyDictionary<string, string[]> All => _errors;

    /// <summary>Refuses <paramref name="value"/> when <paramref name="exists"/> says no; a value already refused for its shape is not looked up.</summary>
    public async Task MustExistAsync(string name, string? value, Func<string, Task<bool>> exists, string message)
    {
        if (value is not null && !_errors.ContainsKey(name) && !await exists(value))
        {
            _errors[name] = [message];
        }
    }

    public Task TermAsync<T>(string name, string? key, IQueryable<T> terms, string kind, CancellationToken cancellationToken)
        where T : Term =>
        MustExistAsync(name, key, k => terms.AnyAsync(t => t.Key == k, cancellationToken), $"'{key}' is not a known {kind}.");

    public Task CountryAsync(HubDbContext db, string? code, CancellationToken cancellationToken) =>
        MustExistAsync("country", code, c => db.Countries.AnyAsync(x => x.Code == c, cancellationToken),
            $"'{code}' is not a country code the hub knows (use ISO 3166-1 alpha-2, e.g. FR).");
}

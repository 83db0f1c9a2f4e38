using System.Globalization;
using CseaHub.Web.Pages;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace CseaHub.Web.Api;

/// <summary>One page of an API list: the items, where they sit, and how many there are in all.</summary>
public sealed record ListPage<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Items);

/// <summary>
/// Paging shared by every API list: the same <c>page</c> and <c>pageSize</c> parameters, the total in the body and in
/// <c>X-Total-Count</c>, and RFC 8288 <c>Link</c> headers (first, prev, next, last) that keep the caller's filters.
/// </summary>
public static class ApiPaging
{
    /// <summary>Reference lists (instruments, countries, rounds, taxonomies) are short: one page holds them by default.</summary>
    public const int ReferenceListPageSize = 100;

    public const int MaxReferenceListPageSize = 1000;

    /// <summary>Answers one page of a short list read whole, in the list's own (stable) order; bad paging values get a 400.</summary>
    public static async Task<Results<Ok<ListPage<T>>, ValidationProblem>> ListAsync<T>(
        HttpContext context, string? page, string? pageSize, Func<Task<IReadOnlyList<T>>> read)
    {
        var errors = new Dictionary<string, string[]>();
        var pageNumber = QueryParameters.Number(page, "page", 1, 100_000, errors) ?? 1;
        var size = QueryParameters.Number(pageSize, "pageSize", 1, MaxReferenceListPageSize, errors) ?? ReferenceListPageSize;
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The query has invalid values.");
        }

        var all = await read();
        return Respond(context, new ListPage<T>(all.Count, pageNumber, size, [.. all.Skip((pageNumber - 1) * size).Take(size)]));
    }

    /// <summary>Writes the paging headers for a page and answers it.</summary>
    public static Ok<ListPage<T>> Respond<T>(HttpContext context, ListPage<T> page)
    {
        var lastPage = Pager.CountFor(page.Total, page.PageSize);
        var links = new List<string> { LinkTo(context.Request, 1, "first") };
        if (page.Page > 1)
        {
            links.Add(LinkTo(context.Request, Math.Min(page.Page - 1, lastPage), "prev"));
        }

        if (page.Page < lastPage)
        {
            links.Add(LinkTo(context.Request, page.Page + 1, "next"));
        }

        links.Add(LinkTo(context.Request, lastPage, "last"));
        context.Response.Headers.Link = string.Join(", ", links);
        context.Response.Headers["X-Total-Count"] = page.Total.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Ok(page);
    }

    private static string LinkTo(HttpRequest request, int page, string relation)
    {
        var query = new QueryBuilder(QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(parameter => !parameter.Key.Equals("page", StringComparison.OrdinalIgnoreCase)))
        {
            { "page", page.ToString(CultureInfo.InvariantCulture) },
        };
        return $"<{request.PathBase.ToUriComponent()}{request.Path.ToUriComponent()}{query.ToQueryString()}>; rel=\"{relation}\"";
    }
}

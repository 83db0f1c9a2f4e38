namespace CseaHub.Web.Pages;

/// <summary>One page of a paged list (directory, library) with the total it was cut from.</summary>
public sealed record ResultPage<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Items)
{
    public int PageCount => Pager.CountFor(Total, PageSize);

    /// <summary>The address asks for a page after the last one: the page says where the last is, with a 404.</summary>
    public bool IsPastEnd => Items.Count == 0 && Page > PageCount;
}

/// <summary>What the shared pager partial needs: where the reader is, how many pages, and how to link to one.</summary>
public sealed record Pager(int Page, int PageCount, Func<int, string> LinkToPage)
{
    public static int CountFor(int total, int pageSize) => total == 0 ? 1 : (total + pageSize - 1) / pageSize;
}

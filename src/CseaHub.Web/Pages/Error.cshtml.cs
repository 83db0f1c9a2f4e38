using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CseaHub.Web.Pages;

/// <summary>
/// The page shown for errors and bare status codes. It says what happened, never how (no exception detail). The code
/// comes from the request's features, never from binding, so a broken form cannot turn a 400 into a 500.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet() => Show();

    public void OnPost() => Show();

    private void Show()
    {
        Code = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode
            ?? (HttpContext.Features.Get<IExceptionHandlerFeature>() is not null
                ? Response.StatusCode is >= 400 and < 600 ? Response.StatusCode : StatusCodes.Status500InternalServerError
                : StatusCodes.Status404NotFound);
        Response.StatusCode = Code;
    }
}

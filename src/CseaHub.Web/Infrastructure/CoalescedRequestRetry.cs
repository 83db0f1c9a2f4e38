namespace CseaHub.Web.Infrastructure;

/// <summary>
/// The output cache renders identical anonymous requests once: the first renders, the others wait for its answer. When
/// the first one's reader goes away, its rendering is cancelled and every request waiting on it receives that
/// cancellation (dotnet/aspnetcore#52310), which for readers still connected was a 500. Such a request is served again,
/// rendering it itself: <see cref="RendersAlone"/> tells the cache policy not to wait on another request this time.
/// </summary>
internal static partial class CoalescedRequestRetry
{
    private static readonly object RetryKey = new();

    public static bool RendersAlone(HttpContext context) => context.Items.ContainsKey(RetryKey);

    /// <summary>Goes just outside the output cache, so a retried request passes through it again.</summary>
    public static IApplicationBuilder UseCoalescedRequestRetry(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CoalescedRequestRetry));
        return app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (OperationCanceledException) when (IsRetryable(context))
            {
                LogRetry(logger, context.Request.Path);
                context.Items[RetryKey] = true;
                await next(context);
            }
        });
    }

    // Only a reader still there, a read, and nothing of the answer sent yet; and once.
    private static bool IsRetryable(HttpContext context) =>
        !context.RequestAborted.IsCancellationRequested
        && !context.Response.HasStarted
        && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && !RendersAlone(context);

    [LoggerMessage(Level = LogLevel.Information, Message = "The request {Path} waited on an identical one that was cancelled; rendering it again")]
    private static partial void LogRetry(ILogger logger, PathString path);
}

using Lineage.Lakehouse.Iceberg.Tables;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Lineage.Workbench.Api;

/// <summary>
/// What escapes an <c>/api</c> endpoint is answered as problem details, never the HTML error page: a damaged table
/// names the table and the file, anything else says only that the server failed (the log has the rest).
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!context.Request.Path.StartsWithSegments("/api") || context.Response.HasStarted)
            return false;
        var problem = exception is DamagedTableException damage
            ? DamagedTableProblem.For(damage)
            : new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Internal error",
                Detail = $"the workbench failed to answer {context.Request.Method} {context.Request.Path}; its log has the details",
            };
        logger.LogError(exception, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}

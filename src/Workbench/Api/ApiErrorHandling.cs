using Lineage.Assets.Graph;
using Lineage.Assets.Selection;
using Microsoft.AspNetCore.Diagnostics;

namespace Lineage.Workbench.Api;

/// <summary>Turns errors a caller can cause into problem details with the message, never a stack trace.</summary>
public sealed class ApiErrorHandling : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
            return false;
        var status = exception switch
        {
            UnknownAssetException => StatusCodes.Status404NotFound,
            AssetSelectionException or ArgumentException or FormatException => StatusCodes.Status400BadRequest,
            _ => 0,
        };
        if (status == 0)
            return false;
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new
        {
            type = "about:blank",
            title = status == 404 ? "Not found" : "Bad request",
            status,
            detail = exception.Message,
        }, cancellationToken);
        return true;
    }
}

using Lineage.Assets.ColumnLineage;
using Lineage.Assets.Graph;
using Lineage.Assets.Selection;
using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Api;

/// <summary>
/// Turns errors a caller can cause into problem details carrying the message (404 for unknown assets,
/// columns and what the warehouse does not hold yet, 400 for bad input), never a stack trace. Anything else is left to the host.
/// </summary>
public sealed class ApiErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e) when (e is UnknownAssetException or UnknownColumnException or WarehouseNotFoundException or RunNotFoundException)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }
        catch (Exception e) when (e is AssetSelectionException or ArgumentException or FormatException)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        }
    }
}

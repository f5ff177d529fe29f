using Lineage.Assets.ColumnLineage;
using Lineage.Assets.Graph;
using Lineage.Assets.Selection;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Workbench.Orchestration.Backfills;
using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Api;

/// <summary>
/// Turns errors a caller can cause into problem details carrying the message (404 for unknown assets,
/// columns, runs, backfills and what the warehouse does not hold yet, 409 for a backfill in the wrong state, 400 for bad input, 500
/// naming the table and the file for a damaged table), never a stack trace. Anything else is left to the host.
/// </summary>
public sealed class ApiErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e) when (e is UnknownAssetException or UnknownColumnException or WarehouseNotFoundException or RunNotFoundException or BackfillNotFoundException)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }
        catch (DamagedTableException e)
        {
            return TypedResults.Problem(DamagedTableProblem.For(e));
        }
        catch (BackfillStateException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
        }
        catch (Exception e) when (e is AssetSelectionException or ArgumentException or FormatException)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        }
    }
}

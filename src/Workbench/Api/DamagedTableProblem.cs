using Lineage.Lakehouse.Iceberg.Tables;
using Microsoft.AspNetCore.Mvc;

namespace Lineage.Workbench.Api;

/// <summary>The problem details of a damaged table: 500 (the server's data, not the request, is at fault) naming the table and the file.</summary>
public static class DamagedTableProblem
{
    public const string Title = "Damaged table";

    public static ProblemDetails For(DamagedTableException damage) => new()
    {
        Status = StatusCodes.Status500InternalServerError,
        Title = Title,
        Detail = damage.Message,
        Extensions =
        {
            ["table"] = damage.Table,
            ["file"] = damage.File,
        },
    };
}

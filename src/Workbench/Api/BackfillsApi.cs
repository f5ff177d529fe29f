using Lineage.Assets.Partitions;
using Lineage.Workbench.Orchestration.Backfills;

namespace Lineage.Workbench.Api;

/// <summary>Launch, list, inspect, resume and cancel backfills.</summary>
public static class BackfillsApi
{
    public static IEndpointRouteBuilder MapBackfillsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").AddEndpointFilter<ApiErrorFilter>().WithTags("Backfills");
        api.MapPost("/backfills", LaunchAsync)
            .WithName("LaunchBackfill")
            .WithSummary("Materializes a selection over a date range as one backfill run; answers 202 with the backfill and run ids.");
        api.MapGet("/backfills", async (BackfillQueries backfills, int? limit, CancellationToken cancellationToken) =>
                Results.Ok(await backfills.ListAsync(limit ?? 50, cancellationToken)))
            .WithName("ListBackfills")
            .WithSummary("Backfills newest first, with their asset partitions counted by status.");
        api.MapGet("/backfills/{id:long}", async (BackfillQueries backfills, long id, CancellationToken cancellationToken) =>
                Results.Ok(await backfills.GetAsync(id, cancellationToken)))
            .WithName("GetBackfill")
            .WithSummary("A backfill with its runs and the status of each date: succeeded, failed, running, queued, canceled or blocked.");
        api.MapPost("/backfills/{id:long}/resume", async (BackfillService service, long id, CancellationToken cancellationToken) =>
                Accepted(await service.ResumeAsync(id, null, cancellationToken)))
            .WithName("ResumeBackfill")
            .WithSummary("Runs again the asset partitions of a failed or canceled backfill that have not succeeded; 409 for a running or completed one.");
        api.MapPost("/backfills/{id:long}/cancel", async (BackfillService service, long id, CancellationToken cancellationToken) =>
                Results.Accepted($"/api/backfills/{id}", await service.CancelAsync(id, null, cancellationToken)))
            .WithName("CancelBackfill")
            .WithSummary("Cancels the unfinished runs of a running backfill; 409 for a finished one.");
        return routes;
    }

    private static async Task<IResult> LaunchAsync(BackfillService service, BackfillBody body, CancellationToken cancellationToken)
    {
        var selection = ApiQuery.Required(body.Selection, "selection", "+ml_run_summary");
        var launch = await service.LaunchAsync(selection, Date(body.From, "from"), Date(body.To, "to"), body.StaleOnly, null, cancellationToken);
        return Accepted(launch);
    }

    private static IResult Accepted(BackfillLaunch launch) => Results.Accepted($"/api/backfills/{launch.BackfillId}", launch);

    private static DateOnly Date(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"name {field}, the first or last date of the backfill, e.g. \"{field}\": \"2026-11-19\"")
        : DailyPartitions.TryParseKey(value, out var date) ? date
        : throw new ArgumentException($"{field} '{value}' is not a date; write it as yyyy-MM-dd");
}

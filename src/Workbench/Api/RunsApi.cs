using Lineage.Assets.Partitions;
using Lineage.Workbench.Health;
using Lineage.Workbench.Hubs;
using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Api;

/// <summary>Launch, list, inspect, cancel and re-execute runs.</summary>
public static class RunsApi
{
    public static IEndpointRouteBuilder MapRunsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").AddEndpointFilter<ApiErrorFilter>().WithTags("Runs");
        api.MapPost("/runs", LaunchAsync)
            .WithName("LaunchRun")
            .WithSummary("Materializes a selection for one or more date partitions in the background; answers 202 with the run id (none when staleOnly found nothing to do).");
        api.MapGet("/runs", async (RunQueries runs, string? status, string? asset, string? trigger, DateTimeOffset? since, long? backfill, long? before, int? limit, CancellationToken cancellationToken) =>
                Results.Ok(await runs.ListAsync(new RunFilter(status, asset, trigger, since, backfill, before, limit ?? 50), cancellationToken)))
            .WithName("ListRuns")
            .WithSummary("Runs newest first; status, asset, trigger, since and backfill narrow the list, before=ID pages back.");
        api.MapGet("/runs/{id:long}", async (RunQueries runs, long id, CancellationToken cancellationToken) =>
                Results.Ok(await runs.GetAsync(id, cancellationToken)))
            .WithName("GetRun")
            .WithSummary("A run with its steps: status, attempt, timing, node, rows, snapshot and error of each.");
        api.MapGet("/runs/{id:long}/events", async (RunQueries runs, long id, long? after, int? limit, string? kind, CancellationToken cancellationToken) =>
                Results.Ok((await runs.EventsAsync(id, after ?? 0, limit ?? 1000, kind, cancellationToken)).Select(RunEventMessage.From)))
            .WithName("GetRunEvents")
            .WithSummary("The run's events (status changes, log lines, materializations, check results) oldest first; after=ID pages on, kind=log narrows.");
        api.MapPost("/runs/{id:long}/cancel", async (RunCanceller canceller, long id, CancellationToken cancellationToken) =>
                await canceller.CancelAsync(id, null, cancellationToken)
                    ? Results.Accepted($"/api/runs/{id}", new { runId = id, status = "canceling" })
                    : TypedResults.Problem($"run {id} has already finished", statusCode: StatusCodes.Status409Conflict, title: "Conflict"))
            .WithName("CancelRun")
            .WithSummary("Cancels a queued or running run: steps not started are withdrawn, running ones are stopped.");
        api.MapPost("/runs/{id:long}/reexecute", async (RunReexecution reexecution, long id, CancellationToken cancellationToken) =>
                Accepted(await reexecution.ReexecuteFailedAsync(id, null, cancellationToken)))
            .WithName("ReexecuteRun")
            .WithSummary("Launches a new run of the steps of a finished run that failed, were blocked or were canceled.");
        return routes;
    }

    private static async Task<IResult> LaunchAsync(RunLauncher launcher, LaunchBody body, CancellationToken cancellationToken)
    {
        var selection = ApiQuery.Required(body.Selection, "selection", "+ml_run_summary");
        var result = await launcher.LaunchAsync(new LaunchRequest(selection, Partitions(body), StaleOnly: body.StaleOnly), cancellationToken);
        return Accepted(result);
    }

    private static IResult Accepted(LaunchResult result) =>
        result.RunId is { } id ? Results.Accepted($"/api/runs/{id}", result) : Results.Ok(result);

    private static IReadOnlyList<DateOnly> Partitions(LaunchBody body)
    {
        if (body.Partition is { Length: > 0 } one)
            return [Date(one)];
        if (body.Partitions is { Count: > 0 } list)
            return list.Select(Date).ToList();
        if (body.From is { Length: > 0 } from && body.To is { Length: > 0 } to)
            return PartitionDateRange.Between(Date(from), Date(to)).Dates;
        throw new ArgumentException("name the partitions: \"partition\": \"2026-11-19\", \"partitions\": [...], or \"from\" and \"to\"");
    }

    private static DateOnly Date(string key) =>
        DailyPartitions.TryParseKey(key, out var date) ? date : throw new ArgumentException($"partition '{key}' is not a date; write it as yyyy-MM-dd");
}

using Lineage.Workbench.Api;

namespace Lineage.Workbench.Orchestration.Schedules;

/// <summary>Lists the schedules.</summary>
public static class SchedulesApi
{
    public static IEndpointRouteBuilder MapSchedulesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").AddEndpointFilter<ApiErrorFilter>().WithTags("Schedules");
        api.MapGet("/schedules", async (ScheduleQueries schedules, CancellationToken cancellationToken) =>
                Results.Ok(await schedules.ListAsync(cancellationToken)))
            .WithName("ListSchedules")
            .WithSummary("The schedules: kind, cron (UTC), selection, lookback, stale-only, enabled, and the next and previous fire times.");
        return routes;
    }
}

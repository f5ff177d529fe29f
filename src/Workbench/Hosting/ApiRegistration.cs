using Lineage.Workbench.Api;
using Lineage.Workbench.Orchestration.Metrics;

namespace Lineage.Workbench.Hosting;

public static class ApiRegistration
{
    public static IServiceCollection AddWorkbenchApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddOpenApi();
        return services;
    }

    public static WebApplication MapWorkbenchApi(this WebApplication app)
    {
        app.MapOpenApi("/api/openapi.json");
        app.MapAssetsApi();
        app.MapPartitionsApi();
        app.MapChecksApi();
        app.MapMaterializationsApi();
        app.MapPreviewApi();
        app.MapRunsApi();
        Orchestration.Schedules.SchedulesApi.MapSchedulesApi(app);
        app.MapMetrics();
        return app;
    }
}

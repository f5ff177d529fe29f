using Lineage.Workbench.Api;
using Lineage.Workbench.Orchestration.Metrics;
using Lineage.Workbench.Orchestration.Schedules;

namespace Lineage.Workbench.Hosting;

public static class ApiRegistration
{
    public static IServiceCollection AddWorkbenchApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
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
        app.MapBackfillsApi();
        app.MapSchedulesApi();
        app.MapMetrics();
        return app;
    }
}

namespace Lineage.Workbench.Hubs;

public static class HubRegistration
{
    /// <summary>SignalR and the relay that pushes new <c>run_events</c> rows to followers (settings in <c>Lineage:Events</c>).</summary>
    public static IServiceCollection AddRunEvents(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddOptions<RunEventsOptions>()
            .BindConfiguration(RunEventsOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero, $"{RunEventsOptions.Section}:PollInterval must be positive, e.g. 00:00:00.250.")
            .Validate(o => o.GapGrace >= TimeSpan.Zero, $"{RunEventsOptions.Section}:GapGrace must not be negative, e.g. 00:00:02.")
            .Validate(o => o.BatchSize > 0, $"{RunEventsOptions.Section}:BatchSize must be at least 1, e.g. 500.")
            .ValidateOnStart();
        services.AddSingleton<RunEventReader>();
        services.AddSingleton<RunEventWatermark>();
        services.AddSingleton<RunEventBroadcast>();
        services.AddHostedService<RunEventRelay>();
        return services;
    }

    /// <summary>The run events hub at <see cref="RunsHub.Path"/>.</summary>
    public static WebApplication MapRunEvents(this WebApplication app)
    {
        app.MapHub<RunsHub>(RunsHub.Path);
        return app;
    }
}

namespace Lineage.Workbench.Hosting;

public static class ServiceRegistration
{
    public static IServiceCollection AddWorkbenchServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LineageOptions>(configuration.GetSection(LineageOptions.Section));
        return services;
    }
}

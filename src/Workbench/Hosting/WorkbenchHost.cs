using Lineage.Workbench.Auth;
using Lineage.Workbench.Components;
using Lineage.Workbench.Hubs;
using Radzen;

namespace Lineage.Workbench.Hosting;

/// <summary>Builds the web workbench: Blazor pages (interactive server), the REST API and static assets.</summary>
public static class WorkbenchHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args.SkipWhile(a => a == "serve").ToArray(),
            // The build output holds wwwroot, including the Blazor script extracted at build time.
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        // Serves package assets (_content/Radzen.Blazor) and the project's wwwroot from a build, in every environment.
        builder.WebHost.UseStaticWebAssets();
        configure?.Invoke(builder);
        builder.Services.AddWorkbenchServices(builder.Configuration);
        builder.Services.AddWorkbenchApi();
        builder.Services.AddRunEvents();
        builder.Services.AddWorkbenchAuth(builder.Configuration);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddRadzenComponents();

        var app = builder.Build();
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapAuthEndpoints();
        app.MapWorkbenchApi();
        app.MapRunEvents();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}

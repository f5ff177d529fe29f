namespace Lineage.Workbench.Hosting;

public static class ApiRegistration
{
    public static WebApplication MapWorkbenchApi(this WebApplication app)
    {
        return app;
    }
}

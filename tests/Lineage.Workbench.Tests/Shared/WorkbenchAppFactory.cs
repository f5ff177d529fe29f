using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lineage.Workbench.Tests.Shared;

/// <summary>The workbench on the sample raw data, with a throwaway warehouse folder and catalog database.</summary>
public sealed class WorkbenchAppFactory : WebApplicationFactory<Program>
{
    private readonly string _warehouse = Directory.CreateTempSubdirectory("lineage-warehouse-").FullName;

    public string CatalogConnectionString => $"Data Source={Path.Combine(_warehouse, "catalog.db")}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Catalog", CatalogConnectionString);
        builder.UseSetting("Lineage:Raw", RepoPaths.SampleRaw);
        builder.UseSetting("Lineage:Warehouse", _warehouse);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_warehouse))
            Directory.Delete(_warehouse, recursive: true);
    }
}

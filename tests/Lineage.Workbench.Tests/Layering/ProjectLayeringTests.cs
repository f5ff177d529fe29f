using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Lineage.Assets.Specs;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Materializers.Materialization;

namespace Lineage.Workbench.Tests.Layering;

/// <summary>
/// Dependencies point one way: Workbench → Materializers → (Assets, Lakehouse). The model and the Lakehouse know
/// nothing of hosting, databases or job engines, and the model does no IO at all. Read from the built assemblies, so
/// a reference added anywhere (a package, a project, a using) is caught.
/// </summary>
public sealed class ProjectLayeringTests
{
    private static readonly Assembly Assets = typeof(AssetSpec).Assembly;
    private static readonly Assembly Lakehouse = typeof(IcebergTable).Assembly;
    private static readonly Assembly Materializers = typeof(BatchIds).Assembly;

    private static readonly string[] HostingAndStorage =
        ["Lineage.Workbench", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.Data.Sqlite", "Hangfire", "Quartz"];

    [Fact]
    public void The_asset_model_references_no_other_Lineage_project_and_nothing_of_hosting_storage_or_jobs()
    {
        AssertReferencesNone(Assets, [.. HostingAndStorage, "Lineage.Lakehouse", "Lineage.Materializers"]);
    }

    [Fact]
    public void The_lakehouse_knows_nothing_of_assets_materializers_hosting_storage_or_jobs()
    {
        AssertReferencesNone(Lakehouse, [.. HostingAndStorage, "Lineage.Assets", "Lineage.Materializers"]);
    }

    [Fact]
    public void The_materializers_know_nothing_of_the_workbench_hosting_storage_or_jobs()
    {
        AssertReferencesNone(Materializers, HostingAndStorage);
    }

    [Fact]
    public void The_asset_model_does_no_io()
    {
        var io = TypeReferences(Assets)
            .Where(name => name.StartsWith("System.IO.", StringComparison.Ordinal) && name != "System.IO.InvalidDataException"
                || name.StartsWith("System.Net.", StringComparison.Ordinal)
                || name is "System.Console" or "System.Environment")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(io.Count == 0, $"{Assets.GetName().Name} uses IO types: {string.Join(", ", io)}");
    }

    private static void AssertReferencesNone(Assembly assembly, IReadOnlyList<string> forbidden)
    {
        var offending = assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => forbidden.Any(prefix => name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal)))
            .ToList();

        Assert.True(offending.Count == 0, $"{assembly.GetName().Name} references {string.Join(", ", offending)}");
    }

    /// <summary>The full names of every type the assembly's code refers to outside itself.</summary>
    private static List<string> TypeReferences(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.TypeReferences
            .Select(handle => metadata.GetTypeReference(handle))
            .Select(type => $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}")
            .ToList();
    }
}

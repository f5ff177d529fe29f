using Lineage.Materializers.Raw;

namespace Lineage.Workbench.Catalog;

/// <summary>
/// Daily partitions start at the earliest landing date among the raw files (from their
/// <c>{counter}-{unix_nano}.json</c> names); with no raw files yet, today.
/// </summary>
public static class PartitionsStartLocator
{
    public static DateOnly Find(string rawRoot, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!Directory.Exists(rawRoot))
            return today;
        DateOnly? earliest = null;
        foreach (var file in Directory.EnumerateFiles(rawRoot, "*.json", SearchOption.AllDirectories))
        {
            if (!RawFileName.TryParse(Path.GetFileName(file), out var name))
                continue;
            var date = DateOnly.FromDateTime(name.LandedAt.UtcDateTime);
            if (earliest is null || date < earliest)
                earliest = date;
        }
        return earliest ?? today;
    }
}

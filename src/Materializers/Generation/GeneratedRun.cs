using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Generation;

/// <summary>One generated raw file: its name, its record and, for a re-run, the counter of the run it repeats.</summary>
public sealed record GeneratedRun(RawFileName Name, VqeDecoratedResult Record, long? RerunOf)
{
    public bool IsRerun => RerunOf is not null;
}

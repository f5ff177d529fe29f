using Lineage.Assets.Staleness;

namespace Lineage.Workbench.Health;

/// <summary>A stale cause in a few words, for a matrix cell or a terminal line.</summary>
public static class StaleCauseText
{
    public static string Short(StaleCause cause)
    {
        var dependency = cause.Dependency?.Name ?? "?";
        return cause.Kind switch
        {
            StaleCauseKind.CodeVersionChanged => "code version changed",
            StaleCauseKind.SourceDataChanged => $"source {dependency} changed",
            StaleCauseKind.UpstreamNewer => $"upstream {dependency} materialized again",
            StaleCauseKind.UpstreamStale => $"upstream {dependency} stale",
            StaleCauseKind.UpstreamMissing => $"upstream {dependency} missing",
            _ => cause.Message,
        };
    }
}

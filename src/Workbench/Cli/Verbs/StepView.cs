using Lineage.Materializers.Materialization;
using Lineage.Workbench.Catalog;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary>A step result as the CLI prints it in JSON.</summary>
internal sealed record StepView(
    string Asset, string Partition, string Status, long Rows, long? SnapshotId, string? Tag, double Seconds, string? Error,
    IReadOnlyList<CheckView> Checks, IReadOnlyList<string> RejectedFiles)
{
    public static StepView From(StepResult step) => new(
        step.Asset.Value, step.Partition, step.Status.ToString().ToLowerInvariant(), step.Rows, step.SnapshotId, step.Tag,
        Math.Round(step.Duration.TotalSeconds, 3), step.Error, step.Checks.Select(CheckView.From).ToList(),
        step.RejectedFiles.Select(r => r.ToString()).ToList());
}

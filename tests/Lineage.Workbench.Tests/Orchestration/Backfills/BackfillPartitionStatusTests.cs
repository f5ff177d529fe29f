using Lineage.Workbench.Orchestration.Backfills;
using Lineage.Workbench.Storage.Runs;

namespace Lineage.Workbench.Tests.Orchestration.Backfills;

public sealed class BackfillPartitionStatusTests
{
    [Theory]
    [InlineData("succeeded", StepStatus.Succeeded, StepStatus.Succeeded)]
    [InlineData("running", StepStatus.Succeeded, StepStatus.Running, StepStatus.Pending)]
    [InlineData("running", StepStatus.Failed, StepStatus.Retrying)]
    [InlineData("queued", StepStatus.Succeeded, StepStatus.Queued, StepStatus.Pending)]
    [InlineData("queued", StepStatus.Failed, StepStatus.Waiting)]
    [InlineData("failed", StepStatus.Succeeded, StepStatus.Failed, StepStatus.Blocked)]
    [InlineData("failed", StepStatus.Canceled, StepStatus.Failed)]
    [InlineData("canceled", StepStatus.Succeeded, StepStatus.Canceled, StepStatus.Blocked)]
    [InlineData("blocked", StepStatus.Succeeded, StepStatus.Blocked)]
    public void A_date_takes_the_word_of_its_most_telling_step(string expected, params StepStatus[] steps) =>
        Assert.Equal(expected, BackfillPartitionStatus.Of(steps));

    [Fact]
    public void Counts_name_each_step_status_once_in_lower_case()
    {
        var counts = BackfillPartitionStatus.Count([StepStatus.Succeeded, StepStatus.Failed, StepStatus.Succeeded]);

        Assert.Equal(new Dictionary<string, int> { ["succeeded"] = 2, ["failed"] = 1 }, counts);
    }
}

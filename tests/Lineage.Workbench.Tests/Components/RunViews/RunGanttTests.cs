using Lineage.Workbench.Components.RunViews;
using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Components.RunViews;

public sealed class RunGanttTests
{
    [Fact]
    public async Task Each_step_is_a_bar_coloured_by_status_with_its_facts_on_hover()
    {
        var steps = new List<RunStepView>
        {
            GanttLayoutTests.Step(1, "succeeded", 0, 0, 10),
            GanttLayoutTests.Step(2, "failed", 0, 10, 12, error: "disk full"),
        };

        var html = await ComponentRenderer.RenderAsync<RunGantt>(new Dictionary<string, object?>
        {
            [nameof(RunGantt.Steps)] = steps,
            [nameof(RunGantt.Now)] = steps[1].FinishedAt,
        });

        Assert.Contains("data-step=\"1\"", html);
        Assert.Contains("class=\"gantt-row status-failed", html);
        Assert.Equal(2, html.Split("<rect class=\"gantt-bar\"").Length - 1);
        Assert.Contains("<title>quantum_features/asset_2 · 2026-11-19 · failed · attempt 1 · on node-a · took 2.0 s · disk full</title>", System.Net.WebUtility.HtmlDecode(html));
    }
}

using Lineage.Materializers.Tables.Base;
using static Lineage.Materializers.Tests.Tables.Base.BaseRecords;

namespace Lineage.Materializers.Tests.Tables.Base;

public class IterationStepsTests
{
    [Fact]
    public void Increasing_numbers_are_all_kept_in_order()
    {
        var iterations = new[] { Iteration(1, -1.0), Iteration(2, -1.1), Iteration(5, -1.2) };

        Assert.Equal(iterations, IterationSteps.FirstOccurrences(iterations));
    }

    [Fact]
    public void A_repeated_number_keeps_only_its_first_occurrence_in_list_order()
    {
        var first = Iteration(2, -1.1);
        var iterations = new[] { Iteration(1, -1.0), first, Iteration(3, -1.3), Iteration(2, -9.9), Iteration(1, -8.8) };

        var kept = IterationSteps.FirstOccurrences(iterations);

        Assert.Equal(new[] { 1, 2, 3 }, kept.Select(i => i.Iteration));
        Assert.Same(first, kept[1]);
    }

    [Fact]
    public void Out_of_order_numbers_keep_list_order()
    {
        var iterations = new[] { Iteration(3, -1.0), Iteration(1, -1.1), Iteration(2, -1.2) };

        Assert.Equal(new[] { 3, 1, 2 }, IterationSteps.FirstOccurrences(iterations).Select(i => i.Iteration));
    }

    [Fact]
    public void Empty_and_single_lists_are_kept()
    {
        Assert.Empty(IterationSteps.FirstOccurrences([]));
        Assert.Single(IterationSteps.FirstOccurrences([Iteration(0, -1.0)]));
    }
}

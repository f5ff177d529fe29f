namespace Lineage.Materializers.Tables.Ml;

/// <summary>The performance_metrics columns an experiment's ML rows carry.</summary>
internal sealed record TimingContext(double? VqeTime, double? TotalTime)
{
    public static IReadOnlyList<string> Columns { get; } = ["vqe_time", "total_time"];

    public static Func<int, TimingContext> Reader(BatchColumns columns)
    {
        var vqe = columns.Doubles("vqe_time");
        var total = columns.Doubles("total_time");
        return row => new TimingContext(BatchColumns.Value(vqe, row), BatchColumns.Value(total, row));
    }
}

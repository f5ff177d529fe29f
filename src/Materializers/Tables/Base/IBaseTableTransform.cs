using Lineage.Assets.Keys;

namespace Lineage.Materializers.Tables.Base;

/// <summary>Turns one raw record into the rows it contributes to one base table.</summary>
public interface IBaseTableTransform
{
    /// <summary>The table the rows belong to.</summary>
    AssetKey Table { get; }

    /// <summary>
    /// Appends this run's rows of <see cref="Table"/> to <paramref name="rows"/> (built for that table's schema), in the
    /// table's column order, each ending with the processing columns of <paramref name="stamp"/>.
    /// </summary>
    void Append(ExperimentRun run, ProcessingStamp stamp, TableRows rows);
}

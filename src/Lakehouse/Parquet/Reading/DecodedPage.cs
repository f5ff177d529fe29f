namespace Lineage.Lakehouse.Parquet.Reading;

/// <summary>The levels of one data page; a column without repetition has every entry at repetition level 0.</summary>
internal sealed class DecodedPage(int count)
{
    public int[] Definition { get; } = new int[count];

    public int[] Repetition { get; } = new int[count];
}

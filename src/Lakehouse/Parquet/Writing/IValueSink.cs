using System.Buffers;
using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Metadata;

namespace Lineage.Lakehouse.Parquet.Writing;

/// <summary>
/// Collects one column chunk's non-null values page by page: dictionary-encodes them while the dictionary stays
/// small, falls back to PLAIN after that, and keeps the chunk's min and max.
/// </summary>
internal interface IValueSink
{
    /// <summary>Adds the values at <paramref name="indices"/> of <paramref name="vector"/> to the current page.</summary>
    void Append(ColumnVector vector, ReadOnlySpan<int> indices);

    /// <summary>An upper bound of the current page's encoded value bytes.</summary>
    int PageBytes { get; }

    /// <summary>Writes the current page's values and starts a new page; returns the encoding used.</summary>
    Encoding WritePage(IBufferWriter<byte> output);

    /// <summary>Number of dictionary entries, 0 when the chunk has no dictionary page.</summary>
    int DictionarySize { get; }

    /// <summary>Writes the dictionary page body (PLAIN values).</summary>
    void WriteDictionary(IBufferWriter<byte> output);

    /// <summary>The chunk's min and max as statistics bytes, or null when it holds no value.</summary>
    (byte[] Min, byte[] Max)? Bounds { get; }

    /// <summary>Forgets the chunk (dictionary, bounds) for the next row group.</summary>
    void ResetChunk();
}

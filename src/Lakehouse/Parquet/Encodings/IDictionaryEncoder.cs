using System.Buffers;

namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// What a column writer needs of a dictionary whatever its value type: its size, the size of its PLAIN dictionary
/// page (to fall back to PLAIN when it grows past <see cref="MaxEncodedByteSize"/>) and the page itself.
/// </summary>
public interface IDictionaryEncoder
{
    /// <summary>Number of distinct values, which are numbered 0 to Count - 1 in the order they were first seen.</summary>
    int Count { get; }

    /// <summary>Bytes of the dictionary page, PLAIN-encoded, before compression.</summary>
    long EncodedByteSize { get; }

    /// <summary>The dictionary page size past which TryGetOrAdd refuses new values.</summary>
    long MaxEncodedByteSize { get; }

    /// <summary>Writes the values PLAIN-encoded in index order; returns the bytes written.</summary>
    int WriteDictionaryPage(IBufferWriter<byte> output);

    /// <summary>Forgets every value (for the next column chunk), keeping the allocated room.</summary>
    void Clear();
}

using System.Buffers;

namespace Lineage.Lakehouse.Compression;

/// <summary>
/// Decodes a whole block into a fixed buffer: <see cref="OperationStatus.Done"/> when the input ended cleanly,
/// <see cref="OperationStatus.DestinationTooSmall"/> when the output would not fit, otherwise what is wrong.
/// </summary>
internal delegate OperationStatus BlockDecoder(ReadOnlySpan<byte> source, Span<byte> destination, out int written, out string? problem);

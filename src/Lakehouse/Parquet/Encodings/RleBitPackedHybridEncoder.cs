using System.Buffers.Binary;
using System.Buffers;

namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// Writes the RLE/bit-packed hybrid encoding (levels, dictionary indices, booleans) the way the reference Java
/// writer lays it out: a value repeated at least 8 times from the start of a group of 8 becomes an RLE run,
/// everything else goes into bit-packed runs of at most 63 groups of 8 (so that their header is one byte),
/// and a last partial group is padded with zeros.
/// </summary>
public static class RleBitPackedHybridEncoder
{
    /// <summary>Repeats needed before a value is written as an RLE run instead of being bit-packed.</summary>
    public const int MinRepeatsForRun = 8;

    private const int GroupSize = 8;
    private const int MaxGroupsPerPackedRun = 63;

    /// <summary>
    /// Encodes <paramref name="values"/>, each between 0 and 2^<paramref name="bitWidth"/> - 1 (a bit width of 32
    /// takes any int as its unsigned bits), without a length prefix. Returns the number of bytes written.
    /// </summary>
    public static int Encode(ReadOnlySpan<int> values, int bitWidth, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if ((uint)bitWidth > 32)
            throw new ArgumentOutOfRangeException(nameof(bitWidth), bitWidth, "The RLE/bit-packed hybrid takes bit widths 0 to 32.");
        CheckValuesFit(values, bitWidth);
        var writer = new RunWriter(bitWidth, output, stackalloc int[GroupSize], stackalloc byte[MaxGroupsPerPackedRun * 32]);
        foreach (var value in values)
            writer.Add(value);
        return writer.Finish();
    }

    private static void CheckValuesFit(ReadOnlySpan<int> values, int bitWidth)
    {
        if (bitWidth == 32)
            return;
        var max = (uint)BitPacking.Mask(bitWidth);
        for (var i = 0; i < values.Length; i++)
        {
            if ((uint)values[i] > max)
                throw new ArgumentOutOfRangeException(nameof(values), values[i], $"Value {i} does not fit in {bitWidth} bits.");
        }
    }

    private ref struct RunWriter(int bitWidth, IBufferWriter<byte> output, Span<int> group, Span<byte> packedRun)
    {
        private readonly Span<int> _group = group;
        private readonly Span<byte> _packedRun = packedRun;
        private int _groupCount;
        private int _packedGroups;
        private int _previous;
        private int _repeats;
        private int _written;

        public void Add(int value)
        {
            if (value == _previous)
            {
                if (++_repeats >= MinRepeatsForRun)
                    return;
            }
            else
            {
                if (_repeats >= MinRepeatsForRun)
                    WriteRleRun();
                _repeats = 1;
                _previous = value;
            }
            _group[_groupCount++] = value;
            if (_groupCount == GroupSize)
                AppendGroup();
        }

        public int Finish()
        {
            if (_repeats >= MinRepeatsForRun)
            {
                WriteRleRun();
            }
            else if (_groupCount > 0)
            {
                _group[_groupCount..].Clear();
                AppendGroup();
            }
            EndPackedRun();
            return _written;
        }

        private void AppendGroup()
        {
            if (_packedGroups == MaxGroupsPerPackedRun)
                EndPackedRun();
            BitPacking.Pack(_group, bitWidth, _packedRun.Slice(_packedGroups * bitWidth, bitWidth));
            _packedGroups++;
            _groupCount = 0;
            _repeats = 0;
        }

        private void EndPackedRun()
        {
            if (_packedGroups == 0)
                return;
            var length = _packedGroups * bitWidth;
            var span = output.GetSpan(1 + length);
            span[0] = (byte)((_packedGroups << 1) | 1);
            _packedRun[..length].CopyTo(span[1..]);
            output.Advance(1 + length);
            _written += 1 + length;
            _packedGroups = 0;
        }

        // The group holds the first repeats of the run, which the run header counts: they are dropped.
        private void WriteRleRun()
        {
            EndPackedRun();
            _written += Varint.Write((ulong)_repeats << 1, output);
            var valueBytes = (bitWidth + 7) / 8;
            Span<byte> value = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(value, _previous);
            output.Write(value[..valueBytes]);
            _written += valueBytes;
            _repeats = 0;
            _groupCount = 0;
        }
    }
}

using System.Buffers.Binary;
using System.Buffers;
using System.Text;

namespace Lineage.Lakehouse.Avro.Binary;

/// <summary>
/// Writes Avro's binary encoding of primitive values into an <see cref="IBufferWriter{T}"/>: zig-zag varints for
/// int and long, little-endian IEEE 754 for float and double, length-prefixed bytes and UTF-8 strings.
/// </summary>
public sealed class AvroBinaryWriter
{
    private const int MaxVarLongBytes = 10;
    private const int CanonicalFloatNaN = 0x7FC00000;
    private const long CanonicalDoubleNaN = 0x7FF8000000000000;

    private readonly IBufferWriter<byte> _output;

    public AvroBinaryWriter(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
    }

    public void WriteBoolean(bool value)
    {
        _output.GetSpan(1)[0] = value ? (byte)1 : (byte)0;
        _output.Advance(1);
    }

    public void WriteInt(int value) => WriteLong(value);

    public void WriteLong(long value)
    {
        var zigZag = (ulong)((value << 1) ^ (value >> 63));
        var span = _output.GetSpan(MaxVarLongBytes);
        var length = 0;
        while (zigZag >= 0x80)
        {
            span[length++] = (byte)(zigZag | 0x80);
            zigZag >>= 7;
        }
        span[length++] = (byte)zigZag;
        _output.Advance(length);
    }

    /// <summary>Four bytes, little-endian; every NaN is written as the canonical 0x7FC00000, as Java's floatToIntBits does.</summary>
    public void WriteFloat(float value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_output.GetSpan(4), float.IsNaN(value) ? CanonicalFloatNaN : BitConverter.SingleToInt32Bits(value));
        _output.Advance(4);
    }

    /// <summary>Eight bytes, little-endian; every NaN is written as the canonical 0x7FF8000000000000 (Java's doubleToLongBits).</summary>
    public void WriteDouble(double value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_output.GetSpan(8), double.IsNaN(value) ? CanonicalDoubleNaN : BitConverter.DoubleToInt64Bits(value));
        _output.Advance(8);
    }

    /// <summary>The length as a long, then the bytes.</summary>
    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteLong(value.Length);
        WriteFixed(value);
    }

    /// <summary>The UTF-8 length as a long, then the UTF-8 bytes.</summary>
    public void WriteString(ReadOnlySpan<char> value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteLong(length);
        if (length == 0)
            return;
        var written = Encoding.UTF8.GetBytes(value, _output.GetSpan(length));
        _output.Advance(written);
    }

    /// <summary>The bytes as they are, without a length (fixed values, raw sync markers).</summary>
    public void WriteFixed(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
            return;
        value.CopyTo(_output.GetSpan(value.Length));
        _output.Advance(value.Length);
    }
}

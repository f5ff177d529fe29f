using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Encodings;
using Lineage.Lakehouse.Parquet.Metadata;
using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Lakehouse.Parquet.Reading;

/// <summary>
/// Decodes one leaf's stored values — PLAIN, dictionary, DELTA_*, BYTE_STREAM_SPLIT, RLE booleans — into a dense
/// vector of the field's value type (decimals to unscaled Int128, timestamps to microseconds, INT96 converted).
/// </summary>
internal sealed class LeafValueDecoder
{
    private readonly PrimitiveField _field;
    private readonly PhysicalType _physical;
    private readonly int _width;
    private readonly long _microsPerUnit;
    private ColumnVector? _dictionary;

    public LeafValueDecoder(PrimitiveField field, SchemaElement element)
    {
        _field = field;
        _physical = element.Type ?? throw new FormatException($"Leaf '{element.Name}' has no physical type.");
        _width = element.TypeLength ?? 0;
        _microsPerUnit = ValueTypes.MicrosPerUnit(element);
        if (_physical == PhysicalType.FixedLenByteArray && _width <= 0)
            throw new FormatException($"Fixed-length column '{element.Name}' has no valid type length.");
    }

    public void ReadDictionary(ReadOnlySpan<byte> data, int count)
    {
        var dictionary = ColumnVectors.Create(_field.Type);
        Decode(data, Encoding.Plain, count, dictionary);
        _dictionary = dictionary;
    }

    public void Decode(ReadOnlySpan<byte> data, Encoding encoding, int count, ColumnVector destination)
    {
        if (count == 0)
            return;
        if (encoding is Encoding.RleDictionary or Encoding.PlainDictionary)
        {
            DecodeDictionaryIndices(data, count, destination);
            return;
        }
        switch (_physical)
        {
            case PhysicalType.Boolean:
                var booleans = ((PrimitiveVector<bool>)destination).AppendSpan(count);
                if (encoding == Encoding.Rle) DecodeRleBooleans(data, booleans);
                else if (encoding == Encoding.Plain) PlainDecoder.Read(data, booleans);
                else throw Unsupported(encoding);
                break;
            case PhysicalType.Int32:
                DecodeInt32(data, encoding, count, destination);
                break;
            case PhysicalType.Int64:
                DecodeInt64(data, encoding, count, destination);
                break;
            case PhysicalType.Int96:
                if (encoding != Encoding.Plain) throw Unsupported(encoding);
                var stamps = new Int96[count];
                PlainDecoder.Read(data, stamps);
                var micros = ((PrimitiveVector<long>)destination).AppendSpan(count);
                for (var i = 0; i < count; i++)
                    micros[i] = stamps[i].ToUnixMicroseconds();
                break;
            case PhysicalType.Float:
                var floats = ((PrimitiveVector<float>)destination).AppendSpan(count);
                if (encoding == Encoding.Plain) PlainDecoder.Read(data, floats);
                else if (encoding == Encoding.ByteStreamSplit) ByteStreamSplitDecoder.Decode(data, floats);
                else throw Unsupported(encoding);
                break;
            case PhysicalType.Double:
                var doubles = ((PrimitiveVector<double>)destination).AppendSpan(count);
                if (encoding == Encoding.Plain) PlainDecoder.Read(data, doubles);
                else if (encoding == Encoding.ByteStreamSplit) ByteStreamSplitDecoder.Decode(data, doubles);
                else throw Unsupported(encoding);
                break;
            case PhysicalType.ByteArray:
            case PhysicalType.FixedLenByteArray:
                DecodeBytes(data, encoding, count, destination);
                break;
            default:
                throw new FormatException($"unknown physical type {(int)_physical}");
        }
    }

    private void DecodeInt32(ReadOnlySpan<byte> data, Encoding encoding, int count, ColumnVector destination)
    {
        if (destination is PrimitiveVector<int> ints)
        {
            ReadInt32(data, encoding, ints.AppendSpan(count));
            return;
        }
        var raw = new int[count];
        ReadInt32(data, encoding, raw);
        switch (destination)
        {
            case PrimitiveVector<Int128> decimals:
                var target = decimals.AppendSpan(count);
                for (var i = 0; i < count; i++) target[i] = raw[i];
                break;
            case PrimitiveVector<long> unsigned:
                var wide = unsigned.AppendSpan(count);
                for (var i = 0; i < count; i++) wide[i] = (uint)raw[i];
                break;
            default:
                throw new FormatException($"INT32 values cannot be read as {_field.Type}");
        }
    }

    private void ReadInt32(ReadOnlySpan<byte> data, Encoding encoding, Span<int> target)
    {
        switch (encoding)
        {
            case Encoding.Plain: PlainDecoder.Read(data, target); break;
            case Encoding.DeltaBinaryPacked: DeltaBinaryPackedDecoder.Decode(data, target); break;
            case Encoding.ByteStreamSplit: ByteStreamSplitDecoder.Decode(data, target); break;
            default: throw Unsupported(encoding);
        }
    }

    private void DecodeInt64(ReadOnlySpan<byte> data, Encoding encoding, int count, ColumnVector destination)
    {
        if (destination is PrimitiveVector<long> longs && _microsPerUnit == 1)
        {
            ReadInt64(data, encoding, longs.AppendSpan(count));
            return;
        }
        var raw = new long[count];
        ReadInt64(data, encoding, raw);
        switch (destination)
        {
            case PrimitiveVector<Int128> decimals:
                var target = decimals.AppendSpan(count);
                for (var i = 0; i < count; i++) target[i] = raw[i];
                break;
            case PrimitiveVector<long> micros:
                var converted = micros.AppendSpan(count);
                for (var i = 0; i < count; i++)
                    converted[i] = _microsPerUnit > 0 ? raw[i] * _microsPerUnit : (long)Math.Floor(raw[i] / (double)-_microsPerUnit);
                break;
            default:
                throw new FormatException($"INT64 values cannot be read as {_field.Type}");
        }
    }

    private void ReadInt64(ReadOnlySpan<byte> data, Encoding encoding, Span<long> target)
    {
        switch (encoding)
        {
            case Encoding.Plain: PlainDecoder.Read(data, target); break;
            case Encoding.DeltaBinaryPacked: DeltaBinaryPackedDecoder.Decode(data, target); break;
            case Encoding.ByteStreamSplit: ByteStreamSplitDecoder.Decode(data, target); break;
            default: throw Unsupported(encoding);
        }
    }

    private void DecodeBytes(ReadOnlySpan<byte> data, Encoding encoding, int count, ColumnVector destination)
    {
        var bytes = destination as BinaryVector ?? new BinaryVector();
        switch (encoding)
        {
            case Encoding.Plain when _physical == PhysicalType.FixedLenByteArray:
                PlainDecoder.ReadFixedLenByteArrays(data, _width, count, bytes.Values);
                break;
            case Encoding.Plain:
                PlainDecoder.ReadByteArrays(data, count, bytes.Values);
                break;
            case Encoding.DeltaLengthByteArray:
                DeltaLengthByteArrayDecoder.Decode(data, count, bytes.Values);
                break;
            case Encoding.DeltaByteArray:
                DeltaByteArrayDecoder.Decode(data, count, bytes.Values);
                break;
            case Encoding.ByteStreamSplit when _physical == PhysicalType.FixedLenByteArray:
                ByteStreamSplitDecoder.DecodeFixedLenByteArrays(data, _width, count, bytes.Values);
                break;
            default:
                throw Unsupported(encoding);
        }
        bytes.AdoptDecodedValues();
        if (destination is PrimitiveVector<Int128> decimals)
        {
            var target = decimals.AppendSpan(count);
            for (var i = 0; i < count; i++)
                target[i] = BigEndianInteger(bytes[i]);
        }
    }

    private void DecodeDictionaryIndices(ReadOnlySpan<byte> data, int count, ColumnVector destination)
    {
        var dictionary = _dictionary ?? throw new FormatException("a dictionary-encoded page comes before any dictionary page");
        var indices = count <= 4096 ? stackalloc int[count] : new int[count];
        DictionaryIndices.Decode(data, dictionary.Count, indices);
        foreach (var index in indices)
        {
            if ((uint)index >= (uint)dictionary.Count)
                throw new FormatException($"dictionary index {index} is outside the dictionary of {dictionary.Count} values");
        }
        switch (dictionary)
        {
            case PrimitiveVector<int> ints: Gather(ints, (PrimitiveVector<int>)destination, indices); break;
            case PrimitiveVector<long> longs: Gather(longs, (PrimitiveVector<long>)destination, indices); break;
            case PrimitiveVector<float> floats: Gather(floats, (PrimitiveVector<float>)destination, indices); break;
            case PrimitiveVector<double> doubles: Gather(doubles, (PrimitiveVector<double>)destination, indices); break;
            default:
                foreach (var index in indices)
                    destination.AppendFrom(dictionary, index);
                break;
        }
    }

    private static void Gather<T>(PrimitiveVector<T> dictionary, PrimitiveVector<T> destination, ReadOnlySpan<int> indices)
        where T : unmanaged
    {
        var values = dictionary.Values;
        var target = destination.AppendSpan(indices.Length);
        for (var i = 0; i < indices.Length; i++)
            target[i] = values[indices[i]];
    }

    private static Int128 BigEndianInteger(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > 16)
            throw new FormatException($"a decimal of {bytes.Length} bytes exceeds 16");
        Int128 value = bytes.Length > 0 && (sbyte)bytes[0] < 0 ? -1 : 0;
        foreach (var b in bytes)
            value = (value << 8) | b;
        return value;
    }

    /// <summary>
    /// RLE booleans carry a 4-byte byte length. Some writers put the value count there instead; like DuckDB, read
    /// on from the data that follows when the stated length cannot be right.
    /// </summary>
    private static void DecodeRleBooleans(ReadOnlySpan<byte> data, Span<bool> destination)
    {
        if (data.Length >= 4 && System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(data) <= (uint)(data.Length - 4))
        {
            RleBooleanEncoding.Decode(data, destination);
            return;
        }
        var bits = new int[destination.Length];
        new RleBitPackedHybridDecoder(data[Math.Min(4, data.Length)..], 1).ReadExactly(bits);
        for (var i = 0; i < bits.Length; i++)
            destination[i] = bits[i] != 0;
    }

    private FormatException Unsupported(Encoding encoding) =>
        new($"encoding {encoding} is not valid for {_physical} values");
}

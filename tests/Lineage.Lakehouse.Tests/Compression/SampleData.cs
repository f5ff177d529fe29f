using System.Buffers;
using Lineage.Lakehouse.Compression;

namespace Lineage.Lakehouse.Tests.Compression;

/// <summary>Deterministic inputs of the shapes codecs meet: empty, tiny, incompressible, repetitive, text-like.</summary>
public static class SampleData
{
    public static TheoryData<CompressionKind> AllKinds => [.. Enum.GetValues<CompressionKind>()];

    public static byte[] Create(string shape, int length)
    {
        var random = new Random(length * 31 + shape.Length);
        var data = new byte[length];
        switch (shape)
        {
            case "random":
                random.NextBytes(data);
                break;
            case "repetitive":
                var pattern = new byte[251];
                random.NextBytes(pattern);
                for (var i = 0; i < length; i++)
                    data[i] = i % 997 == 0 ? (byte)random.Next(256) : pattern[i % pattern.Length];
                break;
            case "zeros":
                break;
            case "text":
                var words = new[] { "energy", "basis_set", "sto3g", "iteration", "ansatz", "0.125", "-1.137", "\n" };
                var filled = 0;
                while (filled < length)
                {
                    var word = System.Text.Encoding.ASCII.GetBytes(words[random.Next(words.Length)] + " ");
                    var take = Math.Min(word.Length, length - filled);
                    word.AsSpan(0, take).CopyTo(data.AsSpan(filled));
                    filled += take;
                }
                break;
            default:
                throw new ArgumentException($"Unknown sample shape {shape}.", nameof(shape));
        }
        return data;
    }

    public static byte[] Compress(CompressionKind kind, ReadOnlySpan<byte> data)
    {
        var output = new ArrayBufferWriter<byte>();
        BlockCodecs.Get(kind).Compress(data, output);
        return output.WrittenSpan.ToArray();
    }
}

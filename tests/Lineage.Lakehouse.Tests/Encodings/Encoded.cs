using System.Buffers;

namespace Lineage.Lakehouse.Tests.Encodings;

/// <summary>Runs an encoder into a fresh buffer and returns the bytes, checking the byte count it reported.</summary>
internal static class Encoded
{
    public static byte[] By(Func<IBufferWriter<byte>, int> encode)
    {
        var output = new ArrayBufferWriter<byte>();
        var reported = encode(output);
        Assert.Equal(output.WrittenCount, reported);
        return output.WrittenSpan.ToArray();
    }

    public static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", ""));
}

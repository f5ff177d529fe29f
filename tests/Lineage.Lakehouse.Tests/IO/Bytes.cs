namespace Lineage.Lakehouse.Tests.IO;

public static class Bytes
{
    public static byte[] Random(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}

using Avro.File;

namespace Lineage.Lakehouse.Iceberg.AvroFiles;

/// <summary>The block codecs of our Avro files: null, deflate and snappy, each decompressing at most <see cref="AvroFileLimits.MaxBlockBytes"/>.</summary>
internal static class AvroCodecs
{
    public static Codec For(Codec.Type codec) => codec switch
    {
        Codec.Type.Null => new NullCodec(),
        Codec.Type.Deflate => new BoundedDeflateCodec(),
        Codec.Type.Snappy => new AvroSnappyCodec(),
        _ => throw new ArgumentOutOfRangeException(nameof(codec), codec, "Iceberg Avro files are written with null, deflate or snappy blocks."),
    };

    /// <summary>The codec named in a file header (<c>avro.codec</c>); null for any other name.</summary>
    public static Codec? Resolve(string name) => name switch
    {
        DataFileConstants.NullCodec => new NullCodec(),
        DataFileConstants.DeflateCodec => new BoundedDeflateCodec(),
        DataFileConstants.SnappyCodec => new AvroSnappyCodec(),
        _ => null,
    };
}

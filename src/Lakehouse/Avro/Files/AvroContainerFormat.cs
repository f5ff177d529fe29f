namespace Lineage.Lakehouse.Avro.Files;

/// <summary>Constants of the object container file layout and the codec names of the <c>avro.codec</c> key.</summary>
internal static class AvroContainerFormat
{
    public const string SchemaKey = "avro.schema";
    public const string CodecKey = "avro.codec";
    public const string ReservedPrefix = "avro.";
    public const int SyncSize = 16;

    public static ReadOnlySpan<byte> Magic => "Obj\u0001"u8;

    public static string NameOf(AvroCodec codec) => codec switch
    {
        AvroCodec.Null => "null",
        AvroCodec.Deflate => "deflate",
        AvroCodec.Snappy => "snappy",
        _ => throw new ArgumentOutOfRangeException(nameof(codec), codec, null),
    };

    public static bool TryParseCodec(string name, out AvroCodec codec)
    {
        codec = name switch
        {
            "null" => AvroCodec.Null,
            "deflate" => AvroCodec.Deflate,
            "snappy" => AvroCodec.Snappy,
            _ => (AvroCodec)(-1),
        };
        return codec >= AvroCodec.Null;
    }
}

using Avro.File;
using Avro.Util;

namespace Lineage.Lakehouse.Iceberg.AvroFiles;

/// <summary>
/// Teaches Apache.Avro, once per process, what Iceberg files need: the snappy codec (the library resolves codecs it
/// lacks by loading an assembly named after them) and the bounded deflate codec, both found through
/// <see cref="Codec.RegisterResolver"/>; and the uuid logical type on a 16-byte fixed.
/// </summary>
internal static class AvroSetup
{
    static AvroSetup()
    {
        Codec.RegisterResolver(AvroCodecs.Resolve);
        LogicalTypeFactory.Instance.Register(new FixedOrStringUuid());
    }

    /// <summary>Runs the registrations unless they already ran; call before Apache.Avro parses a schema or reads a file.</summary>
    public static void Ensure()
    {
    }
}

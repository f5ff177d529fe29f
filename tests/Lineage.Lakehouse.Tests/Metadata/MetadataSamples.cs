using Lineage.Lakehouse.Parquet.Metadata;

namespace Lineage.Lakehouse.Tests.Metadata;

/// <summary>Metadata with every field set, and every logical type used once.</summary>
public static class MetadataSamples
{
    public static readonly LogicalType[] EveryLogicalType =
    [
        new StringType(), new MapType(), new ListType(), new EnumType(), new DecimalType(4, 18), new DateType(),
        new TimeType(false, TimeUnit.Millis), new TimestampType(true, TimeUnit.Nanos), new TimestampType(false, TimeUnit.Micros),
        new IntType(16, false), new NullType(), new JsonType(), new BsonType(), new UuidType(), new Float16Type(),
        new UnrecognizedLogicalType(16),
    ];

    public static FileMetaData FullFileMetaData() => new()
    {
        Version = 2,
        Schema = [.. EveryLogicalType.Select((logicalType, i) => Element(i, logicalType))],
        NumRows = 3_000_000_000L,
        RowGroups = [RowGroup(0), RowGroup(1)],
        KeyValueMetadata = [new KeyValue { Key = "iceberg.schema", Value = "{\"type\":\"struct\"}" }],
        CreatedBy = "Lineage test",
        ColumnOrders = [ColumnOrder.TypeDefined, new ColumnOrder(ColumnOrderKind.Ieee754TotalOrder)],
    };

    public static Statistics FullStatistics(int seed) => new()
    {
        Max = [(byte)seed, 9],
        Min = [(byte)seed, 1],
        NullCount = 3 + seed,
        DistinctCount = 1_000_000_000_000L,
        MaxValue = [0xFF, (byte)seed],
        MinValue = [0x00, (byte)seed],
        IsMaxValueExact = true,
        IsMinValueExact = false,
        NanCount = 2,
    };

    public static PageHeader FullPageHeader() => new()
    {
        Type = PageType.DataPageV2,
        UncompressedPageSize = 1 << 20,
        CompressedPageSize = 12_345,
        Crc = unchecked((int)0xCBF43926),
        DataPageHeader = new DataPageHeader
        {
            NumValues = 20_000,
            Encoding = Encoding.RleDictionary,
            DefinitionLevelEncoding = Encoding.Rle,
            RepetitionLevelEncoding = Encoding.BitPacked,
            Statistics = FullStatistics(1),
        },
        IndexPageHeader = new IndexPageHeader(),
        DictionaryPageHeader = new DictionaryPageHeader { NumValues = 77, Encoding = Encoding.Plain, IsSorted = true },
        DataPageHeaderV2 = new DataPageHeaderV2
        {
            NumValues = 20_000,
            NumNulls = 12,
            NumRows = 19_000,
            Encoding = Encoding.DeltaBinaryPacked,
            DefinitionLevelsByteLength = 40,
            RepetitionLevelsByteLength = 0,
            IsCompressed = false,
            Statistics = FullStatistics(2),
        },
    };

    private static SchemaElement Element(int index, LogicalType logicalType) => new()
    {
        Type = (PhysicalType)(index % 8),
        TypeLength = 16,
        RepetitionType = (FieldRepetitionType)(index % 3),
        Name = $"column_{index}_é",
        NumChildren = index == 0 ? 15 : 0,
        ConvertedType = (ConvertedType)(index % 22),
        Scale = 4,
        Precision = 18,
        FieldId = 100 + index,
        LogicalType = logicalType,
    };

    private static RowGroup RowGroup(int ordinal) => new()
    {
        Columns = [ColumnChunk(ordinal, 0), ColumnChunk(ordinal, 1)],
        TotalByteSize = 1L << 33,
        NumRows = 1_500_000_000L,
        SortingColumns = [new SortingColumn { ColumnIdx = 1, Descending = true, NullsFirst = false }],
        FileOffset = 4 + ordinal * 1000L,
        TotalCompressedSize = 1L << 32,
        Ordinal = (short)ordinal,
    };

    private static ColumnChunk ColumnChunk(int rowGroup, int column) => new()
    {
        FilePath = $"data/part-{rowGroup}.parquet",
        FileOffset = 4 + column,
        MetaData = new ColumnMetaData
        {
            Type = PhysicalType.ByteArray,
            Encodings = [Encoding.Plain, Encoding.RleDictionary, Encoding.Rle, Encoding.ByteStreamSplit],
            PathInSchema = ["outer", $"column_{column}"],
            Codec = CompressionCodec.Lz4Raw,
            NumValues = 1_500_000_000L,
            TotalUncompressedSize = 1L << 34,
            TotalCompressedSize = 1L << 31,
            KeyValueMetadata = [new KeyValue { Key = "k", Value = "v" }],
            DataPageOffset = 5000 + column,
            IndexPageOffset = 6000,
            DictionaryPageOffset = 4000,
            Statistics = FullStatistics(column),
            EncodingStats =
            [
                new PageEncodingStats { PageType = PageType.DictionaryPage, Encoding = Encoding.Plain, Count = 1 },
                new PageEncodingStats { PageType = PageType.DataPage, Encoding = Encoding.RleDictionary, Count = 40 },
            ],
            BloomFilterOffset = 7000,
            BloomFilterLength = 1024,
        },
        OffsetIndexOffset = 8000,
        OffsetIndexLength = 80,
        ColumnIndexOffset = 9000,
        ColumnIndexLength = 90,
    };
}

namespace Lineage.Lakehouse.Parquet.Metadata;

public enum PageType
{
    DataPage = 0,
    IndexPage = 1,
    DictionaryPage = 2,
    DataPageV2 = 3,
}

using Apache.Arrow;

namespace Lineage.Workbench.Catalog.Rows;

public static class RowsWriters
{
    public static IRowsWriter Create(RowsFormat format, Stream output, Schema schema) => format switch
    {
        RowsFormat.Arrow => new ArrowStreamRowsWriter(output, schema),
        RowsFormat.Parquet => new ParquetRowsWriter(output, schema),
        RowsFormat.Csv => new CsvRowsWriter(output, schema),
        _ => new JsonLinesRowsWriter(output),
    };
}

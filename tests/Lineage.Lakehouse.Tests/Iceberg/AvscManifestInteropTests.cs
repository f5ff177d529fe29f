using Lineage.Lakehouse.Tests.Interop;

namespace Lineage.Lakehouse.Tests.Iceberg;

/// <summary>A strict general-purpose Avro reader (avsc) decodes the manifest and manifest list we write.</summary>
public class AvscManifestInteropTests
{
    [Fact]
    public async Task Avsc_decodes_our_manifest_and_manifest_list()
    {
        using var table = new HandWrittenTable();
        var metadata = await table.WriteAsync();
        var listPath = HandWrittenTable.LocalPath(metadata.CurrentSnapshot!.ManifestList!);

        var list = await AvscReadout.ReadAsync(listPath);
        var listing = Assert.Single(list.Values);
        var manifest = await AvscReadout.ReadAsync(HandWrittenTable.LocalPath(listing.GetProperty("manifest_path").GetString()!));

        Assert.Equal("deflate", manifest.Codec);
        Assert.Equal(2, manifest.Values.Count);
        Assert.Equal(2, listing.GetProperty("added_data_files_count").GetInt32());
        Assert.Equal(3, listing.GetProperty("added_rows_count").GetInt64());
        Assert.Equal(new FileInfo(HandWrittenTable.LocalPath(listing.GetProperty("manifest_path").GetString()!)).Length,
            listing.GetProperty("manifest_length").GetInt64());
        var entry = manifest.Values[0];
        Assert.Equal(1, entry.GetProperty("status").GetInt32());
        Assert.Equal(0, entry.GetProperty("data_file").GetProperty("content").GetInt32());
        Assert.Equal("PARQUET", entry.GetProperty("data_file").GetProperty("file_format").GetString());
    }
}

using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.IO.S3;

namespace Lineage.Lakehouse.Tests.IO;

public sealed class LocationTests
{
    [Theory]
    [InlineData("/warehouse/db/t/data/a.parquet", "file:/warehouse/db/t/data/a.parquet")]
    [InlineData("file:/warehouse/a.parquet", "file:/warehouse/a.parquet")]
    [InlineData("file:///warehouse/a.parquet", "file:/warehouse/a.parquet")]
    [InlineData("file://localhost/warehouse/a.parquet", "file:/warehouse/a.parquet")]
    [InlineData("/warehouse/db/../t/./a b.parquet", "file:/warehouse/t/a b.parquet")]
    [InlineData("/warehouse/data/", "file:/warehouse/data/")]
    public void Local_locations_normalise_to_file_uris(string given, string expected) =>
        Assert.Equal(expected, LocalFileIO.ToUri(given));

    [Theory]
    [InlineData("relative/a.parquet")]
    [InlineData("file:relative/a.parquet")]
    [InlineData("file://otherhost/a.parquet")]
    public void Local_locations_that_are_not_absolute_local_paths_are_refused_by_name(string given)
    {
        var error = Assert.Throws<FileIOException>(() => LocalFileIO.ToUri(given));
        Assert.Equal(given, error.Location);
    }

    [Theory]
    [InlineData("s3://bucket/db/t/a.parquet", "bucket", "db/t/a.parquet", "db/t/")]
    [InlineData("s3a://bucket/a.parquet", "bucket", "a.parquet", "")]
    [InlineData("s3://bucket", "bucket", "", "")]
    public void S3_locations_split_into_bucket_and_key(string given, string bucket, string key, string folder)
    {
        var location = S3Location.Parse(given);

        Assert.Equal((bucket, key, folder), (location.Bucket, location.Key, location.Folder));
        Assert.Equal($"s3://{bucket}/{key}", location.ToString());
    }

    [Theory]
    [InlineData("s3:///key")]
    [InlineData("gs://bucket/key")]
    public void Malformed_s3_locations_are_refused_by_name(string given)
    {
        var error = Assert.Throws<FileIOException>(() => S3Location.Parse(given));
        Assert.Equal(given, error.Location);
    }

    [Fact]
    public void Roots_pick_the_file_io_by_scheme()
    {
        var s3 = new S3Settings { ServiceUrl = "http://127.0.0.1:9", ForcePathStyle = true, AccessKey = "a", SecretKey = "b" };

        Assert.IsType<S3FileIO>(FileIOs.For("s3://warehouse/", s3));
        Assert.IsType<LocalFileIO>(FileIOs.For("/var/warehouse"));
        Assert.IsType<LocalFileIO>(FileIOs.For("file:/var/warehouse"));
        var error = Assert.Throws<FileIOException>(() => FileIOs.For("hdfs://cluster/warehouse"));
        Assert.Contains("hdfs://cluster/warehouse", error.Message);
    }
}

using Lineage.Lakehouse.IO.S3;

namespace Lineage.Lakehouse.Tests.IO;

/// <summary>The local S3 server that ./test.sh starts (s3rver, bucket <c>lineage-test</c>, its default keys).</summary>
public static class S3TestServer
{
    public const string Bucket = "lineage-test";

    public static string Endpoint =>
        Environment.GetEnvironmentVariable("LINEAGE_TEST_S3_ENDPOINT") is { Length: > 0 } endpoint
            ? endpoint
            : throw new InvalidOperationException(
                "LINEAGE_TEST_S3_ENDPOINT is not set: the S3 tests need the local S3 server that ./test.sh starts. " +
                "Run them through ./test.sh (e.g. ./test.sh --filter FullyQualifiedName~IO), not dotnet test alone.");

    public static S3Settings Settings(ConditionalPuts conditionalPuts = ConditionalPuts.Auto) => new()
    {
        ServiceUrl = Endpoint,
        ForcePathStyle = true,
        AccessKey = "S3RVER",
        SecretKey = "S3RVER",
        ConditionalPuts = conditionalPuts,
        // Small pages so that listings of a few files already go through continuation tokens.
        ListPageSize = 2,
    };

    /// <summary>A fresh folder of the test bucket, so that tests never see each other's objects.</summary>
    public static string NewRoot() => $"s3://{Bucket}/{Guid.NewGuid():N}/";
}

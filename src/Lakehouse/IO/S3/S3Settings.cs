using Amazon.Runtime;
using Amazon.S3;

namespace Lineage.Lakehouse.IO.S3;

/// <summary>
/// How to reach an S3-compatible store. Keys come from the environment (<see cref="FromEnvironment"/>), never from files:
/// the SDK's profile and credential-file lookups are not used.
/// </summary>
public sealed record S3Settings
{
    public const int MinimumPartSize = 5 * 1024 * 1024;

    /// <summary>The endpoint of an S3-compatible store (Garage, MinIO, R2); null for AWS S3 itself.</summary>
    public string? ServiceUrl { get; init; }

    public string Region { get; init; } = "us-east-1";

    /// <summary>Address buckets as <c>endpoint/bucket/key</c> rather than <c>bucket.endpoint/key</c>; most self-hosted stores need it.</summary>
    public bool ForcePathStyle { get; init; }

    public string? AccessKey { get; init; }

    public string? SecretKey { get; init; }

    public string? SessionToken { get; init; }

    public ConditionalPuts ConditionalPuts { get; init; } = ConditionalPuts.Auto;

    /// <summary>Size of the parts of a multipart upload; files up to this size are sent in one PUT.</summary>
    public int PartSize { get; init; } = 8 * 1024 * 1024;

    /// <summary>Keys asked for per listing request (the store may return fewer).</summary>
    public int ListPageSize { get; init; } = 1000;

    /// <summary>How long a create-if-absent waits for the commit lock on stores without conditional puts.</summary>
    public TimeSpan CommitLockTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Reads <c>LINEAGE_S3_ACCESS_KEY</c>/<c>LINEAGE_S3_SECRET_KEY</c>, or else <c>AWS_ACCESS_KEY_ID</c>/<c>AWS_SECRET_ACCESS_KEY</c>
    /// (with <c>AWS_SESSION_TOKEN</c>); <c>LINEAGE_S3_ENDPOINT</c> (which turns on path-style addressing), <c>LINEAGE_S3_REGION</c>
    /// or <c>AWS_REGION</c>/<c>AWS_DEFAULT_REGION</c>, and <c>LINEAGE_S3_CONDITIONAL_PUTS</c> (auto, on or off).
    /// </summary>
    public static S3Settings FromEnvironment(Func<string, string?>? variables = null)
    {
        variables ??= Environment.GetEnvironmentVariable;
        string? Read(string name) => variables(name) is { Length: > 0 } value ? value : null;

        var lineageKeys = Read("LINEAGE_S3_ACCESS_KEY") is not null || Read("LINEAGE_S3_SECRET_KEY") is not null;
        var endpoint = Read("LINEAGE_S3_ENDPOINT");
        return new S3Settings
        {
            ServiceUrl = endpoint,
            ForcePathStyle = endpoint is not null,
            Region = Read("LINEAGE_S3_REGION") ?? Read("AWS_REGION") ?? Read("AWS_DEFAULT_REGION") ?? "us-east-1",
            AccessKey = lineageKeys ? Read("LINEAGE_S3_ACCESS_KEY") : Read("AWS_ACCESS_KEY_ID"),
            SecretKey = lineageKeys ? Read("LINEAGE_S3_SECRET_KEY") : Read("AWS_SECRET_ACCESS_KEY"),
            SessionToken = lineageKeys ? null : Read("AWS_SESSION_TOKEN"),
            ConditionalPuts = ParseConditionalPuts(Read("LINEAGE_S3_CONDITIONAL_PUTS") ?? "auto"),
        };
    }

    public static ConditionalPuts ParseConditionalPuts(string value) => value.Trim().ToLowerInvariant() switch
    {
        "auto" => ConditionalPuts.Auto,
        "on" or "true" => ConditionalPuts.On,
        "off" or "false" => ConditionalPuts.Off,
        _ => throw new S3SettingsException($"'{value}' is not a conditional-puts setting: use auto, on or off."),
    };

    /// <summary>
    /// The SDK configuration. Checksums are computed only where the API requires them: several S3-compatible stores
    /// reject the SDK's default trailing checksums.
    /// </summary>
    public AmazonS3Config CreateConfig()
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = ForcePathStyle,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (ServiceUrl is not null)
        {
            config.ServiceURL = ServiceUrl;
            config.AuthenticationRegion = Region;
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(Region);
        }
        return config;
    }

    public AmazonS3Client CreateClient(AmazonS3Config? config = null)
    {
        Validate();
        var credentials = SessionToken is null
            ? (AWSCredentials)new BasicAWSCredentials(AccessKey, SecretKey)
            : new SessionAWSCredentials(AccessKey, SecretKey, SessionToken);
        return new AmazonS3Client(credentials, config ?? CreateConfig());
    }

    /// <summary>The settings without the secret key and session token, so that logging them leaks nothing.</summary>
    public override string ToString() =>
        $"S3Settings {{ ServiceUrl = {ServiceUrl ?? "(AWS)"}, Region = {Region}, ForcePathStyle = {ForcePathStyle}, " +
        $"AccessKey = {AccessKey ?? "(none)"}, SecretKey = {(SecretKey is null ? "(none)" : "***")}, ConditionalPuts = {ConditionalPuts}, PartSize = {PartSize} }}";

    public void Validate()
    {
        if (AccessKey is null || SecretKey is null)
            throw new S3SettingsException(
                "No S3 credentials: set LINEAGE_S3_ACCESS_KEY and LINEAGE_S3_SECRET_KEY (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).");
        if (PartSize < MinimumPartSize)
            throw new S3SettingsException($"The S3 part size {PartSize} is below the 5 MiB ({MinimumPartSize} bytes) that stores require.");
        if (ListPageSize is < 1 or > 1000)
            throw new S3SettingsException($"The S3 list page size {ListPageSize} must be between 1 and 1000.");
    }
}

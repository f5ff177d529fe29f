namespace Lineage.Lakehouse.IO.S3;

/// <summary>Whether the store honours <c>If-None-Match: *</c> on PUT, which create-if-absent relies on.</summary>
public enum ConditionalPuts
{
    /// <summary>Probe the bucket once, at the first create-if-absent: put a scratch object twice and see if the second is refused.</summary>
    Auto,

    /// <summary>The store honours conditional puts (AWS S3 since 2024, recent MinIO, Garage, R2).</summary>
    On,

    /// <summary>The store ignores them: create-if-absent checks and puts under the commit lock.</summary>
    Off,
}

using System.Globalization;
using System.Security.Cryptography;

namespace Lineage.Materializers.Materialization;

/// <summary>
/// Batch ids name one materialization of one partition: <c>&lt;partition yyyyMMdd&gt;_&lt;start yyyyMMddHHmmssfff&gt;_&lt;6 hex&gt;</c>,
/// unique across runs and partitions, so that the snapshot tag <c>v_&lt;batch id&gt;</c> is never taken twice.
/// </summary>
public static class BatchIds
{
    public static string New(DateOnly partition, DateTimeOffset startedAt) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{partition:yyyyMMdd}_{startedAt.UtcDateTime:yyyyMMddHHmmssfff}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}");
}

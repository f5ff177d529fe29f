using Lineage.Lakehouse.Iceberg;

namespace Lineage.Lakehouse.Tests.Iceberg.Hostile;

/// <summary>
/// Runs a read of damaged bytes on the thread pool within a time limit, so that a hang fails the test instead of
/// stalling it, and tells whether it succeeded or ended in our format exception; any other exception propagates.
/// </summary>
internal static class ReadOutcome
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    /// <returns>Null when the read succeeded; otherwise its <see cref="IcebergFormatException"/>.</returns>
    public static async Task<IcebergFormatException?> Of(Action read)
    {
        try
        {
            await Task.Run(read).WaitAsync(Limit);
            return null;
        }
        catch (IcebergFormatException e)
        {
            return e;
        }
    }

    /// <summary>The bytes allocated on this thread by <paramref name="read"/>, which must end in our format exception.</summary>
    public static long AllocatedUntilFormatError(Action read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<IcebergFormatException>(read);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}

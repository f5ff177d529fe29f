using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Lineage.Materializers.Raw;
using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Materialization;

/// <summary>
/// Reads and decodes a partition's raw files on another thread, in the given order, at most <c>ahead</c> files in
/// front of the consumer: decoding overlaps with writing while memory holds only a few decoded records.
/// </summary>
internal static class RawReadAhead
{
    public static async IAsyncEnumerable<DecodedRawFile> DecodeAsync(
        RawSource raw, IReadOnlyList<RawFile> files, int ahead, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<DecodedRawFile>(new BoundedChannelOptions(ahead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(raw, files, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var decoded in channel.Reader.ReadAllAsync(cancellationToken))
                yield return decoded;
        }
        finally
        {
            // The consumer stopped early (an error, a cancellation): stop reading ahead, and surface nothing from it.
            await stop.CancelAsync();
            try
            {
                await producer;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
        }
        // Reached only when every file was consumed: a producer failure was already rethrown by ReadAllAsync.
    }

    private static async Task ProduceAsync(RawSource raw, IReadOnlyList<RawFile> files, ChannelWriter<DecodedRawFile> writer, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var file in files)
                await writer.WriteAsync(await DecodeAsync(raw, file, cancellationToken), cancellationToken);
            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
            throw;
        }
    }

    private static async Task<DecodedRawFile> DecodeAsync(RawSource raw, RawFile file, CancellationToken cancellationToken)
    {
        // A file that cannot be read (as opposed to decoded) fails the step: the store, not the file, is at fault.
        var decoded = await raw.ReadAsync(file, cancellationToken);
        if (!decoded.IsSuccess)
            return new DecodedRawFile(file, null, decoded.Error);
        try
        {
            return new DecodedRawFile(file, ExperimentRun.From(decoded.Record, file.Name), null);
        }
        catch (ArgumentException e)
        {
            return new DecodedRawFile(file, null, new RawRecordError(file.Name, "$", e.Message));
        }
    }
}

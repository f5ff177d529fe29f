namespace Lineage.Lakehouse.Parquet.Guards;

/// <summary>
/// The file under every decoding lane of one reader: reads at an offset of the one inner stream, taken in turn.
/// Continuations leave the caller's synchronization context, so a synchronous reader waiting for its turn never
/// waits on a context it is blocking.
/// </summary>
internal sealed class SharedSource(Stream inner) : IAsyncDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public long Length { get; } = inner.Length;

    public async Task ReadExactlyAsync(long offset, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            inner.Seek(offset, SeekOrigin.Begin);
            await inner.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _turn.Release();
        }
    }

    public async ValueTask<int> ReadAsync(long offset, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            inner.Seek(offset, SeekOrigin.Begin);
            return await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _turn.Release();
        }
    }

    public int Read(long offset, Span<byte> buffer)
    {
        _turn.Wait();
        try
        {
            inner.Seek(offset, SeekOrigin.Begin);
            return inner.Read(buffer);
        }
        finally
        {
            _turn.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        _turn.Dispose();
    }
}

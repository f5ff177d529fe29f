namespace Lineage.Lakehouse.IO;

/// <summary>A file read by ranges (local file, object-store object): what the Parquet reader needs to fetch a footer or a column chunk.</summary>
public interface IReadableFile : IAsyncDisposable
{
    /// <summary>Where the file lives, for messages (a path or URI).</summary>
    string Location { get; }

    long Length { get; }

    /// <summary>Fills <paramref name="destination"/> with the bytes at <paramref name="offset"/>; throws if the file is shorter.</summary>
    ValueTask ReadAsync(long offset, Memory<byte> destination, CancellationToken cancellationToken = default);
}

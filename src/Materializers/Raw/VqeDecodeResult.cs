using System.Diagnostics.CodeAnalysis;

namespace Lineage.Materializers.Raw;

/// <summary>The outcome of reading one raw file: exactly one of <see cref="Record"/> and <see cref="Error"/> is set.</summary>
public sealed class VqeDecodeResult
{
    private VqeDecodeResult(VqeDecoratedResult? record, RawRecordError? error)
    {
        Record = record;
        Error = error;
    }

    public VqeDecoratedResult? Record { get; }

    public RawRecordError? Error { get; }

    [MemberNotNullWhen(true, nameof(Record))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Record is not null;

    public static VqeDecodeResult Success(VqeDecoratedResult record) => new(record ?? throw new ArgumentNullException(nameof(record)), null);

    public static VqeDecodeResult Failure(RawRecordError error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));
}

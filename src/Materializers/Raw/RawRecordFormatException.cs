namespace Lineage.Materializers.Raw;

/// <summary>Raised inside the reader when a file breaks the raw record rules; the reader turns it into a <see cref="RawRecordError"/>.</summary>
internal sealed class RawRecordFormatException(string problem) : Exception(problem)
{
    public string Problem { get; } = problem;
}

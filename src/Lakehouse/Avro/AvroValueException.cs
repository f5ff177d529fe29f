namespace Lineage.Lakehouse.Avro;

/// <summary>
/// A value handed to an Avro writer does not fit its schema. <see cref="Path"/> names where in the value the
/// mismatch is, e.g. <c>manifest_entry.data_file.record_count</c>.
/// </summary>
public sealed class AvroValueException : AvroException
{
    public AvroValueException(string problem, string path)
        : base(path.Length == 0 ? problem : $"{path}: {problem}")
    {
        Problem = problem;
        Path = path;
    }

    public string Problem { get; }

    public string Path { get; }
}

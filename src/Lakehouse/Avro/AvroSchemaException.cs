namespace Lineage.Lakehouse.Avro;

/// <summary>
/// An Avro schema is not valid. <see cref="Path"/> locates the problem inside the schema, e.g.
/// <c>/fields/data_file/type/fields/partition</c> (field names stand for their position).
/// </summary>
public sealed class AvroSchemaException : AvroException
{
    public AvroSchemaException(string problem, string path = "")
        : base(path.Length == 0 ? $"Invalid Avro schema: {problem}" : $"Invalid Avro schema at {path}: {problem}")
    {
        Problem = problem;
        Path = path;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>Where in the schema, empty for the schema's root.</summary>
    public string Path { get; }

    /// <summary>The same problem located one level further out, under <paramref name="outerSegment"/>.</summary>
    internal AvroSchemaException Under(string outerSegment) => new(Problem, outerSegment + Path);
}

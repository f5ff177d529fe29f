namespace Lineage.Lakehouse.Avro.Schemas;

/// <summary>
/// A union of branches, encoded as the branch's position followed by the value. At most one branch of each
/// unnamed type, named types told apart by full name, no union directly inside another.
/// </summary>
public sealed class AvroUnionSchema : AvroSchema
{
    private static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal);

    public AvroUnionSchema(IEnumerable<AvroSchema> branches)
        : base(null, Reserved)
    {
        var list = branches.ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var branch in list)
        {
            ArgumentNullException.ThrowIfNull(branch, nameof(branches));
            if (branch is AvroUnionSchema)
                throw new AvroSchemaException("a union cannot contain another union directly");
            var key = branch is AvroNamedSchema named ? named.FullName : AvroTypeNames.Of(branch.Kind);
            if (!seen.Add(key))
                throw new AvroSchemaException($"the union lists {key} twice");
        }
        Branches = list.AsReadOnly();
        NullIndex = list.FindIndex(b => b.Kind == AvroSchemaKind.Null);
    }

    public override AvroSchemaKind Kind => AvroSchemaKind.Union;

    public IReadOnlyList<AvroSchema> Branches { get; }

    /// <summary>The position of the null branch, or -1.</summary>
    public int NullIndex { get; }

    /// <summary><c>["null", type]</c>.</summary>
    public static AvroUnionSchema Optional(AvroSchema type) => new([AvroPrimitiveSchema.Null, type]);

    /// <summary>For <c>["null", T]</c> or <c>[T, "null"]</c>: T; otherwise null.</summary>
    public AvroSchema? OptionalType => Branches.Count == 2 && NullIndex >= 0 ? Branches[1 - NullIndex] : null;

    internal override int ComputeMinimumEncodedSize(HashSet<AvroSchema> visiting) => 1;
}

namespace Lineage.Lakehouse.Tests.Fixtures;

/// <summary>
/// A leaf column (column chunk path such as <c>li.list.element</c>) of a golden file as its footer and pages declare
/// it: physical, converted and logical type, field id, the encodings of its chunks, whether they are
/// dictionary-encoded, and its pages as <c>PAGE_TYPE:ENCODING</c>.
/// </summary>
public sealed record GoldenLeaf(
    string Path,
    string PhysicalType,
    int? TypeLength,
    string Repetition,
    string? ConvertedType,
    string? LogicalType,
    int? Precision,
    int? Scale,
    int? FieldId,
    IReadOnlyList<string> Encodings,
    bool Dictionary,
    IReadOnlyList<string> Pages);

using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Lakehouse.Parquet.Levels;

/// <summary>
/// Rebuilds nested vectors from one leaf's definition and repetition levels and its non-null values
/// (the inverse of <see cref="LevelShredder"/>). Leaves of one top-level field share the lists and structs
/// above them: the first leaf under a node builds it; later leaves only fill their own, unshared part.
/// </summary>
internal sealed class LevelAssembler
{
    private readonly LeafColumn _leaf;
    private readonly int _ownedFrom;
    private readonly ColumnVector[] _vectors;
    private readonly int[] _presentDefinition;
    private readonly int[] _listDepthByRepetition;

    /// <param name="ownedFrom">The first depth of the leaf's ancestry not already built by an earlier leaf.</param>
    public LevelAssembler(LeafColumn leaf, ColumnVector topLevel, int ownedFrom)
    {
        _leaf = leaf;
        _ownedFrom = ownedFrom;
        var depth = leaf.Ancestry.Count;
        _vectors = new ColumnVector[depth];
        _presentDefinition = new int[depth];
        _listDepthByRepetition = new int[leaf.MaxRepetitionLevel + 1];
        _vectors[0] = topLevel;
        ValuesInPlace = !leaf.Field.Nullable
            && !leaf.Ancestry.Reverse().Skip(1).TakeWhile(a => a is not ListField).Any(a => a is StructField { Nullable: true });
        int definition = 0, repetition = 0;
        for (var d = 0; d < depth; d++)
        {
            var field = leaf.Ancestry[d];
            if (field.Nullable) definition++;
            _presentDefinition[d] = definition;
            if (field is ListField)
            {
                definition++;
                _listDepthByRepetition[++repetition] = d;
            }
            if (d + 1 < depth)
                _vectors[d + 1] = Child(_vectors[d], field, leaf.Ancestry[d + 1]);
        }
    }

    /// <summary>
    /// A required leaf with no nullable struct between it and its innermost list (a null struct would still give
    /// it a slot) has no null slots, so its vector is exactly its values: the decoder writes them there directly
    /// and the assembler only counts them.
    /// </summary>
    public bool ValuesInPlace { get; }

    /// <summary>The leaf's own vector, where its values land.</summary>
    public ColumnVector LeafVector => _vectors[^1];

    /// <summary>Consumes level entries; <paramref name="values"/> holds the non-null leaf values in order from <paramref name="valueIndex"/>.</summary>
    public void Append(ReadOnlySpan<int> definition, ReadOnlySpan<int> repetition, ColumnVector values, ref int valueIndex)
    {
        if (_vectors.Length == 1)
        {
            AppendFlat(definition, values, ref valueIndex);
            return;
        }
        if (_vectors.Length == 2 && _vectors[0] is ListVector list && ValuesInPlace && _ownedFrom == 0)
        {
            AppendListOfValues(list, definition, repetition, ref valueIndex);
            return;
        }
        for (var i = 0; i < definition.Length; i++)
        {
            var r = repetition.IsEmpty ? 0 : repetition[i];
            var start = r == 0 ? 0 : _listDepthByRepetition[r] + 1;
            Descend(start, definition[i], values, ref valueIndex);
            CloseLists(valueIndex);
        }
    }

    /// <summary>A top-level primitive: each level entry is one row, a value or a null.</summary>
    private void AppendFlat(ReadOnlySpan<int> definition, ColumnVector values, ref int valueIndex)
    {
        var vector = _vectors[0];
        if (ValuesInPlace)
        {
            valueIndex += definition.Length;
            return;
        }
        var present = _presentDefinition[0];
        foreach (var level in definition)
        {
            if (level < present)
                vector.AppendNull();
            else
                vector.AppendFrom(values, valueIndex++);
        }
    }

    /// <summary>A top-level list of required values (coordinates, parameter vectors): the common nested shape, kept tight.</summary>
    private void AppendListOfValues(ListVector list, ReadOnlySpan<int> definition, ReadOnlySpan<int> repetition, ref int valueIndex)
    {
        var present = _presentDefinition[0];
        for (var i = 0; i < definition.Length; i++)
        {
            var level = definition[i];
            if (repetition[i] == 0)
            {
                // A new slot starts where the values assembled so far end (the leaf vector holds them all already).
                if (level < present)
                    list.AppendNull();
                else
                    list.BeginList();
                if (level <= present)
                {
                    list.EndListAt(valueIndex);
                    continue;
                }
            }
            list.EndListAt(++valueIndex);
        }
    }

    private void Descend(int depth, int definition, ColumnVector values, ref int valueIndex)
    {
        for (var d = depth; ; d++)
        {
            var field = _leaf.Ancestry[d];
            var vector = _vectors[d];
            var owned = d >= _ownedFrom;
            if (field.Nullable && definition < _presentDefinition[d])
            {
                if (owned) AppendNull(vector);
                FillBelowNullStruct(d);
                return;
            }
            switch (field)
            {
                case ListField:
                    if (owned) ((ListVector)vector).BeginList();
                    if (definition == _presentDefinition[d])
                        return;
                    break;
                case StructField:
                    if (owned) ((StructVector)vector).AppendPresent();
                    break;
                default:
                    if (!ValuesInPlace)
                        vector.AppendFrom(values, valueIndex);
                    valueIndex++;
                    return;
            }
        }
    }

    /// <summary>A null struct still has a slot in each child: give the leaf's owned descendants a null too.</summary>
    private void FillBelowNullStruct(int depth)
    {
        for (var d = depth + 1; d < _vectors.Length && _leaf.Ancestry[d - 1] is StructField; d++)
        {
            if (d >= _ownedFrom)
                AppendNull(_vectors[d]);
        }
    }

    private static void AppendNull(ColumnVector vector)
    {
        if (vector is StructVector group)
            group.AppendNullShallow();
        else
            vector.AppendNull();
    }

    private void CloseLists(int valuesAssembled)
    {
        for (var d = _vectors.Length - 2; d >= _ownedFrom; d--)
        {
            if (_vectors[d] is not ListVector { Count: > 0 } list)
                continue;
            // Values decoded in place are all there already: the innermost list ends at those assembled so far.
            if (ValuesInPlace && d == _vectors.Length - 2)
                list.EndListAt(valuesAssembled);
            else
                list.EndList();
        }
    }

    private static ColumnVector Child(ColumnVector vector, ParquetField field, ParquetField child) => (vector, field) switch
    {
        (ListVector list, ListField) => list.Elements,
        (StructVector group, StructField fields) => group.Children[IndexOf(fields, child.Name)],
        _ => throw new ArgumentException($"The vector for '{field.Name}' does not match the schema."),
    };

    private static int IndexOf(StructField fields, string name)
    {
        for (var i = 0; i < fields.Fields.Count; i++)
        {
            if (fields.Fields[i].Name == name)
                return i;
        }
        throw new ArgumentException($"Struct '{fields.Name}' has no field '{name}'.");
    }
}

using System.Text;

namespace Lineage.Materializers.Raw;

/// <summary>
/// The JSON path the reader is at, kept as a stack of member names and array indexes.
/// Member names are the reader's constant strings, so moving along allocates nothing; the text is built only for an error.
/// </summary>
internal sealed class JsonPathTrail
{
    private readonly List<(string? Member, int Index)> _segments = new(8);

    public void PushMember(string name) => _segments.Add((name, -1));

    public void PushIndex(int index) => _segments.Add((null, index));

    public void SetIndex(int index) => _segments[^1] = (null, index);

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    public override string ToString()
    {
        if (_segments.Count == 0) return "$";
        var text = new StringBuilder();
        foreach (var (member, index) in _segments)
        {
            if (member is not null)
            {
                if (text.Length > 0) text.Append('.');
                text.Append(member);
            }
            else
            {
                text.Append('[').Append(index).Append(']');
            }
        }
        return text.ToString();
    }
}

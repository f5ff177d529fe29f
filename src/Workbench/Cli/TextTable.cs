namespace Lineage.Workbench.Cli;

/// <summary>A plain left-aligned text table for human CLI output.</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells)
    {
        if (cells.Length != headers.Length)
            throw new ArgumentException($"Expected {headers.Length} cells, got {cells.Length}.", nameof(cells));
        _rows.Add(cells);
    }

    public void WriteTo(TextWriter writer)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        writer.WriteLine(Format(headers, widths));
        foreach (var row in _rows)
            writer.WriteLine(Format(row, widths));
    }

    private static string Format(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
}

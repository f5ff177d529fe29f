namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

/// <summary>A temporary folder for one table, as a <c>file:/…</c> location; deleted on dispose.</summary>
public sealed class TableFolder : IDisposable
{
    public TableFolder() => Folder = Directory.CreateTempSubdirectory("lineage-table-").FullName;

    public string Folder { get; }

    public string Location => "file:" + Folder;

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

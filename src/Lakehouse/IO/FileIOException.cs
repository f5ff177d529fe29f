namespace Lineage.Lakehouse.IO;

/// <summary>A file could not be read or written; <see cref="Location"/> names it and the message says why.</summary>
public class FileIOException : IOException
{
    public FileIOException(string location, string message, Exception? innerException = null)
        : base($"{location}: {message}", innerException)
    {
        Location = location;
    }

    public string Location { get; }
}

namespace Lineage.Lakehouse.IO;

/// <summary>Nothing exists at the location that was read.</summary>
public sealed class LocationNotFoundException(string location, Exception? innerException = null)
    : FileIOException(location, "no such file. Check the location, or whether the file was deleted or not written yet.", innerException);

using System.Runtime.InteropServices;

namespace Lineage.Lakehouse.IO;

/// <summary>
/// Moves a file to a name only if that name is free, atomically: of concurrent movers to one name exactly one succeeds.
/// The runtime's File.Move without overwrite is not enough on Unix (it checks, then renames, and rename replaces),
/// so there the file is hard-linked under the new name (link(2) fails with EEXIST when the name is taken) and the old
/// name removed. On file systems without hard links the content is copied into a file created with O_EXCL instead.
/// </summary>
internal static partial class ExclusiveMove
{
    private const int EPERM = 1;
    private const int EEXIST = 17;
    private const int EXDEV = 18;
    private const int ENOSYS = 38;
    private const int EOPNOTSUPP = 95;

    /// <summary>True when <paramref name="source"/> now lives at <paramref name="destination"/>; false (source untouched) when the destination exists.</summary>
    public static bool TryMove(string source, string destination)
    {
        if (OperatingSystem.IsWindows())
            return TryMoveWithoutReplacing(source, destination);
        if (Link(source, destination) == 0)
        {
            File.Delete(source);
            return true;
        }
        var error = Marshal.GetLastPInvokeError();
        return error switch
        {
            EEXIST => false,
            EPERM or EXDEV or ENOSYS or EOPNOTSUPP => TryCopyToNew(source, destination),
            _ => throw new IOException($"cannot link {source} to {destination}: {Marshal.GetPInvokeErrorMessage(error)} (errno {error})."),
        };
    }

    // Windows' MoveFileEx without MOVEFILE_REPLACE_EXISTING fails atomically when the destination exists.
    private static bool TryMoveWithoutReplacing(string source, string destination)
    {
        try
        {
            File.Move(source, destination, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(destination))
        {
            return false;
        }
    }

    private static bool TryCopyToNew(string source, string destination)
    {
        FileStream target;
        try
        {
            target = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(destination))
        {
            return false;
        }
        using (target)
        using (var from = File.OpenRead(source))
        {
            from.CopyTo(target);
            target.Flush(flushToDisk: true);
        }
        File.Delete(source);
        return true;
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existingPath, string newPath);
}

using System.Runtime.InteropServices;

namespace Lineage.Lakehouse.Compression;

/// <summary>The few functions of the system Zstandard library the ZSTD codec needs.</summary>
internal static unsafe partial class ZstdNative
{
    private const string Library = "libzstd.so.1";

    /// <summary>ZSTD_getFrameContentSize's answer when the frame header does not record the size.</summary>
    public const ulong ContentSizeUnknown = ulong.MaxValue;

    /// <summary>ZSTD_getFrameContentSize's answer when the bytes do not start with a frame header.</summary>
    public const ulong ContentSizeError = ulong.MaxValue - 1;

    /// <summary>ZSTD_error_dstSize_tooSmall in zstd_errors.h.</summary>
    public const int DestinationTooSmall = 70;

    /// <summary>Why the library cannot be used in this process, or null when it can; probed once.</summary>
    public static string? Unavailable => Probe.Value;

    private static readonly Lazy<string?> Probe = new(() =>
    {
        try
        {
            _ = CompressBound(0);
            return null;
        }
        catch (DllNotFoundException)
        {
            return "ZSTD needs the system library libzstd.so.1 (Debian package libzstd1); install it and restart.";
        }
        catch (EntryPointNotFoundException e)
        {
            return $"the installed libzstd.so.1 is too old ({e.Message}); install a current libzstd1.";
        }
    });

    [LibraryImport(Library, EntryPoint = "ZSTD_compress")]
    public static partial nuint Compress(byte* destination, nuint capacity, byte* source, nuint sourceLength, int level);

    [LibraryImport(Library, EntryPoint = "ZSTD_decompress")]
    public static partial nuint Decompress(byte* destination, nuint capacity, byte* source, nuint sourceLength);

    [LibraryImport(Library, EntryPoint = "ZSTD_compressBound")]
    public static partial nuint CompressBound(nuint sourceLength);

    [LibraryImport(Library, EntryPoint = "ZSTD_isError")]
    public static partial uint IsError(nuint code);

    [LibraryImport(Library, EntryPoint = "ZSTD_getErrorCode")]
    public static partial int GetErrorCode(nuint code);

    [LibraryImport(Library, EntryPoint = "ZSTD_getErrorName")]
    private static partial nint GetErrorNamePointer(nuint code);

    [LibraryImport(Library, EntryPoint = "ZSTD_getFrameContentSize")]
    public static partial ulong GetFrameContentSize(byte* source, nuint sourceLength);

    public static string GetErrorName(nuint code) => Marshal.PtrToStringUTF8(GetErrorNamePointer(code)) ?? $"error {code}";
}

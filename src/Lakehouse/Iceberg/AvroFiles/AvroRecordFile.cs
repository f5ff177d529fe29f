using Avro.File;
using Avro.Generic;

namespace Lineage.Lakehouse.Iceberg.AvroFiles;

/// <summary>Reads the records of an Avro object container file with Apache.Avro, once <see cref="AvroFileCheck"/> found it sound.</summary>
internal static class AvroRecordFile
{
    /// <summary>Reads a file whole into memory, refusing one over <see cref="AvroFileLimits.MaxFileBytes"/> before reading it.</summary>
    /// <exception cref="IcebergFormatException">The file is too large.</exception>
    public static byte[] ReadBytes(Stream input, string name)
    {
        if (input.CanSeek && input.Length - input.Position > AvroFileLimits.MaxFileBytes)
            throw TooLarge(name, input.Length - input.Position);
        using var bytes = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk)) > 0)
        {
            if (bytes.Length + read > AvroFileLimits.MaxFileBytes)
                throw TooLarge(name, bytes.Length + read);
            bytes.Write(chunk, 0, read);
        }
        return bytes.ToArray();
    }

    public static IcebergFormatException TooLarge(string name, long length) =>
        new($"{name} has {length} bytes or more; Avro metadata files of more than {AvroFileLimits.MaxFileBytes} bytes are refused");

    /// <exception cref="IcebergFormatException">The file is not a sound Avro object container file of records; the message names it.</exception>
    public static AvroFileContents Read(byte[] file, string name)
    {
        try
        {
            var header = AvroFileCheck.Validate(file);
            using var reader = DataFileReader<GenericRecord>.OpenReader(new MemoryStream(file, writable: false), null, BaseValueReader.Factory, leaveOpen: false);
            return new AvroFileContents(header, reader.NextEntries.ToList());
        }
        // Past the check the library should not fail; if it does, it throws its own and the framework's exception
        // types without a contract, and none of them may reach our callers.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new IcebergFormatException($"{name} is not a readable Avro file: {e.Message}", e);
        }
    }
}

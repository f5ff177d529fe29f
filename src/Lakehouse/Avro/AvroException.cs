namespace Lineage.Lakehouse.Avro;

/// <summary>Base of every error raised while parsing Avro schemas or reading and writing Avro data.</summary>
public abstract class AvroException : Exception
{
    protected AvroException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}

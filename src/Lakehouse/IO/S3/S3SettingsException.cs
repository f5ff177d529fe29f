namespace Lineage.Lakehouse.IO.S3;

/// <summary>The S3 settings are incomplete or invalid; the message names the setting or environment variable to fix.</summary>
public sealed class S3SettingsException(string message) : Exception(message);

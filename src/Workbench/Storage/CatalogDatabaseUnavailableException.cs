namespace Lineage.Workbench.Storage;

/// <summary>The catalog database could not be opened or brought up to date.</summary>
public sealed class CatalogDatabaseUnavailableException(CatalogConnection connection, Exception inner) : Exception(
    $"The catalog database ({connection.Describe()}) could not be opened or migrated: {inner.Message} "
    + $"Check ConnectionStrings:{CatalogConnection.ConfigurationName} and that the database is reachable.",
    inner);

namespace Lineage.Workbench.Auth;

public sealed class AuthConfigurationException(string message) : Exception(message);

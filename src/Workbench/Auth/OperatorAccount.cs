namespace Lineage.Workbench.Auth;

/// <summary>A local account allowed to act (materialize, backfill, cancel): a name and a password hash.</summary>
public sealed class OperatorAccount
{
    public string Name { get; set; } = "";

    public string PasswordHash { get; set; } = "";
}

namespace Lineage.Workbench.Auth;

/// <summary>The authorization policy of operator actions and the role signed-in operators carry.</summary>
public static class OperatorPolicy
{
    public const string Name = "Operator";

    public const string Role = "operator";
}

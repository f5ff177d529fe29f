namespace Lineage.Workbench.Auth;

/// <summary>The <c>Lineage:Auth</c> section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Lineage:Auth";

    /// <summary>Operators; when none is configured, one named <c>operator</c> gets a password generated at start-up.</summary>
    public List<OperatorAccount> Operators { get; set; } = [];

    /// <summary>Whether viewing needs a signed-in user too (by default anyone who reaches the workbench may look).</summary>
    public bool RequireSignInToView { get; set; }

    public static AuthOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<AuthOptions>() ?? new AuthOptions();
}

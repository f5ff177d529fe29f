using Lineage.Workbench.Auth;

namespace Lineage.Workbench.Tests.Auth;

public sealed class PasswordHashTests
{
    [Fact]
    public void A_hash_verifies_its_password_only_and_never_contains_it()
    {
        var hash = PasswordHash.Create("correct horse battery");

        Assert.StartsWith("pbkdf2-sha256$210000$", hash);
        Assert.DoesNotContain("correct horse", hash);
        Assert.True(PasswordHash.Verify("correct horse battery", hash));
        Assert.False(PasswordHash.Verify("correct horse batterY", hash));
        Assert.NotEqual(hash, PasswordHash.Create("correct horse battery"));
    }

    [Fact]
    public void An_unreadable_hash_is_a_format_error_naming_the_expected_shape()
    {
        var error = Assert.Throws<FormatException>(() => PasswordHash.Verify("x", "md5$abc"));
        Assert.Contains("pbkdf2-sha256$ITERATIONS$SALT$HASH", error.Message);
    }

    [Fact]
    public void Without_configured_operators_one_gets_a_generated_password_and_configured_ones_are_checked()
    {
        var generated = new OperatorAccounts(new AuthOptions());
        Assert.NotNull(generated.GeneratedPassword);
        Assert.True(generated.Verify(OperatorAccounts.GeneratedName, generated.GeneratedPassword!));
        Assert.False(generated.Verify(OperatorAccounts.GeneratedName, "guess"));

        var configured = new OperatorAccounts(new AuthOptions { Operators = [new OperatorAccount { Name = "ada", PasswordHash = PasswordHash.Create("s3cret-pass") }] });
        Assert.Null(configured.GeneratedPassword);
        Assert.True(configured.Verify("ada", "s3cret-pass"));
        Assert.False(configured.Verify("operator", "s3cret-pass"));

        var broken = Assert.Throws<AuthConfigurationException>(() =>
            new OperatorAccounts(new AuthOptions { Operators = [new OperatorAccount { Name = "bob", PasswordHash = "plain" }] }));
        Assert.Contains("the PasswordHash of 'bob' is unreadable", broken.Message);
    }
}

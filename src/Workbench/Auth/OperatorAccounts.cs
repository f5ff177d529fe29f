using System.Security.Cryptography;

namespace Lineage.Workbench.Auth;

/// <summary>
/// The operators who may sign in. Without configured accounts, one account <c>operator</c> gets a random password
/// for the life of the process (printed once at start-up), so a fresh workbench is usable but never open.
/// </summary>
public sealed class OperatorAccounts
{
    public const string GeneratedName = "operator";

    private readonly IReadOnlyDictionary<string, string> _hashes;

    public OperatorAccounts(AuthOptions options)
    {
        foreach (var account in options.Operators)
        {
            if (string.IsNullOrWhiteSpace(account.Name) || string.IsNullOrWhiteSpace(account.PasswordHash))
                throw new AuthConfigurationException($"every entry of {AuthOptions.Section}:Operators needs a Name and a PasswordHash (make one with 'lineage hash-password')");
            try
            {
                PasswordHash.Verify("", account.PasswordHash);
            }
            catch (FormatException e)
            {
                throw new AuthConfigurationException($"{AuthOptions.Section}:Operators: the PasswordHash of '{account.Name}' is unreadable: {e.Message}");
            }
        }
        if (options.Operators.Count > 0)
        {
            _hashes = options.Operators.ToDictionary(a => a.Name, a => a.PasswordHash, StringComparer.Ordinal);
            return;
        }
        GeneratedPassword = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');
        _hashes = new Dictionary<string, string> { [GeneratedName] = PasswordHash.Create(GeneratedPassword) };
    }

    /// <summary>The password of the generated account, when no account was configured.</summary>
    public string? GeneratedPassword { get; }

    public bool Verify(string name, string password) =>
        _hashes.TryGetValue(name, out var hash) && PasswordHash.Verify(password, hash);
}

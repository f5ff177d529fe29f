using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Lineage.Workbench.Auth;

/// <summary>
/// Password hashes as configuration stores them: <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c> (base64 salt and hash),
/// made by <c>lineage hash-password</c>; verifying takes constant time in the hash compared.
/// </summary>
public static class PasswordHash
{
    private const string Scheme = "pbkdf2-sha256";
    private const int Iterations = 210_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Create(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(password, salt, Iterations);
        return string.Create(CultureInfo.InvariantCulture, $"{Scheme}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <exception cref="FormatException">The stored hash is not in the format above.</exception>
    public static bool Verify(string password, string encoded)
    {
        var parts = encoded.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
            throw new FormatException($"a password hash looks like {Scheme}$ITERATIONS$SALT$HASH (made by 'lineage hash-password'), not '{Shorten(encoded)}'");
        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        return CryptographicOperations.FixedTimeEquals(Derive(password, salt, iterations, expected.Length), expected);
    }

    private static byte[] Derive(string password, byte[] salt, int iterations, int length = HashBytes) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, length);

    private static string Shorten(string value) => value.Length <= 16 ? value : value[..16] + "…";
}

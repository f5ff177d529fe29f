using Lineage.Workbench.Auth;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary>
/// <c>lineage hash-password</c>: reads a password from standard input (one line) and prints the hash to put in
/// <c>Lineage:Auth:Operators:N:PasswordHash</c>; the password never appears on a command line.
/// </summary>
public sealed class HashPasswordVerb : ICliVerb
{
    private const int MinimumLength = 8;

    public IReadOnlyList<string> Words { get; } = ["hash-password"];

    public string Usage => "hash-password   (reads the password from standard input)";

    public string Summary => "hash an operator password for Lineage:Auth:Operators";

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        arguments.EnsureAllUsed();
        if (arguments.Positionals.Count > 0)
            throw new CliUsageException("Give the password on standard input, not as an argument (it would stay in the shell history).");
        var password = await context.Input.ReadLineAsync(cancellationToken);
        if (password is null || password.Length < MinimumLength)
            throw new CliUsageException($"Type a password of at least {MinimumLength} characters on standard input, e.g. read -rs p; echo \"$p\" | lineage hash-password");
        var hash = PasswordHash.Create(password);
        if (context.Json)
            context.WriteJson(new { passwordHash = hash });
        else
            context.Out.WriteLine(hash);
        return 0;
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Lineage.Workbench.Auth;

/// <summary>Sign-in and sign-out form posts (antiforgery-checked like every form post).</summary>
public static class AuthEndpoints
{
    public const string LoginPath = "/login";

    public static WebApplication MapAuthEndpoints(this WebApplication app)
    {
        app.MapPost("/auth/login", async (HttpContext http, OperatorAccounts accounts, [FromForm] string? name, [FromForm] string? password, [FromForm] string? returnUrl) =>
            {
                var back = LocalOrHome(returnUrl);
                if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(password) || !accounts.Verify(name, password))
                    return Results.Redirect($"{LoginPath}?failed=1&returnUrl={Uri.EscapeDataString(back)}");
                var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, OperatorPolicy.Role)],
                    CookieAuthenticationDefaults.AuthenticationScheme);
                await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
                return Results.Redirect(back);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        app.MapPost("/auth/logout", async (HttpContext http) =>
            {
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return Results.Redirect("/");
            })
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>Only paths of this site: an absolute or protocol-relative address would send the user elsewhere.</summary>
    public static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\") ? returnUrl : "/";
}

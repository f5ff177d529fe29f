using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace Lineage.Workbench.Auth;

public static class AuthRegistration
{
    /// <summary>
    /// Cookie sign-in for local operators, the <see cref="OperatorPolicy"/> for actions and, with
    /// <c>RequireSignInToView</c>, a fallback policy that makes every page and read endpoint need a signed-in user.
    /// </summary>
    public static IServiceCollection AddWorkbenchAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var options = AuthOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(new OperatorAccounts(options));
        services.AddHostedService<GeneratedOperatorNotice>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = AuthEndpoints.LoginPath;
                cookie.Cookie.Name = "lineage.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            });
        services.AddAuthorization(authorization =>
        {
            authorization.AddPolicy(OperatorPolicy.Name, policy => policy.RequireAuthenticatedUser().RequireRole(OperatorPolicy.Role));
            if (options.RequireSignInToView)
                authorization.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        services.AddCascadingAuthenticationState();
        return services;
    }
}

using Lineage.Workbench.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace Lineage.Workbench.Components.RunViews;

/// <summary>The server-side check before a page acts: the person must hold the Operator policy, whatever the markup showed.</summary>
public sealed class OperatorCheck(AuthenticationStateProvider authentication, IAuthorizationService authorization)
{
    /// <summary>The operator's name, or null when the person is not an operator.</summary>
    public async Task<string?> OperatorNameAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        var result = await authorization.AuthorizeAsync(user, OperatorPolicy.Name);
        return result.Succeeded ? user.Identity?.Name ?? "operator" : null;
    }
}

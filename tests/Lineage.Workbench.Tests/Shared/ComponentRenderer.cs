using System.Security.Claims;
using Lineage.Workbench.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using Radzen;

namespace Lineage.Workbench.Tests.Shared;

/// <summary>Renders a component to HTML with the framework's <see cref="HtmlRenderer"/> (static markup, no browser).</summary>
public static class ComponentRenderer
{
    /// <param name="user">Who looks at it (anonymous by default); <see cref="Operator"/> for an operator.</param>
    public static async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters, ClaimsPrincipal? user = null, Action<IServiceCollection>? services = null)
        where TComponent : IComponent
    {
        var collection = new ServiceCollection();
        collection.AddAuthorizationCore(o => o.AddPolicy(OperatorPolicy.Name, p => p.RequireAuthenticatedUser().RequireRole(OperatorPolicy.Role)));
        collection.AddCascadingAuthenticationState();
        collection.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState(user ?? new ClaimsPrincipal(new ClaimsIdentity())));
        collection.AddSingleton<NavigationManager, FixedNavigation>();
        services?.Invoke(collection);
        return await RenderWithAsync<TComponent>(collection, parameters);
    }

    public static ClaimsPrincipal Operator(string name = "ada") =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, OperatorPolicy.Role)], "test"));

    private static async Task<string> RenderWithAsync<TComponent>(ServiceCollection services, IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IJSRuntime, NoJavaScript>();
        services.AddRadzenComponents();
        await using var provider = services.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, provider.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }

    private sealed class FixedAuthenticationState(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }

    private sealed class FixedNavigation : NavigationManager
    {
        public FixedNavigation() => Initialize("http://127.0.0.1/", "http://127.0.0.1/assets/quantum_features/molecules");
    }

    private sealed class NoJavaScript : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => default;

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => default;
    }
}

using Lineage.Workbench.Components.Shared;
using Lineage.Workbench.Tests.Shared;
using Microsoft.AspNetCore.Components;

namespace Lineage.Workbench.Tests.Auth;

public sealed class OperatorOnlyTests
{
    private static Dictionary<string, object?> Parameters() => new()
    {
        [nameof(OperatorOnly.Action)] = "materialize partitions",
        [nameof(OperatorOnly.ChildContent)] = (RenderFragment)(b => b.AddMarkupContent(0, "<button>Materialize</button>")),
    };

    [Fact]
    public async Task An_operator_sees_the_action()
    {
        var html = await ComponentRenderer.RenderAsync<OperatorOnly>(Parameters(), ComponentRenderer.Operator());
        Assert.Contains("<button>Materialize</button>", html);
        Assert.DoesNotContain("Sign in", html);
    }

    [Fact]
    public async Task Anyone_else_is_told_to_sign_in_and_comes_back_to_the_page()
    {
        var html = await ComponentRenderer.RenderAsync<OperatorOnly>(Parameters());
        Assert.DoesNotContain("<button>", html);
        Assert.Contains("Sign in as an operator</a> to materialize partitions.", html);
        Assert.Contains("href=\"/login?returnUrl=%2Fassets%2Fquantum_features%2Fmolecules\"", html);
    }
}

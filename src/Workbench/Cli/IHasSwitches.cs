namespace Lineage.Workbench.Cli;

/// <summary>A verb with options that take no value (besides the global <c>--json</c> and <c>--help</c>).</summary>
public interface IHasSwitches
{
    IReadOnlySet<string> Switches { get; }
}

using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Tables.Base;

/// <summary>The values the tables record when a run's initial data leaves an optional field out.</summary>
public static class InitialDataDefaults
{
    public const string AnsatzName = "EfficientSU2";

    public const string InitStrategy = "random";

    public static string AnsatzNameOf(VqeInitialData initial) => initial.AnsatzName ?? AnsatzName;

    public static string InitStrategyOf(VqeInitialData initial) => initial.InitStrategy ?? InitStrategy;
}

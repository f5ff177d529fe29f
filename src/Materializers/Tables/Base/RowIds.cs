using System.Globalization;

namespace Lineage.Materializers.Tables.Base;

/// <summary>The string keys of the base tables' rows; numbers are written in the invariant culture.</summary>
internal static class RowIds
{
    /// <summary><c>{experiment_id}{infix}{index}</c>, e.g. <c>…_init_3</c>.</summary>
    public static string Scoped(string experimentId, string infix, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{experimentId}{infix}{index}");

    public static string Iteration(string experimentId, int step) => Scoped(experimentId, "_iter_", step);

    public static string IterationParameter(string iterationId, int index) => Scoped(iterationId, "_param_", index);

    public static string Term(string experimentId, int index) => Scoped(experimentId, "_term_", index);
}

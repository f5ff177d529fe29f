using System.Globalization;

namespace Lineage.Materializers.Tables.Base;

/// <summary>
/// The string keys of the base tables' rows, <c>{scope}{infix}{index}</c> (e.g. <c>…_init_3</c>); numbers are written
/// in the invariant culture. Transforms write them with <see cref="TableRows.ScopedId"/>; an iteration id is also a
/// scope, so it is built as a string.
/// </summary>
internal static class RowIds
{
    public const string IterationInfix = "_iter_";

    public const string IterationParameterInfix = "_param_";

    public const string TermInfix = "_term_";

    public static string Iteration(string experimentId, int step) =>
        string.Create(CultureInfo.InvariantCulture, $"{experimentId}{IterationInfix}{step}");
}

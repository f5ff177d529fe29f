using Apache.Arrow;

namespace Lineage.Materializers.Tables.Ml;

/// <summary>
/// The rows of one experiment read from a table, plus where its first row was read (to take the columns that are
/// constant within the experiment). <see cref="Rows"/> is reused for the next experiment.
/// </summary>
internal sealed record ExperimentRows<TRow>(string ExperimentId, List<TRow> Rows, RecordBatch FirstBatch, int FirstRow);

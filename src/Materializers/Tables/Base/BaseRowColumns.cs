namespace Lineage.Materializers.Tables.Base;

/// <summary>Column groups that several base tables share, appended in the order the asset specs declare them.</summary>
internal static class BaseRowColumns
{
    /// <summary>experiment_id, molecule_id, basis_set.</summary>
    public static TableRows Experiment(this TableRows rows, ExperimentRun run) =>
        rows.String(run.ExperimentId).Int(run.Record.MoleculeId).String(run.Record.BasisSet);

    /// <summary>The experiment columns followed by backend and num_qubits.</summary>
    public static TableRows ExperimentOnBackend(this TableRows rows, ExperimentRun run)
    {
        var initial = run.Record.VqeResult.InitialData;
        return rows.Experiment(run).String(initial.Backend).Int(initial.NumQubits);
    }

    /// <summary>
    /// Appends processing_timestamp, processing_date, processing_batch_id and processing_name, the columns every base
    /// table ends with, and completes the row.
    /// </summary>
    public static void EndWithProcessing(this TableRows rows, ProcessingStamp stamp) =>
        rows.Timestamp(stamp.Timestamp).Date(stamp.Date).String(stamp.BatchId).String(stamp.Name).EndRow();
}

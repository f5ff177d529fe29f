using Lineage.Bench;

// Benchmarks run on demand and print numbers; they are never part of the test run.
//   dotnet run -c Release --project bench/Lineage.Bench -- parquet [--rows N] [--codec snappy|zstd|none] [--dir DIR]
//   dotnet run -c Release --project bench/Lineage.Bench -- materialize [--files N | --file-mb N] [--dir DIR] [--only BASE_TABLE]
//   dotnet run -c Release --project bench/Lineage.Bench -- scheduling [--steps N] [--max-parallel N] [--postgres CONNECTION]
//   dotnet run -c Release --project bench/Lineage.Bench -- ui [--assets N] [--days N] [--seed N] [--chromium PATH]
return args switch
{
    ["parquet", .. var rest] => await ParquetBenchmark.RunAsync(rest),
    ["parquet-phase", .. var rest] => await ParquetPhase.RunAsync(rest),
    ["materialize", .. var rest] => await MaterializeBenchmark.RunAsync(rest),
    ["materialize-phase", .. var rest] => await MaterializePhase.RunAsync(rest),
    ["scheduling", .. var rest] => await SchedulingBenchmark.RunAsync(rest),
    ["ui", .. var rest] => await Lineage.Bench.Ui.UiBenchmark.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: bench parquet [--rows N] [--codec snappy|zstd|none] [--dir DIR]");
    Console.Error.WriteLine("       bench materialize [--files N | --file-mb N] [--dir DIR] [--only BASE_TABLE]");
    Console.Error.WriteLine("       bench scheduling [--steps N] [--max-parallel N] [--postgres CONNECTION]   (or LINEAGE_BENCH_POSTGRES)");
    Console.Error.WriteLine("       bench ui [--assets N] [--days N] [--seed N] [--chromium PATH]");
    return 2;
}

using Lineage.Workbench.Cli;
using Lineage.Workbench.Hosting;

if (CommandLine.IsServe(args))
{
    await WorkbenchHost.Build(args).RunAsync();
    return 0;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await CommandLine.RunAsync(args, Console.Out, Console.Error, cancellationToken: cancellation.Token);

public partial class Program;

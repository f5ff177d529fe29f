using Lineage.Workbench.Cli;
using Lineage.Workbench.Hosting;

if (CommandLine.IsServe(args))
{
    var app = WorkbenchHost.Build(args);
    await app.RunAsync();
    return 0;
}

return await CommandLine.RunAsync(args, Console.Out, Console.Error);

public partial class Program;

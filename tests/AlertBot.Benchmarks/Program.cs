using AlertBot.Benchmarks;
using BenchmarkDotNet.Running;

// `-- --cpu` measures thread CPU time instead of wall time: the honest single-core figure on a shared, loaded machine.
if (args is ["--cpu", ..])
{
    CpuThroughput.Run(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

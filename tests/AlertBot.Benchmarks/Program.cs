using AlertBot.Benchmarks;
using BenchmarkDotNet.Running;

// `-- ingest`: the end-to-end ingest harness on the real host.
if (args is ["ingest", .. var rest])
    return await IngestBenchmark.RunAsync(rest);

// `-- audience N`: a generated audience's memory, its index's build time, routing CPU time per article.
if (args is ["audience", ..])
{
    RoutingBenchmarks.Report(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
    return 0;
}

// `-- places [--warm-runtime]`: the gazetteer's first load, its slug map, and the memory they keep.
if (args is ["places", ..])
{
    PlacesLoad.Run(warmRuntime: args.Contains("--warm-runtime"));
    return 0;
}

if (args is ["--parts", ..])
{
    CpuThroughput.Parts(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return 0;
}

// `-- --cpu` measures thread CPU time instead of wall time: the honest single-core figure on a shared, loaded machine.
if (args is ["--cpu", ..])
{
    CpuThroughput.Run(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(UnderstandBenchmarks).Assembly).Run(args);
return 0;

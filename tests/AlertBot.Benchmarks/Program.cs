using AlertBot.Benchmarks;
using BenchmarkDotNet.Running;

// `-- ingest`: the end-to-end ingest harness on the real host; anything else: BenchmarkDotNet.
if (args is ["ingest", .. var rest])
    return await IngestBenchmark.RunAsync(rest);

BenchmarkSwitcher.FromAssembly(typeof(UnderstandBenchmarks).Assembly).Run(args);
return 0;

using System.Diagnostics;
using AlertBot.Core.Route;
using AlertBot.Core.Understand;
using AlertBot.Testing;
using BenchmarkDotNet.Attributes;

namespace AlertBot.Benchmarks;

/// <summary>
/// Routing one article to a large audience (<see cref="Audience"/>: private subscribers with topics, keywords,
/// excludes, circles): every chat through <see cref="Router.Route"/> (the scan the ingest did before) against
/// <see cref="ChatIndex.Route"/>. Each operation routes one of 16 generated articles in turn.
/// </summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private const int Articles = 16;

    private List<ChatSettings> _chats = null!;
    private ChatIndex _index = null!;
    private (string Headline, string Body, HashSet<string> Topics, PlaceRef? Location)[] _articles = null!;

    [Params(100_000)]
    public int Chats { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _chats = Audience.Generate(Chats);
        _index = new ChatIndex(_chats);
        var random = new Random(3);
        _articles = [.. Enumerable.Range(0, Articles).Select(_ => Audience.Article(random))];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Articles)]
    public int Scan()
    {
        var n = 0;
        foreach (var (headline, body, topics, location) in _articles)
        {
            foreach (var chat in _chats)
            {
                if (Router.Route(chat, topics, headline, body, location) is not null)
                    n++;
            }
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Index()
    {
        var n = 0;
        foreach (var (headline, body, topics, location) in _articles)
            n += _index.Route(topics, headline, body, location).Count;
        return n;
    }

    /// <summary>
    /// <c>-- audience N</c>: the memory the chats and their index keep, the index's build time, and routing CPU time
    /// per article (thread CPU, mean over 1,000 generated articles) with the chats matched per article.
    /// </summary>
    public static void Report(int count)
    {
        Places.Preload();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var chats = Audience.Generate(count);
        var afterChats = GC.GetTotalMemory(forceFullCollection: true);
        var build = Stopwatch.StartNew();
        var index = new ChatIndex(chats);
        build.Stop();
        var afterIndex = GC.GetTotalMemory(forceFullCollection: true);
        var random = new Random(5);
        var articles = Enumerable.Range(0, 1000).Select(_ => Audience.Article(random)).ToList();
        foreach (var (h, b, t, l) in articles.Take(50))
            index.Route(t, h, b, l);
        long matched = 0;
        var cpu = CpuThroughput.ThreadCpuMicroseconds();
        var worst = TimeSpan.Zero;
        foreach (var (h, b, t, l) in articles)
        {
            var one = Stopwatch.StartNew();
            matched += index.Route(t, h, b, l).Count;
            worst = one.Elapsed > worst ? one.Elapsed : worst;
        }

        var perArticleMs = (CpuThroughput.ThreadCpuMicroseconds() - cpu) / articles.Count / 1000;
        GC.KeepAlive(index);
        Console.WriteLine(FormattableString.Invariant($"audience: {count} chats ({chats.Sum(c => c.Keywords.Count)} keywords, {chats.Sum(c => c.Excludes.Count)} excludes, {chats.Sum(c => c.Near.Count)} circles, {chats.Count(c => c.Topics.Contains("all"))} on \"all\")"));
        Console.WriteLine(FormattableString.Invariant($"  memory: chats {(afterChats - before) / 1048576.0:0.0} MB, index {(afterIndex - afterChats) / 1048576.0:0.0} MB (managed heap after a full GC); index built in {build.Elapsed.TotalMilliseconds:0} ms"));
        Console.WriteLine(FormattableString.Invariant($"  route: {perArticleMs:0.000} ms CPU per article (mean of {articles.Count}), slowest {worst.TotalMilliseconds:0.000} ms wall; {matched / (double)articles.Count:0} chats matched per article"));
    }
}

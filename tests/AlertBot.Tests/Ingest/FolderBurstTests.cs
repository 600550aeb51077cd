using AlertBot.Ingest;
using AlertBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace AlertBot.Tests.Ingest;

/// <summary>Runs alone: its time limit is about this host, not about the other test hosts sharing two cores.</summary>
[CollectionDefinition(nameof(FolderBurstTests), DisableParallelization = true)]
public sealed class FolderBurstCollection;

/// <summary>A burst of 5,000 files — half written in place, half renamed into place — is absorbed without loss or a second copy.</summary>
[Collection(nameof(FolderBurstTests))]
public sealed class FolderBurstTests
{
    internal static string Article(int n)
    {
        // Varied wording per file, in the store's style: headline, story with a key time, a bio line.
        string[] places = ["the northern border crossing", "the river port", "the airbase outside the capital", "the coastal highway", "the mountain pass", "the refinery district"];
        string[] events = ["A supply convoy was ambushed", "Artillery struck a fuel depot", "A drone hit a radar site", "Protesters blocked the main bridge", "A ferry was seized by armed men", "A power station was shelled"];
        var place = places[n % places.Length];
        var what = events[(n / places.Length) % events.Length];
        return $"""
            Report {n}: {what} near {place}

            {what} near {place} on Monday, officials said in report number {n}, the {n % 7 + 1}th such incident this month in sector {n % 97}.

            At {n % 24:00}{n % 60:00} UTC on June 3rd, 2024, witnesses in sector {n % 97} heard explosions, according to local reporter number {n}.

            Jane Roe covers conflicts for this publication.
            """;
    }

    [Fact]
    public async Task Burst_Of5000Files_IsIngestedExactlyOnce()
    {
        const int Files = 5000;
        await using var host = await HostRunner.StartAsync(server: null);
        var store = host.Services.GetRequiredService<Stores>();
        var started = DateTime.UtcNow;

        await Parallel.ForAsync(0, Files, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (n, ct) =>
        {
            // One origin ("burst"): the look-alike test texts from several origins would rightly merge as near-duplicates.
            var dir = Path.Combine(host.ArticlesPath, "burst", "desk" + (n % 4));
            Directory.CreateDirectory(dir);
            var path = Path.Combine(dir, $"burst-{n:0000}.txt");
            if (n % 2 == 0)
            {
                await File.WriteAllTextAsync(path, Article(n), ct);
            }
            else
            {
                await File.WriteAllTextAsync(path + ".tmp", Article(n), ct);
                File.Move(path + ".tmp", path);
            }
        });
        await HostRunnerHttp.WaitForAsync(async () => await store.Stories.CountArticlesAsync() >= Files, TimeSpan.FromSeconds(60));
        var elapsed = DateTime.UtcNow - started;

        // A rescan after the burst finds nothing new, and nothing is stored twice.
        host.Services.GetRequiredService<FolderWatcher>().Rescan();
        await host.WaitUntilFolderIdleAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(Files, await store.Stories.CountArticlesAsync());
        var alerts = (await store.Outbox.GetDeliveriesAsync(null, null, Files * 2)).Where(d => d.Kind == "alert").ToList();
        Assert.Equal(Files, alerts.Count);
        Assert.Equal(Files, alerts.Select(d => d.ArticleId).Distinct().Count());
        Assert.True(elapsed < TimeSpan.FromSeconds(60), $"burst took {elapsed}");
    }
}

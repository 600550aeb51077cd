using AlertBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace AlertBot.Tests.Ingest;

public sealed class ArchiveTests : IAsyncLifetime
{
    private readonly string _archive = Path.Combine(Path.GetTempPath(), "alertbot-archive-" + Guid.NewGuid().ToString("N")[..8]);
    private HostRunner _host = null!;

    public async Task InitializeAsync() => _host = await HostRunner.StartAsync(server: null, $"--Articles:ArchivePath={_archive}");

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        if (Directory.Exists(_archive))
            Directory.Delete(_archive, recursive: true);
    }

    [Fact]
    public async Task ArchivePath_StoredFilesMoveThere_RefusedFilesStay_AndNothingIsIngestedTwice()
    {
        var wire = Path.Combine(_host.ArticlesPath, "wire");
        Directory.CreateDirectory(wire);
        await File.WriteAllTextAsync(Path.Combine(wire, ".good.txt.tmp"), Fixtures.Numbered(41));
        File.Move(Path.Combine(wire, ".good.txt.tmp"), Path.Combine(wire, "good.txt"));
        var garbage = new byte[] { 0, 1, 2, 0, 255, 0 };
        await File.WriteAllBytesAsync(Path.Combine(_host.ArticlesPath, "garbage.bin"), garbage);
        var archived = Path.Combine(_archive, "wire", "good.txt");

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!File.Exists(archived) && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        await _host.WaitUntilSettledAsync();
        await _host.RestartAsync($"--Articles:ArchivePath={_archive}");
        await _host.WaitUntilSettledAsync();

        Assert.True(File.Exists(archived));
        Assert.False(File.Exists(Path.Combine(_host.ArticlesPath, "wire", "good.txt")));
        Assert.Equal(garbage, await File.ReadAllBytesAsync(Path.Combine(_host.ArticlesPath, "garbage.bin")));
        Assert.Equal(1, await _host.Services.GetRequiredService<Stores>().Stories.CountArticlesAsync());
    }
}

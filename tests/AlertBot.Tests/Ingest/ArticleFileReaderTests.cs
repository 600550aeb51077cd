using AlertBot.Ingest;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests.Ingest;

/// <summary>
/// The reader on a real folder, including the race its checks cannot close: a file that was regular when
/// checked and is a FIFO or a link when opened is refused, and opening it does not wait.
/// </summary>
public sealed class ArticleFileReaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "alertbot-reader-" + Guid.NewGuid().ToString("N")[..8]);

    public ArticleFileReaderTests() => Directory.CreateDirectory(Path.Combine(_root, "articles"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Articles => Path.Combine(_root, "articles");

    private IOptions<ArticlesOptions> Options(bool followLinks = false) =>
        Microsoft.Extensions.Options.Options.Create(new ArticlesOptions { Path = Articles, FollowLinks = followLinks, MaxBytes = 4096 });

    [Fact]
    public async Task ReadAsync_RegularFile_GivesItsBytes_AndLeavesItAsItWas()
    {
        var path = Path.Combine(Articles, "a.txt");
        await File.WriteAllTextAsync(path, Fixtures.Numbered(61));
        var written = File.GetLastWriteTimeUtc(path);

        var file = await new ArticleFileReader(Options()).ReadAsync(path, CancellationToken.None);

        Assert.Null(file.Refusal);
        Assert.Equal(await File.ReadAllBytesAsync(path), file.Content);
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public async Task ReadAsync_FileSwappedForAFifoAfterTheCheck_IsRefusedWithoutWaitingForAWriter()
    {
        var path = Path.Combine(Articles, "pipe.txt");
        FolderSpecialFilesTests.MakeFifo(path);

        var read = new CheckPassesReader(Options()).ReadAsync(path, CancellationToken.None).AsTask();

        // A blocking open would wait here until a writer came; there is none.
        var file = await read.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(FileRefusal.Special, file.Refusal);
    }

    [Fact]
    public async Task ReadAsync_FileSwappedForALinkAfterTheCheck_IsRefused()
    {
        var secret = Path.Combine(_root, "secret.txt");
        await File.WriteAllTextAsync(secret, Fixtures.Numbered(62));
        var path = Path.Combine(Articles, "swapped.txt");
        File.CreateSymbolicLink(path, secret);

        var file = await new CheckPassesReader(Options()).ReadAsync(path, CancellationToken.None);

        Assert.Null(file.Content);
        Assert.Equal(FileRefusal.Link, file.Refusal);
    }

    [Fact]
    public async Task ReadAsync_FollowingLinks_FileReachedThroughALinkedDirectoryOutside_IsRefused()
    {
        Directory.CreateDirectory(Path.Combine(_root, "elsewhere"));
        await File.WriteAllTextAsync(Path.Combine(_root, "elsewhere", "b.txt"), Fixtures.Numbered(63));
        Directory.CreateSymbolicLink(Path.Combine(Articles, "sub"), Path.Combine(_root, "elsewhere"));

        // Each component but the last is a plain name to the check; the kernel's path of what was opened is not.
        var file = await new CheckPassesReader(Options(followLinks: true)).ReadAsync(Path.Combine(Articles, "sub", "b.txt"), CancellationToken.None);

        Assert.Null(file.Content);
        Assert.Equal("link", file.Refusal?.Metric);
        Assert.Contains("outside the folder", file.Refusal!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LinkToADirectoryInside_IsRefusedEvenWhenFollowingLinks()
    {
        Directory.CreateDirectory(Path.Combine(Articles, "real"));
        Directory.CreateSymbolicLink(Path.Combine(Articles, "alias"), Path.Combine(Articles, "real"));

        Assert.Equal(FileRefusal.LinkedDirectory, new ArticleFileReader(Options(followLinks: true)).Check(Path.Combine(Articles, "alias"), out _));
    }

    [Fact]
    public async Task ReadAsync_OverTheLimit_IsRefusedAsTooLarge()
    {
        var path = Path.Combine(Articles, "big.txt");
        await File.WriteAllBytesAsync(path, new byte[5000]);

        var file = await new ArticleFileReader(Options()).ReadAsync(path, CancellationToken.None);

        Assert.Equal("too-large", file.Refusal?.Metric);
    }

    /// <summary>A check that saw a regular file: what the reader meets at open time is then whatever is there now.</summary>
    private sealed class CheckPassesReader(IOptions<ArticlesOptions> options) : ArticleFileReader(options)
    {
        public override FileRefusal? Check(string path, out string? target)
        {
            target = path;
            return null;
        }
    }
}

using System.Text.Json;
using AlertBot.Tests.Ingest;

namespace AlertBot.Tests.Cli;

/// <summary><c>preview</c> reads a folder as the worker does: links, linked folders and FIFOs are reported, never read or waited on.</summary>
public sealed class PreviewSafetyTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("alertbot-preview-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Preview_FolderWithFifoLinkAndLinkedFolder_ReportsEach_AndUnderstandsTheRealArticle()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "in")).FullName;
        var outside = Directory.CreateDirectory(Path.Combine(_root, "outside")).FullName;
        await File.WriteAllTextAsync(Path.Combine(outside, "secret.txt"), "Secret Memo\n\nThe server password is kept in the vault under the stairs.");
        Directory.CreateDirectory(Path.Combine(outside, "dir"));
        await File.WriteAllTextAsync(Path.Combine(outside, "dir", "other.txt"), "Other Memo\n\nNothing here is for the preview of this folder at all.");
        await File.WriteAllTextAsync(Path.Combine(folder, "real.txt"), "Port Closed After Strike\n\nThe port of Aden in Yemen was closed at 0615 GMT on 3 March 2025 after a strike, officials said.");
        File.CreateSymbolicLink(Path.Combine(folder, "leak.txt"), Path.Combine(outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "linked"), Path.Combine(outside, "dir"));
        FolderSpecialFilesTests.MakeFifo(Path.Combine(folder, "pipe.txt"));

        using var output = new StringWriter();
        using var error = new StringWriter();
        // A FIFO opened the blocking way would hang here for ever; the test host's timeout would catch it.
        var code = await Task.Run(() => global::AlertBot.Cli.Commands.RunAsync(["preview", "--json", folder], output, error));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(0, code);
        Assert.Equal(["leak.txt", "linked", "pipe.txt", "real.txt"], lines.Select(l => Path.GetFileName(l.GetProperty("file").GetString()!)));
        Assert.Contains("link", lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("link", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("not a regular file", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("Port Closed After Strike", lines[3].GetProperty("headline").GetString());
        Assert.DoesNotContain("password", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Other Memo", output.ToString(), StringComparison.Ordinal);
    }
}

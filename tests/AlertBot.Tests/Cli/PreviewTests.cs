using System.Text.Json;

namespace AlertBot.Tests.Cli;

/// <summary>preview reads every file of a folder; one that cannot be understood is that file's error, not the command's.</summary>
public sealed class PreviewTests
{
    [Fact]
    public void Preview_RefusedFile_IsItsOwnErrorLine_AndTheNextFileIsRead()
    {
        var folder = Path.Combine(Path.GetTempPath(), "alertbot-preview-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "a-deep.json"), new string('[', 100_000) + new string(']', 100_000));
            File.WriteAllText(Path.Combine(folder, "b.txt"), "Army Repels Attack Near Kidal\n\nAt 0600 GMT on March 2, 2024, the army said it had repelled an attack near Kidal in northern Mali.");
            using var output = new StringWriter();
            using var error = new StringWriter();

            var code = global::AlertBot.Cli.Commands.Preview(["--json", folder], output, error);

            Assert.Equal(0, code);
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(2, lines.Count);
            Assert.Equal("JSON nested more than 32 levels deep; not an article", lines[0].GetProperty("error").GetString());
            Assert.Equal("Army Repels Attack Near Kidal", lines[1].GetProperty("headline").GetString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("rich", "sendRichMessage")]
    [InlineData("classic", "sendMessage")]
    public void PreviewTelegram_PrintsTheBotApiCallPerArticle(string format, string method)
    {
        var folder = Path.Combine(Path.GetTempPath(), "alertbot-preview-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), Fixtures.KidalStyle);
            File.WriteAllText(Path.Combine(folder, "b.txt"), "   \n");
            using var output = new StringWriter();
            using var error = new StringWriter();

            var code = global::AlertBot.Cli.Commands.Preview(["--telegram", "--format", format, folder], output, error);

            Assert.Equal(0, code);
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(2, lines.Count);
            var call = Assert.Single(lines[0].GetProperty("messages").EnumerateArray());
            Assert.Equal(method, call.GetProperty("method").GetString());
            var payload = call.GetProperty("payload");
            Assert.False(payload.TryGetProperty("chat_id", out _));
            if (format == "rich")
            {
                var blocks = payload.GetProperty("rich_message").GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("type").GetString()).ToList();
                Assert.Equal(["heading", "paragraph", "table", "map", "details", "footer"], blocks);
            }
            else
            {
                Assert.Equal("HTML", payload.GetProperty("parse_mode").GetString(), ignoreCase: true);
                Assert.Contains("<tg-time unix=\"1709612100\" format=\"wdt\">Tue 5 Mar 2024 04:15 UTC</tg-time>", payload.GetProperty("text").GetString(), StringComparison.Ordinal);
            }

            // Not an article: no call.
            Assert.False(lines[1].GetProperty("alert").GetBoolean());
            Assert.Empty(lines[1].GetProperty("messages").EnumerateArray());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

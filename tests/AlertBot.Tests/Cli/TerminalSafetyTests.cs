using AlertBot.Cli;
using AlertBot.Core.Route;
using AlertBot.Storage;

namespace AlertBot.Tests.Cli;

/// <summary>Text from outside the operator's machine never reaches their terminal as control codes.</summary>
public sealed class TerminalSafetyTests : IDisposable
{
    private const string Esc = "\u001b";
    private readonly string _data = Directory.CreateTempSubdirectory("alertbot-cli-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Theory]
    [InlineData("plain title", "plain title")]
    [InlineData("\u001b]0;owned\u0007Ops", "\u241b]0;owned\u2407Ops")]   // OSC: set the window title
    [InlineData("\u001b[2JDesk", "\u241b[2JDesk")]                       // CSI: clear the screen
    [InlineData("fake\rreal", "fake\u240dreal")]                        // carriage return overwrites the line
    [InlineData("\u009b31mred", "\ufffd31mred")]                         // 8-bit CSI
    [InlineData("a\u007fb", "a\u2421b")]                                 // DEL
    [InlineData("\u202egnp.exe", "\ufffdgnp.exe")]                       // right-to-left override
    [InlineData("\u2066iso\u2069", "\ufffdiso\ufffd")]                   // bidi isolates
    [InlineData("line one\n\tline two", "line one\n\tline two")]         // layout passes
    [InlineData("Київ — 東京 ✅", "Київ — 東京 ✅")]                       // ordinary text passes
    public void Clean_ShowsControlCharactersAsVisibleStandIns(string input, string expected) =>
        Assert.Equal(expected, TerminalSafeWriter.Clean(input));

    [Fact]
    public async Task ChatsAndStatus_HostileChatTitleAndDisabledReason_PrintNoEscapeCharacter()
    {
        await using (var database = new Database(StorageProvider.Sqlite, Database.SqliteConnectionString(_data)))
        {
            Migrator.MigrateUp(database); // as the worker does at start
            var store = Stores.Create(database, TimeProvider.System);
            await store.Chats.SaveChatAsync(new ChatSettings
            {
                Id = -100777,
                Kind = ChatKind.Channel,
                Title = $"{Esc}]0;pwned\u0007Wire{Esc}[2J",
                Enabled = false,
                DisabledReason = $"Forbidden: {Esc}[31mbot was kicked",
            });
        }

        var chats = await RunAsync("chats");
        var status = await RunAsync("status");

        Assert.Contains("\u241b]0;pwned\u2407Wire\u241b[2J", chats.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Esc, chats.Out, StringComparison.Ordinal);
        Assert.Contains("\u241b[31mbot was kicked", status.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Esc, status.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", status.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_TextMode_HostileFileNameAndHeadline_PrintNoEscapeCharacter_JsonStaysExact()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_data, "in")).FullName;
        var name = $"x{Esc}[2J.json";
        await File.WriteAllTextAsync(Path.Combine(folder, name),
            """{"title":"Port Closed \u001b]0;owned\u0007 After Strike","body":"The port of Aden in Yemen was closed at 0615 GMT on 3 March 2025 after a strike, officials said."}""");

        var text = await RunAsync("preview", folder);
        var json = await RunAsync("preview", "--json", folder);

        Assert.Equal(0, text.Code);
        Assert.DoesNotContain(Esc, text.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", text.Out, StringComparison.Ordinal);
        Assert.Contains("x\u241b[2J.json", text.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Esc, json.Out, StringComparison.Ordinal); // JSON escapes it as \u001B itself
        Assert.Contains("\\u001B[2J.json", json.Out, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] full = args[0] == "preview" ? args : [.. args, "--data", _data];
        var code = await global::AlertBot.Cli.Commands.RunAsync(full, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

using System.Net;
using System.Text;
using System.Text.Json;
using AlertBot.Storage;
using AlertBot.TestBotApi;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace AlertBot.Tests.Ingest;

/// <summary>The same story id with new content updates the alert through the test Bot API server: edit, or a reply when too old.</summary>
public sealed class StoryUpdateTests : HostedBotTest, IDisposable
{
    private const string Key = "update-test-key";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private HttpClient _http = null!;

    private static string Version1 =>
        """
        Militia Overruns Checkpoint South of the Capital

        Armed men overran a police checkpoint south of the capital early on Thursday, residents said, and blocked the main road to the port.

        At 0615 EST on January 11th, 2024, the first shots were heard near the checkpoint, according to a resident.
        """;

    private static string Version2 => Version1 +
        """

        By 1730 EST on January 11th, 2024, army units had retaken the checkpoint and reopened the road, a spokesman said.
        """;

    protected override IEnumerable<string> HostArgs => [$"--Push:ApiKey={Key}"];

    protected override Task HostStartedAsync()
    {
        _http = new HttpClient { BaseAddress = Host.BaseAddress() };
        return Task.CompletedTask;
    }

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task UpdatedStory_EditsTheSentMessage_AndSendsNoSecondAlert()
    {
        await StartChatAsync(3001);
        Assert.Equal("stored", await PushAsync("story-1", Version1));
        await Server.WaitUntilAsync(s => s.SentTo(3001).Count == 2, Wait);
        var alert = Server.SentTo(3001)[1];

        Assert.Equal("updated", await PushAsync("story-1", Version2));
        await Server.WaitUntilAsync(s => s.Edits.Any(e => e.ChatId == 3001), Wait);
        await Host.WaitUntilSettledAsync();

        var edit = Assert.Single(Server.Edits, e => e.ChatId == 3001);
        Assert.Equal(alert.MessageId, edit.MessageId);
        Assert.Contains("11 Jan 2024 22:30 UTC", edit.Text, StringComparison.Ordinal);
        Assert.Contains("Updated", edit.Text, StringComparison.Ordinal);
        Assert.Equal(2, Server.SentTo(3001).Count);
        Assert.Equal(1, await Host.Services.GetRequiredService<Stores>().Stories.CountArticlesAsync());
    }

    [Fact]
    public async Task UpdatedStory_PastTheEditWindow_RepliesWithWhatIsNew()
    {
        await StartChatAsync(3002);
        await PushAsync("story-2", Version1);
        await Server.WaitUntilAsync(s => s.SentTo(3002).Count == 2, Wait);
        var alert = Server.SentTo(3002)[1];
        // The alert went out two days ago: Telegram no longer lets the bot edit it.
        var store = Host.Services.GetRequiredService<Stores>();
        await HostRunnerHttp.WaitForAsync(async () => (await store.Outbox.GetDeliveriesAsync(DeliveryStates.Sent, 3002, 10)).Any(d => d.Kind == "alert"));
        await using (var connection = await store.Database.OpenAsync())
            await connection.ExecuteAsync("UPDATE deliveries SET sent_ms = sent_ms - @twoDays WHERE kind = 'alert'", new { twoDays = (long)TimeSpan.FromDays(2).TotalMilliseconds });

        await PushAsync("story-2", Version2);
        await Server.WaitUntilAsync(s => s.SentTo(3002).Count == 3, Wait);

        var followUp = Server.SentTo(3002)[2];
        Assert.Equal(alert.MessageId, followUp.ReplyToMessageId);
        Assert.Contains("Update", followUp.Text, StringComparison.Ordinal);
        Assert.Contains("2024-01-11T22:30Z", followUp.Text, StringComparison.Ordinal);
        Assert.Contains("army units had retaken the checkpoint", followUp.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("first shots", followUp.Text, StringComparison.Ordinal);
        Assert.Empty(Server.Edits);
    }

    [Fact]
    public async Task FollowUp_LongerThanOneMessage_GoesOutInFull_EachPartAReplyToTheAlert()
    {
        await StartChatAsync(3007);
        await PushAsync("story-7", Version1);
        await Server.WaitUntilAsync(s => s.SentTo(3007).Count == 2, Wait);
        var alert = Server.SentTo(3007)[1];
        var store = Host.Services.GetRequiredService<Stores>();
        await HostRunnerHttp.WaitForAsync(async () => (await store.Outbox.GetDeliveriesAsync(DeliveryStates.Sent, 3007, 10)).Any(d => d.Kind == "alert"));
        await using (var connection = await store.Database.OpenAsync())
            await connection.ExecuteAsync("UPDATE deliveries SET sent_ms = sent_ms - @twoDays WHERE kind = 'alert' AND chat_id = 3007", new { twoDays = (long)TimeSpan.FromDays(2).TotalMilliseconds });
        var articleId = (await store.Outbox.GetDeliveriesAsync(DeliveryStates.Sent, 3007, 10)).Single(d => d.Kind == "alert").ArticleId!.Value;
        // A follow-up of many new key times, over Telegram's 4,096 characters (paragraphs end "-- line N.").
        var payload = "✏️ <b>Update 1:</b> Militia Overruns Checkpoint" + string.Concat(Enumerable.Range(1, 60).Select(i =>
            $"\n\n• 2024-01-12T{i % 24:00}:{i % 60:00}Z — army units reported fresh shelling along the southern road, line {i}."));
        await store.Chats.ApplyCommandAsync(null, null, null, [new NewDelivery($"e:{articleId}:3007:v2", 3007, DeliveryKind.Edit, DateTimeOffset.UtcNow) { ArticleId = articleId, Payload = payload }]);
        Host.Services.GetRequiredService<global::AlertBot.Telegram.Deliver.OutboxSignal>().Notify();

        await Server.WaitUntilAsync(s => s.SentTo(3007).Any(m => m.Text.Contains("line 60.", StringComparison.Ordinal)), Wait);

        var parts = Server.SentTo(3007).Skip(2).ToList();
        Assert.True(parts.Count >= 2, $"{parts.Count} part(s)");
        Assert.All(parts, p => Assert.Equal(alert.MessageId, p.ReplyToMessageId));
        var joined = string.Join("\n", parts.Select(p => p.Text));
        Assert.All(Enumerable.Range(1, 60), i => Assert.Contains($"line {i}.", joined, StringComparison.Ordinal));
        // The row is marked sent once Telegram has answered the last part.
        await HostRunnerHttp.WaitForAsync(async () => (await store.Outbox.GetDeliveriesAsync(DeliveryStates.Sent, 3007, 10)).Any(d => d.Kind == "edit"));
        var row = (await store.Outbox.GetDeliveriesAsync(DeliveryStates.Sent, 3007, 10)).Single(d => d.Kind == "edit");
        Assert.Equal(parts.Count, row.MessageIds!.Split(',').Length);
    }

    [Fact]
    public async Task UpdatedStory_ChatThatHadNotGotIt_GetsTheNewVersionOnce()
    {
        await StartChatAsync(3003);
        await PushAsync("story-3", Version1);
        await Server.WaitUntilAsync(s => s.SentTo(3003).Count == 2, Wait);
        await StartChatAsync(3004);

        await PushAsync("story-3", Version2);
        await Server.WaitUntilAsync(s => s.SentTo(3004).Count == 2 && s.Edits.Any(e => e.ChatId == 3003), Wait);
        await Host.WaitUntilSettledAsync();

        var late = Server.SentTo(3004);
        Assert.Equal(2, late.Count);
        Assert.Contains("army units had retaken", late[1].Text + string.Join("", Server.Edits.Where(e => e.ChatId == 3004).Select(e => e.Text)), StringComparison.Ordinal);
        Assert.Contains("11 Jan 2024 22:30 UTC", late[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameVersionAgain_AfterAnUpdate_ChangesNothing()
    {
        await StartChatAsync(3005);
        await PushAsync("story-4", Version1);
        await PushAsync("story-4", Version2);

        Assert.Equal("duplicate", await PushAsync("story-4", Version2));
        Assert.Equal("duplicate", await PushAsync("story-4", Version1));
    }

    [Fact]
    public async Task SameUrl_FromAnotherOrigin_IsAReportOfTheStory_NeverAnEditOfIt()
    {
        await StartChatAsync(3006);
        const string Url = "https://example.org/world/checkpoint-overrun";
        await DropAsync("trusted", "a.json", Url, "Militia Overruns Checkpoint South of the Capital", Version1);
        await Server.WaitUntilAsync(s => s.SentTo(3006).Count == 2, Wait);
        var alert = Server.SentTo(3006)[1];

        // Another origin claims the same URL with other text: the sent alert must not take that text.
        await DropAsync("other", "b.json", Url, "Capital Falls To Rebels", "Rebels seized the capital at 0900 GMT on January 11th, 2024, and the government fled.");
        await Server.WaitUntilAsync(s => s.Edits.Any(e => e.ChatId == 3006), Wait);
        var report = Assert.Single(Server.Edits, e => e.ChatId == 3006);
        // The story's own origin may still update it.
        await DropAsync("trusted", "a.json", Url, "Militia Overruns Checkpoint South of the Capital", Version2);
        await Server.WaitUntilAsync(s => s.Edits.Count(e => e.ChatId == 3006) == 2, Wait);
        var update = Server.Edits.Where(e => e.ChatId == 3006).Last();

        Assert.Equal(alert.MessageId, report.MessageId);
        Assert.Contains("Also reported by: other", report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rebels", report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Capital Falls", report.Text, StringComparison.Ordinal);
        Assert.Contains("11 Jan 2024 22:30 UTC", update.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rebels", update.Text, StringComparison.Ordinal);
        Assert.Equal(2, Server.SentTo(3006).Count); // no alert of its own for the other origin's copy
    }

    private async Task DropAsync(string folder, string name, string url, string title, string body)
    {
        var dir = Directory.CreateDirectory(Path.Combine(Host.ArticlesPath, folder)).FullName;
        var temp = Path.Combine(dir, "." + name + ".tmp");
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(new { title, url, body }));
        File.Move(temp, Path.Combine(dir, name), overwrite: true);
    }

    private async Task StartChatAsync(long id)
    {
        Server.AddPrivateChat(id, "U" + id);
        Server.SendText(id, id, "/start");
        await Server.WaitUntilAsync(s => s.SentTo(id).Count == 1, Wait);
    }

    private async Task<string> PushAsync(string id, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/articles") { Content = new StringContent(text, Encoding.UTF8, "text/plain") };
        request.Headers.Add("X-Api-Key", Key);
        request.Headers.Add("X-Article-Id", id);
        using var response = await _http.SendAsync(request);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"push answered {response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("outcome").GetString()!;
    }
}

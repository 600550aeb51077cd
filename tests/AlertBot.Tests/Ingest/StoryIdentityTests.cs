using System.Net;
using System.Text;
using System.Text.Json;
using AlertBot.Core.Understand;
using AlertBot.Ingest;
using AlertBot.Storage;
using AlertBot.TestBotApi;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace AlertBot.Tests.Ingest;

/// <summary>
/// Stories, not files, end to end through the test Bot API server: a file's path is its story, a re-scrape or a
/// correction updates the story it repeats, a withdrawal edits every sent alert, and quick rewrites coalesce.
/// </summary>
public sealed class StoryIdentityTests(ITestOutputHelper output) : HostedBotTest, IDisposable
{
    private const string Key = "stories-test-key";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private HttpClient _http = null!;

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Ingest", "Stories", name));

    private static string Version1 => Fixture("kidal-v1.txt");

    // The scraper's next pass: the same page with the 1730 paragraph added before the teasers.
    private static string Version2 => Version1.Replace("\nRelated:", Fixture("kidal-v2-extra.txt").TrimEnd() + "\n\nRelated:", StringComparison.Ordinal);

    private Stores Store => Host.Services.GetRequiredService<Stores>();

    protected override IEnumerable<string> HostArgs => [$"--Push:ApiKey={Key}"];

    protected override Task HostStartedAsync()
    {
        _http = new HttpClient { BaseAddress = Host.BaseAddress() };
        return Task.CompletedTask;
    }

    public void Dispose() => _http.Dispose();

    /// <summary>The measured similarities the README quotes, and the order the default threshold relies on.</summary>
    [Fact]
    public void Fixtures_LookAlikesFallBelowTheSameOriginThreshold_TheReScrapeAbove()
    {
        var understander = new ArticleUnderstander();
        double Similarity(string a, string b) => NearDuplicates.Similarity(
            NearDuplicates.Signature(understander.Understand(new SourceDocument("a.txt", Encoding.UTF8.GetBytes(a))))!,
            NearDuplicates.Signature(understander.Understand(new SourceDocument("b.txt", Encoding.UTF8.GetBytes(b))))!);

        var lookAlikes = Similarity(Fixture("flash-update-3.txt"), Fixture("flash-update-4.txt"));
        var sitreps = Similarity(Fixture("sitrep-12.txt"), Fixture("sitrep-13.txt"));
        var templated = Similarity(Fixture("sitrep-12.txt"), Fixture("sitrep-13-templated.txt"));
        var reScrape = Similarity(Version1, Fixture("kidal-rescrape.txt"));
        var correction = Similarity(Version2, Correction);
        output.WriteLine($"flash update 3 vs 4: {lookAlikes:F2}; sitrep 12 vs 13: {sitreps:F2}; sitrep 12 vs 13 (only number, day, date changed): {templated:F2}; re-scrape: {reScrape:F2}; correction: {correction:F2}");

        var threshold = new DuplicatesOptions().SameOriginThreshold;
        Assert.InRange(lookAlikes, 0, threshold - 0.2);
        Assert.InRange(sitreps, 0, threshold - 0.1);
        // So alike that only the item number in the headline keeps them apart (the next test).
        Assert.InRange(templated, threshold, 1);
        Assert.InRange(reScrape, threshold, 1);
    }

    [Fact]
    public async Task FileRewrittenInPlace_EditsItsAlert_AndSendsNoSecondOne()
    {
        await StartChatAsync(5001);
        var alert = await DropAndWaitForAlertAsync(5001, "kidal.txt", Version1);

        // Rewritten in place (no rename): the watcher waits for it to settle, then it is the story's next version.
        await File.WriteAllTextAsync(Path.Combine(Host.ArticlesPath, "kidal.txt"), Version2);
        await Server.WaitUntilAsync(s => s.Edits.Any(e => e.ChatId == 5001), Wait);
        await SettledAsync(5001);

        var edit = Assert.Single(Server.Edits, e => e.ChatId == 5001);
        Assert.Equal(alert.MessageId, edit.MessageId);
        Assert.Contains("13 Nov 2023 22:30 UTC", edit.Text, StringComparison.Ordinal);
        Assert.Contains("Updated", edit.Text, StringComparison.Ordinal);
        Assert.Equal(2, Server.SentTo(5001).Count);
        Assert.Equal(1, await Store.Stories.CountArticlesAsync());
    }

    [Fact]
    public async Task FileAtomicallyReplaced_EditsItsAlert()
    {
        await StartChatAsync(5002);
        var alert = await DropAndWaitForAlertAsync(5002, "kidal.txt", Version1);

        await ReplaceAsync("kidal.txt", Version2);
        await Server.WaitUntilAsync(s => s.Edits.Any(e => e.ChatId == 5002), Wait);
        await SettledAsync(5002);

        Assert.Equal(alert.MessageId, Assert.Single(Server.Edits, e => e.ChatId == 5002).MessageId);
        Assert.Contains("13 Nov 2023 22:30 UTC", Server.MessageText(5002, alert.MessageId), StringComparison.Ordinal);
        Assert.Equal(2, Server.SentTo(5002).Count);
    }

    [Fact]
    public async Task SameFileUnderAnotherName_IsOneAlert()
    {
        await StartChatAsync(5003);
        await DropAndWaitForAlertAsync(5003, "kidal.txt", Version1);

        await Host.DropArticleAsync("kidal-copy.txt", Version1);
        await SettledAsync(5003);

        Assert.Equal(2, Server.SentTo(5003).Count);
        Assert.Empty(Server.Edits);
        Assert.Equal(1, await Store.Stories.CountArticlesAsync());
    }

    [Fact]
    public async Task FileDeleted_WithdrawsNothing()
    {
        await StartChatAsync(5018);
        var alert = await DropAndWaitForAlertAsync(5018, "kidal.txt", Version1);
        var text = Server.MessageText(5018, alert.MessageId);

        File.Delete(Path.Combine(Host.ArticlesPath, "kidal.txt"));
        // The watcher forgets the file (an archiving tool moved it away); the story and its alert stay.
        await SettledAsync(5018);

        Assert.Empty(Server.Edits);
        Assert.Empty(Server.DeletedMessages);
        Assert.Equal(text, Server.MessageText(5018, alert.MessageId));
        Assert.Null((await Store.Stories.GetStoryAsync((await Store.Stories.FindStoryAsync("path:kidal.txt"))!.Id))!.Withdrawn);
    }

    [Fact]
    public async Task ReScrapeUnderANewName_EditsTheAlert_AndItsNextRewriteToo()
    {
        await StartChatAsync(5004);
        var alert = await DropAndWaitForAlertAsync(5004, "kidal.txt", Version1);

        // Saved again under another name with four small wording changes and the teasers gone.
        await Host.DropArticleAsync("kidal-0412.txt", Fixture("kidal-rescrape.txt"));
        await Server.WaitUntilAsync(s => s.Edits.Any(e => e.ChatId == 5004), Wait);
        // The new name now names the story too: its own rewrite is the story's next version.
        await ReplaceAsync("kidal-0412.txt", Fixture("kidal-rescrape.txt") + Fixture("kidal-v2-extra.txt"));
        await Server.WaitUntilAsync(s => s.MessageText(5004, alert.MessageId)?.Contains("13 Nov 2023 22:30 UTC", StringComparison.Ordinal) == true, Wait);
        await SettledAsync(5004);

        Assert.All(Server.Edits.Where(e => e.ChatId == 5004), e => Assert.Equal(alert.MessageId, e.MessageId));
        Assert.Equal(2, Server.SentTo(5004).Count);
        Assert.Equal(1, await Store.Stories.CountArticlesAsync());
    }

    [Fact]
    public async Task NumberedLookAlikesOfOneAgency_AreTwoAlerts()
    {
        await StartChatAsync(5005);
        await DropAndWaitForAlertAsync(5005, "flash-update-3.txt", Fixture("flash-update-3.txt"));

        await Host.DropArticleAsync("flash-update-4.txt", Fixture("flash-update-4.txt"));
        await Server.WaitUntilAsync(s => s.SentTo(5005).Count == 3, Wait);
        await SettledAsync(5005);

        Assert.Empty(Server.Edits);
        Assert.Contains("Flash Update 4", Server.SentTo(5005)[2].Text, StringComparison.Ordinal);
        Assert.Equal(2, await Store.Stories.CountArticlesAsync());
    }

    [Fact]
    public async Task NumberedItemsWithTheSameTemplate_AreTwoAlerts_HoweverAlikeTheirText()
    {
        await StartChatAsync(5013);
        await DropAndWaitForAlertAsync(5013, "sitrep-12.txt", Fixture("sitrep-12.txt"));

        await Host.DropArticleAsync("sitrep-13.txt", Fixture("sitrep-13-templated.txt"));
        await Server.WaitUntilAsync(s => s.SentTo(5013).Count == 3, Wait);
        await SettledAsync(5013);

        Assert.Empty(Server.Edits);
        Assert.Contains("No. 13", Server.SentTo(5013)[2].Text, StringComparison.Ordinal);
    }

    // The agency's correction under a new name: the attack began an hour earlier than first reported.
    private static string Correction =>
        "CORRECTION: " + Version2.Replace("1530 EST", "1430 EST", StringComparison.Ordinal);

    [Fact]
    public async Task Correction_EditsTheAlert_SayingCorrectedAndWhatChanged()
    {
        await StartChatAsync(5006);
        var alert = await DropAndWaitForAlertAsync(5006, "kidal.txt", Version2);

        await Host.DropArticleAsync("kidal-corrected.txt", Correction);
        await Server.WaitUntilAsync(s => s.Edits.Any(e => e.ChatId == 5006), Wait);
        await SettledAsync(5006);

        var edit = Assert.Single(Server.Edits, e => e.ChatId == 5006);
        Assert.Equal(alert.MessageId, edit.MessageId);
        Assert.Contains("Corrected", edit.Text, StringComparison.Ordinal);
        Assert.Contains("key time 2023-11-13T19:30Z", edit.Text, StringComparison.Ordinal);
        Assert.Contains("was 2023-11-13T20:30Z", edit.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("CORRECTION", edit.Text, StringComparison.Ordinal);
        Assert.Equal(2, Server.SentTo(5006).Count);

        // A later version of the story keeps the mark: readers still learn the first alert was wrong.
        await ReplaceAsync("kidal.txt", Correction[12..].Replace("\nRelated:", "By 1900 EST the army said the town was calm.\n\nRelated:", StringComparison.Ordinal));
        await Server.WaitUntilAsync(s => s.Edits.Count(e => e.ChatId == 5006) == 2, Wait);
        var later = Server.Edits.Last(e => e.ChatId == 5006).Text;
        Assert.Contains("Corrected: key time 2023-11-13T19:30Z", later, StringComparison.Ordinal);
        Assert.Contains("Updated", later, StringComparison.Ordinal);
        Assert.Contains("14 Nov 2023 00:00 UTC", later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_EditsTheSentAlertToWithdrawn_AndCancelsTheRowNotYetSent()
    {
        await StartChatAsync(5007);
        await StartChatAsync(5008);
        // 5008 may not be sent to for an hour (a 429 told us so): its alert row stays pending.
        await Store.Outbox.PauseChatAsync(5008, DateTimeOffset.UtcNow.AddHours(1));
        var pushed = await PushAsync("agency-77", Version1);
        await Server.WaitUntilAsync(s => s.SentTo(5007).Count == 2, Wait);
        var alert = Server.SentTo(5007)[1];

        using var delete = Request(HttpMethod.Delete, "/articles/agency-77?reason=" + Uri.EscapeDataString("the town was not taken"));
        using var response = await _http.SendAsync(delete);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        await Server.WaitUntilAsync(s => s.Edits.Any(e => e.ChatId == 5007), Wait);
        await SettledAsync(5007);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(pushed.GetProperty("id").GetInt64(), answer.GetProperty("id").GetInt64());
        Assert.Equal("withdrawn", answer.GetProperty("outcome").GetString());
        var edit = Assert.Single(Server.Edits, e => e.ChatId == 5007);
        Assert.Equal(alert.MessageId, edit.MessageId);
        Assert.Equal("🚫 Withdrawn: Army Retakes Northern Desert Town After Peacekeepers Leave — the town was not taken", edit.Text);
        var row = Assert.Single(await Store.Outbox.GetDeliveriesAsync(null, 5008, 10), d => d.Kind == "alert");
        Assert.Equal(DeliveryStates.Cancelled, row.State);
        Assert.Single(Server.SentTo(5008));
    }

    [Fact]
    public async Task Delete_ByTheIdPostAnswered_WithAJsonReason_UnknownIs404_NoKeyIs401_PushedWithdrawalOfUnknownIs404()
    {
        await StartChatAsync(5009);
        var id = (await PushAsync(null, Version1)).GetProperty("id").GetInt64();
        await Server.WaitUntilAsync(s => s.SentTo(5009).Count == 2, Wait);

        using var noKey = new HttpRequestMessage(HttpMethod.Delete, $"/articles/{id}");
        using var unknown = Request(HttpMethod.Delete, "/articles/no-such-story");
        using var byId = Request(HttpMethod.Delete, $"/articles/{id}");
        byId.Content = new StringContent("""{"reason": "duplicate of an earlier item"}""", Encoding.UTF8, "application/json");

        using var pushedUnknown = Request(HttpMethod.Post, "/articles");
        pushedUnknown.Content = new StringContent("""{"id": "no-such-story", "withdrawn": true}""", Encoding.UTF8, "application/json");

        Assert.Equal(HttpStatusCode.NotFound, (await _http.SendAsync(pushedUnknown)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.SendAsync(noKey)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.SendAsync(unknown)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(byId)).StatusCode);
        await Server.WaitUntilAsync(s => s.Edits.Any(e => e.ChatId == 5009), Wait);
        Assert.EndsWith("— duplicate of an earlier item", Server.Edits.Single(e => e.ChatId == 5009).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawnDocument_DroppedIntoTheFolder_WithdrawsTheStory_AndItsRewriteBringsNothingBack()
    {
        await StartChatAsync(5010);
        var story = JsonSerializer.Serialize(new { id = "wire-9", title = "Army Retakes Northern Desert Town After Peacekeepers Leave", body = Version1 });
        var alert = await DropAndWaitForAlertAsync(5010, "wire-9.json", story);

        await Host.DropArticleAsync("wire-9-withdrawn.json", """{"id": "wire-9", "withdrawn": true, "reason": "sent in error"}""");
        await Server.WaitUntilAsync(s => s.Edits.Any(e => e.ChatId == 5010), Wait);
        await ReplaceAsync("wire-9.json", JsonSerializer.Serialize(new { id = "wire-9", title = "Army Retakes Northern Desert Town", body = Version2 }));
        await SettledAsync(5010);

        Assert.StartsWith("🚫 Withdrawn:", Server.MessageText(5010, alert.MessageId), StringComparison.Ordinal);
        Assert.Single(Server.Edits, e => e.ChatId == 5010);
        Assert.Equal(2, Server.SentTo(5010).Count);
    }

    [Fact]
    public async Task WithdrawnDocument_FromAnotherOrigin_WithdrawsNothing()
    {
        await StartChatAsync(5017);
        var story = JsonSerializer.Serialize(new { id = "wire-10", title = "Army Retakes Northern Desert Town After Peacekeepers Leave", body = Version1 });
        var alert = await DropAndWaitForAlertAsync(5017, "trusted/wire-10.json", story);

        await ReplaceAsync("other/wire-10-withdrawn.json", """{"id": "wire-10", "withdrawn": true, "reason": "not ours to withdraw"}""");
        await SettledAsync(5017);

        Assert.Empty(Server.Edits);
        Assert.Null((await Store.Stories.GetStoryAsync((await Store.Stories.FindStoryAsync("id:wire-10"))!.Id))!.Withdrawn);
        Assert.DoesNotContain("Withdrawn", Server.MessageText(5017, alert.MessageId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_WithWithdrawActionDelete_DeletesTheMessage()
    {
        await Host.RestartAsync($"--Push:ApiKey={Key}", "--Stories:WithdrawAction=Delete");
        using var http = new HttpClient { BaseAddress = Host.BaseAddress() };
        await StartChatAsync(5011);
        var alert = await DropAndWaitForAlertAsync(5011, "kidal.txt", Version1);
        var id = (await Store.Outbox.GetDeliveriesAsync(DeliveryStates.Sent, 5011, 10)).Single(d => d.Kind == "alert").ArticleId!.Value;

        using var delete = Request(HttpMethod.Delete, $"/articles/{id}");
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(delete)).StatusCode);
        await Server.WaitUntilAsync(s => s.DeletedMessages.Any(d => d.ChatId == 5011), Wait);

        Assert.Equal(alert.MessageId, Server.DeletedMessages.Single(d => d.ChatId == 5011).MessageId);
        Assert.Null(Server.MessageText(5011, alert.MessageId));
        Assert.Empty(Server.Edits);
    }

    [Fact]
    public async Task FiveQuickRewrites_LeaveOneMessage_ShowingTheLastVersion()
    {
        await StartChatAsync(5012);
        var alert = await DropAndWaitForAlertAsync(5012, "kidal.txt", Version1);
        var text = Version1;
        string[] times = ["1600", "1630", "1700", "1730", "1800"];
        var started = DateTimeOffset.UtcNow;
        foreach (var time in times)
        {
            // Each version waits until the last one is stored: five versions of the story, not one the watcher merged.
            var before = (await Store.Stories.FindStoryAsync("path:kidal.txt"))!.Version;
            text = text.Replace("\nRelated:", $"By {time} EST on November 13th, 2023, the army reported progress in sector {time[..2]}.\n\nRelated:", StringComparison.Ordinal);
            await ReplaceAsync("kidal.txt", text);
            await HostRunnerHttp.WaitForAsync(async () => (await Store.Stories.FindStoryAsync("path:kidal.txt"))!.Version > before);
        }

        var elapsed = DateTimeOffset.UtcNow - started;
        await Server.WaitUntilAsync(s => s.MessageText(5012, alert.MessageId)?.Contains("13 Nov 2023 23:00 UTC", StringComparison.Ordinal) == true, Wait);
        await SettledAsync(5012);

        var edits = Server.Edits.Count(e => e.ChatId == 5012);
        output.WriteLine($"5 versions in {elapsed.TotalSeconds:F1} s: {edits} edits");
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"the five versions took {elapsed}");
        Assert.Equal(2, Server.SentTo(5012).Count); // the welcome and the one alert: no second alert, no reply
        Assert.InRange(edits, 1, 4);
        Assert.Equal(5, (await Store.Stories.FindStoryAsync("path:kidal.txt"))!.Version - 1);
    }

    [Fact]
    public async Task FiveRewritesBackToBack_EndWithTheLastVersion()
    {
        await StartChatAsync(5014);
        var alert = await DropAndWaitForAlertAsync(5014, "kidal.txt", Version1);
        var text = Version1;

        // No pause at all: the watcher may read some versions, or only the last; two may be stored at once.
        foreach (var time in (string[])["1600", "1630", "1700", "1730", "1800"])
        {
            text = text.Replace("\nRelated:", $"By {time} EST on November 13th, 2023, the army reported progress in sector {time[..2]}.\n\nRelated:", StringComparison.Ordinal);
            await ReplaceAsync("kidal.txt", text);
        }

        await Server.WaitUntilAsync(s => s.MessageText(5014, alert.MessageId)?.Contains("13 Nov 2023 23:00 UTC", StringComparison.Ordinal) == true, Wait);
        await SettledAsync(5014);

        Assert.Equal(2, Server.SentTo(5014).Count);
        Assert.Contains("13 Nov 2023 23:00 UTC", Server.MessageText(5014, alert.MessageId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestChat_GetsTheStoryOnce_AtItsLatestVersion()
    {
        Server.AddPrivateChat(5015);
        Server.SendText(5015, 5015, "/start");
        Server.SendText(5015, 5015, "/mode digest 23:59");
        await Server.WaitUntilAsync(s => s.SentTo(5015).Count == 2, Wait);

        await Host.DropArticleAsync("kidal.txt", Version1);
        await HostRunnerHttp.WaitForAsync(async () => await Store.Stories.FindStoryAsync("path:kidal.txt") is not null);
        await ReplaceAsync("kidal.txt", Version2);
        await HostRunnerHttp.WaitForAsync(async () => (await Store.Stories.FindStoryAsync("path:kidal.txt"))!.Version == 2);
        await ReplaceAsync("kidal.txt", Version2.Replace("Army Retakes Northern Desert Town After Peacekeepers Leave", "Army Seizes Northern Desert Town, President Says", StringComparison.Ordinal));
        await HostRunnerHttp.WaitForAsync(async () => (await Store.Stories.FindStoryAsync("path:kidal.txt"))!.Version == 3);
        var scheduler = await Host.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(global::AlertBot.Schedule.DigestJob.Key, new Quartz.JobDataMap { [global::AlertBot.Schedule.DigestJob.ChatIdKey] = 5015L });
        await Server.WaitUntilAsync(s => s.SentTo(5015).Count == 3, Wait);
        await SettledAsync(5015);

        var digest = Server.SentTo(5015)[2].Text;
        Assert.Contains("Digest — 1 alert", digest, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(digest, "Northern Desert Town"));
        Assert.Contains("Army Seizes Northern Desert Town, President Says", digest, StringComparison.Ordinal);
        Assert.Equal(3, Server.SentTo(5015).Count);
    }

    [Fact]
    public async Task Delete_PastTheEditWindow_RepliesToTheAlertThatItIsWithdrawn()
    {
        await StartChatAsync(5016);
        var alert = await DropAndWaitForAlertAsync(5016, "kidal.txt", Version1);
        await using (var connection = await Store.Database.OpenAsync())
            await Dapper.SqlMapper.ExecuteAsync(connection, "UPDATE deliveries SET sent_ms = sent_ms - @twoDays WHERE kind = 'alert' AND chat_id = 5016", new { twoDays = (long)TimeSpan.FromDays(2).TotalMilliseconds });

        using var delete = Request(HttpMethod.Delete, "/articles/" + (await Store.Stories.FindStoryAsync("path:kidal.txt"))!.Id + "?reason=wrong%20town");
        Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(delete)).StatusCode);
        await Server.WaitUntilAsync(s => s.SentTo(5016).Count == 3, Wait);

        var reply = Server.SentTo(5016)[2];
        Assert.Equal(alert.MessageId, reply.ReplyToMessageId);
        Assert.Equal("🚫 Withdrawn: Army Retakes Northern Desert Town After Peacekeepers Leave — wrong town", reply.Text);
        Assert.Empty(Server.Edits);
    }

    private async Task<SentMessage> DropAndWaitForAlertAsync(long chat, string name, string content)
    {
        var before = Server.SentTo(chat).Count;
        await ReplaceAsync(name, content);
        await Server.WaitUntilAsync(s => s.SentTo(chat).Count == before + 1, Wait);
        var alert = Server.SentTo(chat)[before];
        // Sent and recorded: an update from now on finds a message to edit.
        await HostRunnerHttp.WaitForAsync(async () => (await Store.Outbox.GetDeliveriesAsync(DeliveryStates.Sent, chat, 10)).Any(d => d.Kind == "alert"));
        return alert;
    }

    /// <summary>
    /// Every file in the folder read in its current form, nothing left to read, and nothing left in the chat's outbox:
    /// what the chat has now is final.
    /// </summary>
    private async Task SettledAsync(long chat)
    {
        var watcher = Host.Services.GetRequiredService<FolderWatcher>();
        await HostRunnerHttp.WaitForAsync(async () =>
            watcher.IsIdle
            && watcher.RememberedFiles == Directory.GetFiles(Host.ArticlesPath, "*", SearchOption.AllDirectories).Count(f => !Path.GetFileName(f).StartsWith('.'))
            && (await Store.Outbox.GetDeliveriesAsync(null, chat, 50)).All(d => d.State is not (DeliveryStates.Pending or DeliveryStates.Sending)));
    }

    /// <summary>Written aside and renamed into place (over the file, if there is one), as a careful writer does.</summary>
    private async Task ReplaceAsync(string name, string content)
    {
        var target = Path.Combine(Host.ArticlesPath, name);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(name) + ".tmp");
        await File.WriteAllTextAsync(temp, content);
        File.Move(temp, target, overwrite: true);
    }

    private async Task StartChatAsync(long id)
    {
        Server.AddPrivateChat(id, "U" + id);
        Server.SendText(id, id, "/start");
        await Server.WaitUntilAsync(s => s.SentTo(id).Count == 1, Wait);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Api-Key", Key);
        return request;
    }

    private async Task<JsonElement> PushAsync(string? id, string text)
    {
        using var request = Request(HttpMethod.Post, "/articles");
        request.Content = new StringContent(text, Encoding.UTF8, "text/plain");
        if (id is not null)
            request.Headers.Add("X-Article-Id", id);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}

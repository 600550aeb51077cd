using System.Globalization;
using System.Text;
using AlertBot.Core.Route;
using AlertBot.Storage;
using AlertBot.TestBotApi;
using Microsoft.Extensions.DependencyInjection;

namespace AlertBot.Tests.Deliver;

/// <summary>
/// The real host delivering through the real Telegram.Bot client to the strict test server while the server
/// throws Telegram's faults at it: 429 with retry_after, 5xx, timeouts, a blocked chat, a migrating group,
/// rejected markup and an alert too long for one message.
/// </summary>
public sealed class DeliveryFaultTests : HostedBotTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private Stores Store => Host.Services.GetRequiredService<Stores>();

    // A one-second request timeout lets a held request count as a timeout quickly; channels and groups are spaced at
    // 1 s instead of Telegram's 3 s so three alerts fit in a short test (the server does not enforce per-chat limits here).
    protected override IEnumerable<string> HostArgs => ["--Telegram:RequestTimeout=00:00:02", "--Telegram:GroupChatInterval=00:00:01"];

    [Fact]
    public async Task Fanout_WithRandom429s5xxAndTimeouts_EveryChatGetsEveryAlertOnceInOrder()
    {
        var chats = new List<long>();
        for (var i = 0; i < 8; i++)
            chats.Add(await AddPrivateAsync(2100 + i));
        for (var i = 0; i < 4; i++)
            chats.Add(await AddChannelAsync(-1002100 - i));
        Server.Faults.SetRandom(seed: 7, p429: 0.15, p5xx: 0.1, pTimeout: 0.05, retryAfterSeconds: 1, timeoutDelay: TimeSpan.FromSeconds(3));

        for (var n = 1; n <= 3; n++)
            await DropInOrderAsync($"flash-{n}.txt", Fixtures.Numbered(n));
        await Server.WaitUntilAsync(s => chats.All(c => s.SentTo(c).Count >= 3), Wait);
        Server.Faults.ClearRandom();
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        foreach (var chat in chats)
        {
            var rows = await DeliveryColumnsAsync(chat);
            var got = Headlines(Server.SentTo(chat));
            var detail = $"chat {chat}: {string.Join(" | ", got)}; rows {string.Join(" | ", rows)}; {Server.Stats}";
            Assert.True(got.Distinct().SequenceEqual(["Flash Update 1:", "Flash Update 2:", "Flash Update 3:"]), detail);
            // A reply slower than the request timeout on a busy machine is an unknown outcome, resent by policy:
            // the only duplicates allowed are those the store counted as such.
            Assert.True(got.Count - got.Distinct().Count() <= rows.Sum(r => r.UnknownOutcomes), detail);
        }

        // The faults really happened, and none of the failures was a 400 caused by our own formatting.
        Assert.True(Server.Stats.InjectedTooManyRequests > 0, Server.Stats.ToString());
        Assert.True(Server.Stats.ServerErrors > 0, Server.Stats.ToString());
        Assert.Equal(0, Server.Stats.BadRequests);
        var outbox = await Store.Outbox.GetOutboxStatsAsync();
        Assert.Equal((0, 0, 0, chats.Count * 3L), (outbox.Pending, outbox.Sending, outbox.Dead, outbox.Sent));
    }

    [Fact]
    public async Task Send_TimesOutBeforeDelivery_IsResentAndArrivesOnce()
    {
        var chat = await AddPrivateAsync(2200);
        Server.Faults.Next(chat, Fault.Timeout(TimeSpan.FromSeconds(5)));

        await DropAsync("flash-1.txt", Fixtures.Numbered(1));
        await Server.WaitUntilAsync(s => s.SentTo(chat).Count >= 1, Wait);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Equal(["Flash Update 1:"], Headlines(Server.SentTo(chat)));
        Assert.Equal(1, Server.Stats.Timeouts);
        var row = Assert.Single(await DeliveryColumnsAsync(chat));
        Assert.Equal((DeliveryStates.Sent, 1), (row.State, row.UnknownOutcomes));
    }

    [Fact]
    public async Task Send_TimesOutAfterDelivery_ResendPolicyDuplicatesAndCountsItAsUnknownOutcome()
    {
        var chat = await AddPrivateAsync(2250);
        Server.Faults.Next(chat, Fault.TimeoutAfterDelivery(TimeSpan.FromSeconds(5)));

        await DropAsync("flash-1.txt", Fixtures.Numbered(1));
        await Server.WaitUntilAsync(s => s.SentTo(chat).Count >= 2, Wait);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        // The documented price of the default policy: Telegram had the message, we could not know, we resent.
        Assert.Equal(["Flash Update 1:", "Flash Update 1:"], Headlines(Server.SentTo(chat)));
        var row = Assert.Single(await DeliveryColumnsAsync(chat));
        Assert.Equal((DeliveryStates.Sent, 1), (row.State, row.UnknownOutcomes));
    }

    [Fact]
    public async Task Send_ChatBlockedTheBot_ChatIsDisabledAndOthersStillGetTheirAlerts()
    {
        var ann = await AddPrivateAsync(2300);
        var blocker = await AddPrivateAsync(2301);
        var channel = await AddChannelAsync(-1002300);
        Server.BlockBy(blocker);

        await DropAsync("flash-1.txt", Fixtures.Numbered(1));
        await Server.WaitUntilAsync(s => s.SentTo(ann).Count == 1 && s.SentTo(channel).Count == 1, Wait);
        await WaitForAsync(async () => (await Store.Chats.GetChatAsync(blocker))?.Enabled == false);
        await DropAsync("flash-2.txt", Fixtures.Numbered(2));
        await Server.WaitUntilAsync(s => s.SentTo(ann).Count == 2 && s.SentTo(channel).Count == 2, Wait);
        await Task.Delay(TimeSpan.FromSeconds(1));

        var disabled = await Store.Chats.GetChatAsync(blocker);
        Assert.False(disabled!.Enabled);
        Assert.Contains("blocked", disabled.DisabledReason, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Server.SentTo(blocker));
        // Exactly one attempt at the blocked chat: its row was closed, and the second alert made none.
        Assert.Equal(1, Server.Stats.Forbidden);
        var rows = await DeliveryColumnsAsync(blocker);
        Assert.Equal([DeliveryStates.Cancelled], rows.Select(r => r.State));
        Assert.Equal(["Flash Update 1:", "Flash Update 2:"], Headlines(Server.SentTo(ann)));
        Assert.Equal(["Flash Update 1:", "Flash Update 2:"], Headlines(Server.SentTo(channel)));
    }

    [Fact]
    public async Task Send_GroupUpgradedToSupergroup_AlertsArriveUnderTheNewIdInOrder()
    {
        const long oldId = -2400;
        const long newId = -1002400;
        Server.AddGroup(oldId, "Ops room", supergroup: false);
        await Store.Chats.SaveChatAsync(Chat(oldId, ChatKind.Group));
        Server.MigrateGroup(oldId, newId);

        await DropInOrderAsync("flash-1.txt", Fixtures.Numbered(1));
        await DropInOrderAsync("flash-2.txt", Fixtures.Numbered(2));
        await Server.WaitUntilAsync(s => s.SentTo(newId).Count >= 2, Wait);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Empty(Server.SentTo(oldId));
        Assert.Equal(["Flash Update 1:", "Flash Update 2:"], Headlines(Server.SentTo(newId)));
        Assert.Null(await Store.Chats.GetChatAsync(oldId));
        var moved = await Store.Chats.GetChatAsync(newId);
        Assert.Equal((ChatKind.Supergroup, true), (moved!.Kind, moved.Enabled));
        Assert.Contains(ChatSettings.AllTopics, moved.Topics);

        // A later alert goes straight to the new id.
        await DropAsync("flash-3.txt", Fixtures.Numbered(3));
        await Server.WaitUntilAsync(s => s.SentTo(newId).Count >= 3, Wait);
        Assert.Equal("Flash Update 3:", Headlines(Server.SentTo(newId))[2]);
    }

    [Fact]
    public async Task Send_MarkupRejected_ResentOnceAsPlainText()
    {
        var picky = await AddPrivateAsync(2500);
        var other = await AddPrivateAsync(2501);
        Server.Faults.Next(picky, Fault.BadRequest("can't parse entities: Unsupported start tag \"blink\" at byte offset 12"));

        await DropAsync("tessalit.txt", Fixtures.KidalStyle);
        await Server.WaitUntilAsync(s => s.SentTo(picky).Count >= 1 && s.SentTo(other).Count >= 1, Wait);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var plain = Assert.Single(Server.SentTo(picky));
        Assert.Null(plain.ParseMode);
        Assert.Contains("Army Retakes Northern Town After Overnight Assault", plain.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", plain.RawText, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;", plain.RawText, StringComparison.Ordinal);
        var html = Assert.Single(Server.SentTo(other));
        Assert.Equal("html", html.ParseMode, ignoreCase: true);
        Assert.Equal(html.Text, plain.Text);
        Assert.Equal(1, Server.Stats.BadRequests); // only the injected one
    }

    [Fact]
    public async Task Send_AlertLongerThanOneMessage_SplitIntoPartsEachAcceptedInOrder()
    {
        var chat = await AddPrivateAsync(2600);
        var channel = await AddChannelAsync(-1002600);

        await DropAsync("long.txt", LongArticle(strikes: 60));
        await WaitForAsync(async () => (await DeliveryColumnsAsync(chat)).Any(r => r.State == DeliveryStates.Sent)
                                       && (await DeliveryColumnsAsync(channel)).Any(r => r.State == DeliveryStates.Sent));

        foreach (var id in new[] { chat, channel })
        {
            var parts = Server.SentTo(id);
            Assert.True(parts.Count >= 2, $"{parts.Count} message(s)");
            Assert.All(parts, p => Assert.InRange(p.Text.Length, 1, 4096));
            Assert.All(parts, p => Assert.Equal("html", p.ParseMode, ignoreCase: true));
            Assert.Contains("Many Strikes Reported", parts[0].Text, StringComparison.Ordinal);
            Assert.Equal(Enumerable.Range(1, 60).ToList(), StrikeNumbers(string.Join("\n", parts.Select(p => p.Text))));
            var row = Assert.Single(await DeliveryColumnsAsync(id));
            Assert.Equal(parts.Count, row.PartsSent);
            Assert.Equal(string.Join(',', parts.Select(p => p.MessageId)), row.MessageIds);
        }

        Assert.Equal(0, Server.Stats.BadRequests);
    }

    [Fact]
    public async Task Send_5xxAfterFirstPartOfLongAlert_ResumesAfterThePartsAlreadySent()
    {
        var chat = await AddPrivateAsync(2700);

        await DropAsync("long.txt", LongArticle(strikes: 60));
        await Server.WaitUntilAsync(s => s.SentTo(chat).Count >= 1, Wait);
        // Parts of one alert to a private chat are spaced by a second: the fault is in place for part two.
        Server.Faults.Next(chat, Fault.ServerError(502));
        await WaitForAsync(async () => (await DeliveryColumnsAsync(chat)).Single().State == DeliveryStates.Sent);

        var parts = Server.SentTo(chat);
        Assert.Equal(1, Server.Stats.ServerErrors);
        Assert.Equal(Enumerable.Range(1, 60).ToList(), StrikeNumbers(string.Join("\n", parts.Select(p => p.Text))));
        var row = Assert.Single(await DeliveryColumnsAsync(chat));
        Assert.Equal((parts.Count, 1), (row.PartsSent, row.UnknownOutcomes));
    }

    // ---- helpers ----

    /// <summary>The host creates the articles folder while it starts; these tests do not wait for that.</summary>
    private async Task DropAsync(string name, string content)
    {
        Directory.CreateDirectory(Host.ArticlesPath);
        await Host.DropArticleAsync(name, content);
    }

    /// <summary>
    /// Drops an article and waits until it is stored. Files dropped together are ingested by parallel workers in
    /// no set order; "in order" means in the order the articles were stored.
    /// </summary>
    private async Task DropInOrderAsync(string name, string content)
    {
        var before = await Store.Stories.CountArticlesAsync();
        await DropAsync(name, content);
        await WaitForAsync(async () => await Store.Stories.CountArticlesAsync() > before);
    }

    private async Task<long> AddPrivateAsync(long id)
    {
        Server.AddPrivateChat(id, "User" + id.ToString(CultureInfo.InvariantCulture));
        await Store.Chats.SaveChatAsync(Chat(id, ChatKind.Private));
        return id;
    }

    private async Task<long> AddChannelAsync(long id)
    {
        Server.AddChannel(id, "Channel " + id.ToString(CultureInfo.InvariantCulture));
        await Store.Chats.SaveChatAsync(Chat(id, ChatKind.Channel));
        return id;
    }

    private static ChatSettings Chat(long id, ChatKind kind) => new()
    {
        Id = id,
        Kind = kind,
        Title = "chat " + id.ToString(CultureInfo.InvariantCulture),
        Topics = new HashSet<string>(StringComparer.Ordinal) { ChatSettings.AllTopics },
    };

    /// <summary>"Flash Update N:" of each message, in arrival order.</summary>
    private static List<string> Headlines(IEnumerable<SentMessage> messages) =>
        messages.Select(m => System.Text.RegularExpressions.Regex.Match(m.Text, @"Flash Update \d+:").Value).ToList();

    /// <summary>The strike numbers of the key-time lines ("• time — Strike number N …"), in reading order.</summary>
    private static List<int> StrikeNumbers(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"— strike number (\d+)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .ToList();

    /// <summary>An article with many key times, each quoted in the alert, so the rendered alert is well over 4096 characters.</summary>
    internal static string LongArticle(int strikes)
    {
        var sb = new StringBuilder("Flash Update Long: Many Strikes Reported Across The Front\n\n");
        sb.Append("Officials reported a long series of strikes across the front on Monday, describing each one in detail.\n");
        for (var i = 0; i < strikes; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\nAt {i % 24:00}{i * 7 % 60:00} UTC on June 3rd, 2024, strike number {i + 1} hit a fuel depot near the river crossing in the eastern district, ");
            sb.Append("witnesses said, and fires were seen for a long while afterwards by residents of the area.\n");
        }

        return sb.ToString();
    }

    private async Task<List<DeliveryColumns>> DeliveryColumnsAsync(long chatId)
    {
        await using var connection = await Store.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT state, parts_sent, message_ids, unknown_outcomes, last_error, attempts FROM deliveries WHERE chat_id = $chat AND kind = 'alert' ORDER BY id";
        var p = command.CreateParameter();
        p.ParameterName = "$chat";
        p.Value = chatId;
        command.Parameters.Add(p);
        var rows = new List<DeliveryColumns>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(new DeliveryColumns(reader.GetString(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt32(5)));
        return rows;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > Wait)
                throw new TimeoutException("The store did not reach the expected state.");
            await Task.Delay(50);
        }
    }

    private sealed record DeliveryColumns(string State, int PartsSent, string? MessageIds, int UnknownOutcomes, string? LastError = null, int Attempts = 0);
}

using Dapper;

namespace AlertBot.Storage.Tests;

/// <summary>
/// A story's outbox rows written in one statement, and stories stored at once sharing a commit (SQLite's group commit):
/// every row as it was asked for, each story all or nothing. On a real SQLite file and a real PostgreSQL server.
/// </summary>
public abstract class StoryOutboxRowsTests(PostgresServer? server) : StoreTestBase(server)
{
    [Fact]
    public async Task AddStory_NoRows_StoresTheStoryAlone()
    {
        Assert.NotNull(await Store.Stories.AddStoryAsync(Story("none", "none"), _ => []));
        Assert.Empty(await RowsAsync());
    }

    [Fact]
    public async Task AddStory_RowsWithDifferentPlans_EveryColumnAsGivenInListOrder()
    {
        var now = Time.GetUtcNow();
        var later = now.AddHours(7);
        NewDelivery[] Rows(long id) =>
        [
            new($"a:{id}:5", 5, DeliveryKind.Alert, now) { ArticleId = id },
            new($"a:{id}:3", 3, DeliveryKind.Alert, now) { ArticleId = id },
            new($"a:{id}:9", 9, DeliveryKind.Alert, later) { ArticleId = id, Silent = true },
            new($"a:{id}:1", 1, DeliveryKind.Alert, now) { ArticleId = id, Held = true, Silent = true },
            new($"a:{id}:7", 7, DeliveryKind.Alert, now) { ArticleId = id, ThreadId = 42 },
            new($"a:{id}:8", 8, DeliveryKind.Alert, now) { ArticleId = id, ThreadId = 42 },
            new($"a:{id}:\"quoted\\key\"", 2, DeliveryKind.Alert, now) { ArticleId = id, Payload = "p", ReplyMarkup = "{\"k\":1}" },
        ];

        var id = (await Store.Stories.AddStoryAsync(Story("rows", "text"), Rows))!.Value;

        var expected = Rows(id).Select(d => new Row
        {
            DedupeKey = d.DedupeKey,
            ChatId = d.ChatId,
            ArticleId = id,
            Kind = "alert",
            Payload = d.Payload,
            ReplyMarkup = d.ReplyMarkup,
            Silent = d.Silent,
            State = d.Held ? DeliveryStates.Held : DeliveryStates.Pending,
            DueMs = d.Due.ToUnixTimeMilliseconds(),
            CreatedMs = now.ToUnixTimeMilliseconds(),
            ThreadId = d.ThreadId,
        }).ToList();
        Assert.Equal(expected, await RowsAsync());
    }

    [Fact]
    public async Task AddStory_ManyAtOnce_EachStoredOnceWithItsOwnRows()
    {
        long[] chats = [.. Enumerable.Range(1, 300).Select(i => (long)i)];
        var keys = Enumerable.Range(0, 24).Select(i => "many" + (i % 20)).ToList(); // four keys twice

        var ids = await Task.WhenAll(keys.Select(key => Task.Run(() => Store.Stories.AddStoryAsync(Story(key, key), id => Alerts(id, chats)))));

        var stored = ids.OfType<long>().ToList();
        Assert.Equal(20, stored.Distinct().Count());
        Assert.Equal(4, ids.Count(id => id is null));
        Assert.Equal(20, await Store.Stories.CountArticlesAsync());
        var rows = await RowsAsync();
        Assert.Equal(20 * chats.Length, rows.Count);
        foreach (var group in rows.GroupBy(r => r.ArticleId))
            Assert.Equal(chats, group.Select(r => r.ChatId));
        Assert.All(rows, r => Assert.Equal($"a:{r.ArticleId}:{r.ChatId}", r.DedupeKey));
    }

    [Fact]
    public async Task AddStory_OneFailsAmongMany_OnlyThatOneIsLeftOut()
    {
        var boom = new InvalidOperationException("routing failed");
        var tasks = Enumerable.Range(0, 12).Select(i => Task.Run(() => Store.Stories.AddStoryAsync(Story("f" + i, "f" + i), id =>
            i == 5 ? throw boom : Alerts(id, 1, 2, 3)))).ToList();

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => tasks[5]);
        var others = await Task.WhenAll(tasks.Where((_, i) => i != 5));

        Assert.Same(boom, thrown);
        Assert.All(others, id => Assert.NotNull(id));
        Assert.Equal(11, await Store.Stories.CountArticlesAsync());
        Assert.Null(await Store.Stories.FindStoryAsync("f5"));
        Assert.Equal(33, (await RowsAsync()).Count);
        Assert.NotNull(await Store.Stories.AddStoryAsync(Story("f5", "f5"), id => Alerts(id, 1)));
    }

    [Fact]
    public async Task AddStory_Cancelled_StoresNothingAndLaterStoriesStillGoIn()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.Stories.AddStoryAsync(Story("c1", "c1"), id => Alerts(id, 1), cancelled.Token));

        Assert.Null(await Store.Stories.FindStoryAsync("c1"));
        Assert.NotNull(await Store.Stories.AddStoryAsync(Story("c2", "c2"), id => Alerts(id, 1)));
        Assert.Single(await RowsAsync());
    }

    private async Task<List<Row>> RowsAsync()
    {
        await using var connection = await Database.OpenAsync();
        return [.. await connection.QueryAsync<Row>(
            "SELECT dedupe_key, chat_id, article_id, kind, payload, reply_markup, silent, state, due_ms, created_ms, thread_id FROM deliveries ORDER BY id")];
    }

    private sealed record Row
    {
        public string DedupeKey { get; init; } = "";
        public long ChatId { get; init; }
        public long? ArticleId { get; init; }
        public string Kind { get; init; } = "";
        public string? Payload { get; init; }
        public string? ReplyMarkup { get; init; }
        public bool Silent { get; init; }
        public string State { get; init; } = "";
        public long DueMs { get; init; }
        public long CreatedMs { get; init; }
        public long? ThreadId { get; init; }
    }
}

public sealed class SqliteStoryOutboxRowsTests() : StoryOutboxRowsTests(null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoryOutboxRowsTests(PostgresServer server) : StoryOutboxRowsTests(server);

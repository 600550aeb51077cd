using Dapper;

namespace AlertBot.Storage;

/// <summary>The polled RSS/Atom feeds: the configured and imported ones, their conditional-request validators and their health.</summary>
public sealed class FeedStore(Database database, TimeProvider time)
{
    /// <summary>
    /// Makes the configured feeds the stored ones added by configuration: new ones are added, changed names
    /// and intervals applied, ones no longer configured removed. Feeds imported from OPML are left alone.
    /// </summary>
    public async Task SyncConfiguredFeedsAsync(IReadOnlyList<(string Url, string Name, TimeSpan Interval)> feeds, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        var (connection, tx) = write;
        foreach (var (url, name, interval) in feeds)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO feeds (url, name, interval_ms, added_by) VALUES (@url, @name, @ms, @addedBy)
                ON CONFLICT (url) DO UPDATE SET name = excluded.name, interval_ms = excluded.interval_ms, added_by = excluded.added_by
                """,
                new { url, name, ms = (long)interval.TotalMilliseconds, addedBy = FeedAddedBy.Config }, tx, cancellationToken: ct));
        }

        var urls = feeds.Select(f => f.Url).ToList();
        await connection.ExecuteAsync(new CommandDefinition(
            urls.Count == 0 ? "DELETE FROM feeds WHERE added_by = @config" : $"DELETE FROM feeds WHERE added_by = @config AND NOT ({database.InList("url", "@urls")})",
            new { config = FeedAddedBy.Config, urls = urls.ToArray() }, tx, cancellationToken: ct));
        await write.CommitAsync(ct);
    }

    /// <summary>Adds feeds (from OPML); a URL already stored keeps its settings. Returns how many were new.</summary>
    public async Task<int> ImportFeedsAsync(IReadOnlyList<(string Url, string Name, TimeSpan Interval)> feeds, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        var added = 0;
        foreach (var (url, name, interval) in feeds)
        {
            added += await write.Connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO feeds (url, name, interval_ms, added_by) VALUES (@url, @name, @ms, @by) ON CONFLICT (url) DO NOTHING",
                new { url, name, ms = (long)interval.TotalMilliseconds, by = FeedAddedBy.Opml }, write.Transaction, cancellationToken: ct));
        }

        await write.CommitAsync(ct);
        return added;
    }

    public async Task<IReadOnlyList<FeedRecord>> GetFeedsAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<FeedRow>(new CommandDefinition("SELECT * FROM feeds ORDER BY id", cancellationToken: ct));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    public async Task<FeedRecord?> GetFeedAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<FeedRow>(new CommandDefinition("SELECT * FROM feeds WHERE id = @id", new { id }, cancellationToken: ct));
        return row?.ToRecord();
    }

    /// <summary>A poll that reached the feed: validators for the next conditional request, failures reset.</summary>
    public async Task RecordFeedSuccessAsync(long id, string? etag, string? lastModified, int itemsIngested, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        await write.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE feeds SET etag = @etag, last_modified = @lastModified, last_polled_ms = @now, last_success_ms = @now,
                consecutive_failures = 0, next_poll_ms = 0, items_ingested = items_ingested + @itemsIngested
            WHERE id = @id
            """,
            new { id, etag, lastModified, now = time.Ms(), itemsIngested }, write.Transaction, cancellationToken: ct));
        await write.CommitAsync(ct);
    }

    /// <summary>A failed poll: the error is kept and the feed is not polled again before <paramref name="nextPoll"/>.</summary>
    public async Task<int> RecordFeedFailureAsync(long id, string error, Func<int, DateTimeOffset> nextPoll, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        var (connection, tx) = write;
        var failures = 1 + await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT consecutive_failures FROM feeds WHERE id = @id", new { id }, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE feeds SET last_polled_ms = @now, last_error = @error, last_error_ms = @now,
                consecutive_failures = @failures, next_poll_ms = @next
            WHERE id = @id
            """,
            new { id, now = time.Ms(), error = Sql.Truncate(error), failures, next = nextPoll(failures).ToUnixTimeMilliseconds() }, tx, cancellationToken: ct));
        await write.CommitAsync(ct);
        return failures;
    }

    private sealed class FeedRow
    {
        public long Id { get; set; }
        public string Url { get; set; } = "";
        public string Name { get; set; } = "";
        public long IntervalMs { get; set; }
        public string AddedBy { get; set; } = "";
        public string? Etag { get; set; }
        public string? LastModified { get; set; }
        public long? LastPolledMs { get; set; }
        public long? LastSuccessMs { get; set; }
        public string? LastError { get; set; }
        public long? LastErrorMs { get; set; }
        public long ConsecutiveFailures { get; set; }
        public long NextPollMs { get; set; }
        public long ItemsIngested { get; set; }

        public FeedRecord ToRecord() => new(
            Id,
            Url,
            Name,
            TimeSpan.FromMilliseconds(IntervalMs),
            AddedBy,
            Etag,
            LastModified,
            Sql.At(LastPolledMs),
            Sql.At(LastSuccessMs),
            LastError,
            Sql.At(LastErrorMs),
            (int)ConsecutiveFailures,
            DateTimeOffset.FromUnixTimeMilliseconds(NextPollMs),
            ItemsIngested);
    }
}

using System.Data.Common;
using System.Text.Json;
using AlertBot.Core.Understand;
using Dapper;

namespace AlertBot.Storage;

// The stories' rows as Dapper reads them, and the statements more than one write of a story shares.

internal class ArticleRow
{
    public long Id { get; set; }
    public string Source { get; set; } = "";
    public string SourceName { get; set; } = "";
    public long IngestedMs { get; set; }
    public string Understanding { get; set; } = "";

    public StoredArticle ToArticle() => new(
        Id,
        Source,
        SourceName,
        DateTimeOffset.FromUnixTimeMilliseconds(IngestedMs),
        JsonSerializer.Deserialize<Understanding>(Understanding, Sql.Json)!);
}

internal sealed class HeldRow : ArticleRow
{
    public int? ThreadId { get; set; }
}

internal sealed class IdentityRow
{
    public const string Columns = "a.id, a.content_hash, a.story_hash, a.version, a.is_alert, a.duplicate_of, a.source, a.origin, a.withdrawn_ms";

    public long Id { get; set; }
    public string ContentHash { get; set; } = "";
    public string? StoryHash { get; set; }
    public long Version { get; set; }
    public bool IsAlert { get; set; }
    public long? DuplicateOf { get; set; }
    public string? Source { get; set; }
    public string? Origin { get; set; }
    public long? WithdrawnMs { get; set; }

    public StoryIdentity ToIdentity() =>
        new(Id, ContentHash, StoryHash, (int)Version, IsAlert, DuplicateOf) { Source = Source, Origin = Origin, Withdrawn = WithdrawnMs is not null };
}

internal sealed class CandidateRow
{
    public long Id { get; set; }
    public string? Origin { get; set; }
    public string? Minhash { get; set; }
}

internal sealed class StoryRow
{
    public long Id { get; set; }
    public long Version { get; set; }
    public string Understanding { get; set; } = "";
    public long? UpdatedMs { get; set; }
    public string? AlsoReportedBy { get; set; }
    public string? Origin { get; set; }
    public string? Correction { get; set; }
    public long? WithdrawnMs { get; set; }
    public string? WithdrawReason { get; set; }

    public StoredStory ToStory() =>
        new(Id, (int)Version, JsonSerializer.Deserialize<Understanding>(Understanding, Sql.Json)!, Sql.At(UpdatedMs), StoryRows.SplitOrigins(AlsoReportedBy), Origin)
        {
            Correction = Correction,
            Withdrawn = Sql.At(WithdrawnMs),
            WithdrawReason = WithdrawReason,
        };
}

internal static class StoryRows
{
    public static async Task<long?> InsertStoryAsync(DbConnection connection, DbTransaction tx, NewStory story, long? duplicateOf, long now, CancellationToken ct)
    {
        var a = story.Article;
        var u = a.Understanding;
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            """
            INSERT INTO articles (dedupe_key, content_hash, source, source_name, headline, summary, url, published_ms, ingested_ms, is_alert, understanding,
                origin, story_hash, minhash, duplicate_of)
            VALUES (@DedupeKey, @ContentHash, @Source, @SourceName, @Headline, @Summary, @Url, @PublishedMs, @Now, @IsAlert, @Understanding,
                @Origin, @StoryHash, @MinHash, @DuplicateOf)
            ON CONFLICT (dedupe_key) DO NOTHING
            RETURNING id
            """,
            new
            {
                a.DedupeKey,
                a.ContentHash,
                a.Source,
                a.SourceName,
                u.Headline,
                u.Summary,
                u.Url,
                PublishedMs = u.Published?.ToUnixTimeMilliseconds(),
                Now = now,
                u.IsAlert,
                Understanding = JsonSerializer.Serialize(u, Sql.Json),
                story.Origin,
                story.StoryHash,
                story.MinHash,
                DuplicateOf = duplicateOf,
            },
            tx,
            cancellationToken: ct));
    }

    public static async Task InsertBandsAsync(DbConnection connection, DbTransaction tx, long articleId, IReadOnlyList<long> bands, long now, CancellationToken ct)
    {
        if (bands.Count == 0)
            return;
        // One statement for all bands: the write transaction stays short, which is what SQLite's single writer needs.
        var parameters = new DynamicParameters(new { articleId, now });
        var values = new System.Text.StringBuilder();
        for (var i = 0; i < bands.Count; i++)
        {
            values.Append(i == 0 ? "" : ", ").Append("(@b").Append(i).Append(", @articleId, @now)");
            parameters.Add("b" + Sql.Invariant(i), bands[i]);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO near_dup_bands (band, article_id, ingested_ms) VALUES " + values + " ON CONFLICT (band) DO NOTHING",
            parameters, tx, cancellationToken: ct));
    }

    public static Task DeleteBandsAsync(DbConnection connection, DbTransaction tx, long articleId, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition("DELETE FROM near_dup_bands WHERE article_id = @articleId", new { articleId }, tx, cancellationToken: ct));

    /// <summary>
    /// Queues edit rows, each superseding its chat's edit of the article that is still pending: the sender renders the
    /// story as it is when it edits, so one edit shows the latest version. The superseded rows' follow-up texts (what
    /// was new, for a reply past Telegram's edit window) go before the new row's, so a reply still tells all of it.
    /// </summary>
    public static async Task InsertEditsAsync(DbConnection connection, DbTransaction tx, Database database, long articleId, List<NewDelivery> edits, long now, CancellationToken ct)
    {
        if (edits.Count == 0)
            return;
        var chats = edits.Select(e => e.ChatId).Distinct().ToArray();
        var superseded = await OutboxTransitions.SupersedeEditsAsync(connection, tx, database, articleId, chats, ct);
        var rows = edits.Select(e =>
        {
            var earlier = superseded.Where(s => s.ChatId == e.ChatId && s.Payload is not null).Select(s => s.Payload!).ToList();
            return earlier.Count == 0 || e.Payload is null ? e : e with { Payload = string.Join("\n\n", [.. earlier, e.Payload]) };
        }).ToList();
        await OutboxTransitions.InsertAsync(connection, tx, rows, now, ct);
    }

    /// <summary>Chats whose alert for the article is in one of <paramref name="states"/>.</summary>
    public static async Task<List<long>> AlertChatsAsync(DbConnection connection, DbTransaction tx, long articleId, string[] states, CancellationToken ct)
    {
        var args = new DynamicParameters(new { articleId, kind = "alert" });
        for (var i = 0; i < states.Length; i++)
            args.Add("s" + Sql.Invariant(i), states[i]);
        var list = string.Join(", ", Enumerable.Range(0, states.Length).Select(i => "@s" + Sql.Invariant(i)));
        return (await connection.QueryAsync<long>(new CommandDefinition(
            $"SELECT DISTINCT chat_id FROM deliveries WHERE article_id = @articleId AND kind = @kind AND state IN ({list})", args, tx, cancellationToken: ct))).ToList();
    }

    public static List<string> SplitOrigins(string? value) =>
        string.IsNullOrEmpty(value) ? [] : value.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    public static string JoinOrigins(List<string> origins)
    {
        var joined = string.Join('\n', origins);
        return joined.Length <= 2000 ? joined : joined[..2000];
    }
}

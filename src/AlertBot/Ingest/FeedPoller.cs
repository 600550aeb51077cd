using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using AlertBot.Core.Observe;
using AlertBot.Core.Understand;
using AlertBot.Storage;
using Microsoft.Extensions.Options;

namespace AlertBot.Ingest;

/// <summary>
/// Polls one feed: a conditional GET (If-None-Match / If-Modified-Since from the last answer), each item
/// through the article pipeline (source "feed", the feed's name as origin; identity by GUID or permalink, so
/// an item repeated poll after poll is stored once), then the feed's health. A failing feed waits
/// interval × 2^failures (capped, with jitter) before its next try; its trigger keeps firing and is skipped.
/// Any failure of a poll but the host stopping counts as the feed's: recorded, backed off, shown in <c>feeds</c>.
/// </summary>
public sealed class FeedPoller
{
    public const string HttpClientName = "feeds";

    private readonly IHttpClientFactory _http;
    private readonly ArticlePipeline _pipeline;
    private readonly FeedStore _feeds;
    private readonly IOptions<FeedsOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<FeedPoller> _logger;
    private readonly Counter<long> _polls;
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);

    public FeedPoller(IHttpClientFactory http, ArticlePipeline pipeline, FeedStore feeds, IOptions<FeedsOptions> options, TimeProvider time, IMeterFactory meters, ILogger<FeedPoller> logger)
    {
        _http = http;
        _pipeline = pipeline;
        _feeds = feeds;
        _options = options;
        _time = time;
        _logger = logger;
        var meter = meters.Create(AlertBotMetrics.MeterName);
        _polls = meter.CreateCounter<long>("alertbot.feed.polls", "{poll}", "Feed polls, by feed and outcome (ok, not-modified, failed, backed-off).");
        meter.CreateObservableGauge(
            "alertbot.feed.consecutive_failures",
            () => _failures.Select(f => new Measurement<int>(f.Value, new KeyValuePair<string, object?>("feed", f.Key))),
            "{failure}",
            "Failed polls in a row per feed (0 = healthy).");
    }

    public async Task PollAsync(long feedId, CancellationToken ct)
    {
        var feed = await _feeds.GetFeedAsync(feedId, ct);
        if (feed is null)
            return;
        var now = _time.GetUtcNow();
        if (feed.NextPoll > now)
        {
            Count(feed, "backed-off");
            return;
        }

        var o = _options.Value;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, feed.Url);
            if (feed.ETag is { Length: > 0 } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
                request.Headers.IfNoneMatch.Add(tag);
            if (feed.LastModified is { Length: > 0 } lm && DateTimeOffset.TryParse(lm, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
                request.Headers.IfModifiedSince = since;
            request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1");

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(o.Timeout);
            using var response = await _http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                await _feeds.RecordFeedSuccessAsync(feed.Id, feed.ETag, feed.LastModified, 0, ct);
                Healthy(feed, "not-modified");
                Log.FeedPolled(_logger, feed.Id, feed.Name, 304, 0, 0);
                return;
            }

            if (!response.IsSuccessStatusCode)
                throw new FeedException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            var bytes = await ReadLimitedAsync(response.Content, o.MaxBytes, timeout.Token);
            IReadOnlyList<SourceDocument> items;
            try
            {
                items = Feeds.SplitFeed(new SourceDocument(feed.Name, bytes) { ContentType = response.Content.Headers.ContentType?.MediaType });
            }
            catch (Exception e) when (e is System.Xml.XmlException or ArticleRejectedException)
            {
                // ArticleRejectedException: not text at all (binary bytes, NULs).
                throw new FeedException("not an RSS/Atom document: " + e.Message);
            }

            var ingested = 0;
            var failed = 0;
            foreach (var item in items)
            {
                try
                {
                    var result = await _pipeline.IngestAsync(item, Sources.Feed, feed.Name, ct);
                    if (result.Outcome is IngestOutcome.Stored or IngestOutcome.Updated or IngestOutcome.NearDuplicate or IngestOutcome.NotAnAlert)
                        ingested++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed++;
                    Log.FeedItemFailed(_logger, feed.Id, item.Name, e);
                }
            }

            // With an item not stored, keep the old validators: the next poll gets the whole feed again.
            var newTag = failed == 0 ? response.Headers.ETag?.ToString() : feed.ETag;
            var newModified = failed == 0 ? response.Content.Headers.LastModified?.ToString("R") : feed.LastModified;
            await _feeds.RecordFeedSuccessAsync(feed.Id, newTag, newModified, ingested, ct);
            Healthy(feed, "ok");
            Log.FeedPolled(_logger, feed.Id, feed.Name, (int)response.StatusCode, items.Count, ingested);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // Anything else left to Quartz would be logged by it and nothing more: no back-off, no health,
            // and `feeds` saying "not polled yet". A failure we did not foresee is logged with its stack.
            var foreseen = e is HttpRequestException or FeedException or IOException or OperationCanceledException;
            var error = e is OperationCanceledException ? $"timed out after {o.Timeout.TotalSeconds:F0} s" : foreseen ? e.Message : $"{e.GetType().Name}: {e.Message}";
            await RecordFailureAsync(feed, error, foreseen ? null : e, now, ct);
        }
    }

    private async Task RecordFailureAsync(FeedRecord feed, string error, Exception? exception, DateTimeOffset now, CancellationToken ct)
    {
        var o = _options.Value;
        DateTimeOffset next = default;
        int failures;
        try
        {
            failures = await _feeds.RecordFeedFailureAsync(feed.Id, error, n => next = now + Backoff(feed.Interval, n, o.MaxBackoff), ct);
        }
        catch (Exception storeError) when (!ct.IsCancellationRequested)
        {
            // The database is down too: the failure shows in the log; the next trigger tries the feed again.
            Log.FeedFailureNotRecorded(_logger, feed.Id, feed.Name, error, storeError);
            return;
        }

        _failures[feed.Name] = failures;
        Count(feed, "failed");
        Log.FeedFailed(_logger, feed.Id, feed.Name, failures, error, next, exception);
    }

    /// <summary>interval × 2^failures, capped, with ±10 % jitter so failing feeds do not retry in step.</summary>
    internal static TimeSpan Backoff(TimeSpan interval, int failures, TimeSpan max)
    {
        var ms = Math.Min(max.TotalMilliseconds, interval.TotalMilliseconds * Math.Pow(2, Math.Min(failures, 30)));
        return TimeSpan.FromMilliseconds(ms * (0.9 + (Random.Shared.NextDouble() * 0.2)));
    }

    private void Healthy(FeedRecord feed, string outcome)
    {
        _failures[feed.Name] = 0;
        Count(feed, outcome);
    }

    private void Count(FeedRecord feed, string outcome) =>
        _polls.Add(1, new KeyValuePair<string, object?>("feed", feed.Name), new KeyValuePair<string, object?>("outcome", outcome));

    private static async Task<byte[]> ReadLimitedAsync(HttpContent content, int max, CancellationToken ct)
    {
        if (content.Headers.ContentLength > max)
            throw new FeedException($"{content.Headers.ContentLength} bytes is over the {max}-byte limit (FeedPolling:MaxBytes)");
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[32 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max)
                throw new FeedException($"the feed is over the {max}-byte limit (FeedPolling:MaxBytes)");
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private sealed class FeedException(string message) : Exception(message);
}

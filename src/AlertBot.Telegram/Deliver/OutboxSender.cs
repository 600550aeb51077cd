using System.Collections.Concurrent;
using AlertBot.Core.Observe;
using AlertBot.Core.Render;
using AlertBot.Core.Route;
using AlertBot.Core.Understand;
using AlertBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Telegram.Deliver;

/// <summary>
/// Drains the outbox under Telegram's limits. State lives in the database, not here: a row is claimed
/// (leased) before it is sent and marked sent with Telegram's message id after, so a restart re-sends
/// nothing recorded as sent and forgets nothing pending.
/// </summary>
public sealed partial class OutboxSender(
    Outbox outbox,
    ChatStore chats,
    StoryStore storyStore,
    IInstanceCoordination instances,
    IMessageSink sink,
    SendPacer pacer,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    AlertBotMetrics metrics,
    ClusterNode node,
    RichMessageSupport richSupport,
    IOptions<StoriesOptions> stories,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan MaxIdle = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan BusyPoll = TimeSpan.FromMilliseconds(50);
    // The instance's id: on PostgreSQL the others tell from its liveness lock whether the rows it leased are orphaned.
    private readonly string _owner = node.Id;
    private readonly ConcurrentDictionary<long, Task> _running = new();

    // Cancelled only when a graceful stop has waited its grace period: a send Telegram may already have
    // accepted is not abandoned at the first sign of shutdown (that would turn it into an unknown outcome).
    private readonly CancellationTokenSource _abort = new();
    private int _inFlight;
    private readonly SentRecorder _recorder = new(outbox, logger);
    private readonly DeliveryCalls _calls = new(outbox, chats, sink, pacer, time, options, metrics, richSupport, logger);
    private AlertEditor? _editor;

    /// <summary>Edits of sent alerts (a story changed or was withdrawn); stateless, so a race building two is harmless.</summary>
    private AlertEditor Editor => _editor ??= new(outbox, storyStore, sink, _calls, time, richSupport, stories, metrics, logger);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        await RecoverAsync(ignoreLease: instances.SoleInstance, stoppingToken);
        var lastRecovery = time.GetUtcNow();
        DateTimeOffset? next = null;
        var nextAskedAt = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (time.GetUtcNow() - lastRecovery > TimeSpan.FromSeconds(30))
                {
                    await RecoverAsync(ignoreLease: false, stoppingToken);
                    lastRecovery = time.GetUtcNow();
                }

                var free = o.MaxConcurrentSends - Volatile.Read(ref _inFlight);
                IReadOnlyList<Delivery> claimed = [];
                if (free > 0)
                {
                    var started = time.GetTimestamp();
                    claimed = await outbox.ClaimDueAsync(_owner, Math.Min(free, o.MaxMessagesPerSecond * 2), Lease, o.PrivateChatInterval, o.GroupChatInterval, stoppingToken);
                    metrics.ClaimDuration.Record(time.GetElapsedTime(started).TotalSeconds);
                }

                if (claimed.Count > 0)
                {
                    var chatIds = claimed.Select(d => d.ChatId).Distinct().ToList();
                    var zones = await chats.GetTimeZonesAsync(chatIds, stoppingToken);
                    var formats = await chats.GetAlertFormatsAsync(chatIds, stoppingToken);
                    // Read per batch, not cached across batches: a story updated since the last batch renders its new version.
                    var articles = await storyStore.GetArticlesAsync(claimed.Where(d => d.Kind == DeliveryKind.Alert && d.ArticleId is not null).Select(d => d.ArticleId!.Value).Distinct().ToList(), stoppingToken);
                    foreach (var delivery in claimed)
                    {
                        Interlocked.Increment(ref _inFlight);
                        var zone = zones.GetValueOrDefault(delivery.ChatId);
                        var article = delivery.ArticleId is { } aid ? articles.GetValueOrDefault(aid)?.Understanding : null;
                        var rich = formats.GetValueOrDefault(delivery.ChatId, o.AlertFormat) == AlertFormat.Rich;
                        var task = Task.Run(() => RunOneAsync(delivery, zone, rich, article, stoppingToken, _abort.Token), CancellationToken.None);
                        _running[delivery.Id] = task;
                        _ = task.ContinueWith(_ => _running.TryRemove(delivery.Id, out var _), TaskScheduler.Default);
                    }

                    if (claimed.Count == free)
                        continue;
                }

                if (Volatile.Read(ref _inFlight) > 0)
                {
                    // Each finished send wakes this loop; the next due time (a query over every pending row)
                    // is only worth asking when nothing is in flight.
                    await signal.WaitAsync(BusyPoll, time, stoppingToken);
                    continue;
                }

                // Asked at most every BusyPoll: ingest wakes the sender for every new article, and with every chat
                // waiting out its interval each wake would otherwise ask again. A wake within BusyPoll of the last
                // answer claims (cheap) and sleeps until it may ask again, so nothing is late by more than BusyPoll.
                var now = time.GetUtcNow();
                var fresh = now - nextAskedAt >= BusyPoll;
                if (fresh)
                {
                    next = await outbox.NextDueAsync(stoppingToken);
                    nextAskedAt = now;
                }

                var wait = !fresh ? nextAskedAt + BusyPoll - now : next is null ? MaxIdle : next.Value - now;
                await signal.WaitAsync(wait > MaxIdle ? MaxIdle : wait, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                Log.SenderLoopFailed(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task RecoverAsync(bool ignoreLease, CancellationToken ct)
    {
        var policy = options.Value.UnknownOutcome;
        var count = await outbox.RecoverExpiredLeasesAsync(policy == UnknownOutcomePolicy.Resend, ignoreLease, ct);
        if (count > 0)
        {
            Log.LeasesRecovered(logger, count, policy);
            metrics.UnknownOutcomes.Add(count, new KeyValuePair<string, object?>("reason", "sender-stopped"));
        }
    }

    /// <summary>
    /// Stops claiming at once, lets sends already on the wire finish (up to the request timeout), and only
    /// then abandons what is left; rows not yet sent go back to pending, so a restart resends nothing twice.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        var grace = Task.Delay(options.Value.RequestTimeout + TimeSpan.FromSeconds(1), time, cancellationToken);
        await Task.WhenAny(Task.WhenAll(_running.Values), grace).ContinueWith(_ => { }, TaskScheduler.Default);
        await _abort.CancelAsync();
        // Sends that were answered are recorded before the process goes: otherwise they would count as unknown outcomes.
        await _recorder.DisposeAsync();
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    private async Task RunOneAsync(Delivery delivery, string? zone, bool rich, Understanding? article, CancellationToken stopping, CancellationToken abort)
    {
        using var scope = Log.DeliveryScope(logger, delivery.Id, delivery.ArticleId, delivery.ChatId);
        try
        {
            await SendAsync(delivery, zone, rich && sink.SupportsRich, article, stopping, abort);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // The grace period ran out mid-send: the outcome is unknown; the policy decides at the next start.
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopped before this row's next message went out: back to pending, nothing is lost or repeated.
            await TryAsync(() => outbox.RetryLaterAsync(delivery.Id, time.GetUtcNow(), "sender stopped before sending", unknownOutcome: false, countAttempt: false, ct: CancellationToken.None));
        }
        catch (Exception e)
        {
            Log.DeliveryFailed(logger, delivery.Id, delivery.ChatId, e);
            await TryAsync(() => outbox.RetryLaterAsync(delivery.Id, time.GetUtcNow() + AfterSend.Backoff(delivery.Attempts, Random.Shared.NextDouble()), Secrets.Redact(e.Message), unknownOutcome: false, ct: CancellationToken.None));
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            signal.Notify();
        }
    }

    private async Task SendAsync(Delivery delivery, string? zone, bool rich, Understanding? article, CancellationToken stopping, CancellationToken abort)
    {
        if (delivery.Kind == DeliveryKind.Edit)
        {
            await Editor.SendEditAsync(delivery, zone, rich, abort);
            return;
        }

        // A rich alert is one message; a row that already sent HTML parts (before a restart) finishes in HTML.
        if (rich && delivery.Kind == DeliveryKind.Alert && delivery.PartsSent == 0 && article is not null && richSupport.Available
            && await TrySendRichAsync(delivery, zone, article, stopping, abort))
            return;

        var parts = Render(delivery, zone, article);
        if (parts is null)
        {
            await outbox.DeadLetterAsync(delivery.Id, "the article is no longer stored", CancellationToken.None);
            return;
        }

        var ids = delivery.MessageIds is { Length: > 0 } m ? m.Split(',').ToList() : [];
        var interval = _calls.ChatInterval(delivery);
        for (var i = delivery.PartsSent; i < parts.Count; i++)
        {
            if (i > delivery.PartsSent)
                await Task.Delay(interval, time, stopping);
            var message = new OutgoingMessage(delivery.ChatId, parts[i], delivery.Silent, i == parts.Count - 1 ? delivery.ReplyMarkup : null)
            {
                ThreadId = delivery.ThreadId,
                // An alert shows its source's preview under its last part; a digest or a reply shows none.
                PreviewUrl = delivery.Kind == DeliveryKind.Alert && i == parts.Count - 1 ? AlertRenderer.SafeUrl(article?.Url) : null,
            };
            var result = await _calls.SendPartAsync(message, stopping, abort);
            if (result is SendResult.BadMarkup bad)
            {
                Log.MarkupRejected(logger, delivery.Id, delivery.ChatId, bad.Error);
                metrics.Deliveries.Add(1, DeliveryCalls.Tag("bad-markup"));
                result = await _calls.SendPartAsync(message with { Html = TelegramHtml.ToPlainText(message.Html), PlainText = true }, stopping, abort);
            }

            if (result is SendResult.Sent sent)
            {
                ids.Add(sent.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (i == 0 && delivery.PartsSent == 0 && delivery.Kind == DeliveryKind.Alert)
                    metrics.EndToEndLatency.Record((time.GetUtcNow() - delivery.Created).TotalSeconds);
                if (i < parts.Count - 1)
                    await outbox.RecordPartsAsync(delivery.Id, i + 1, string.Join(',', ids), CancellationToken.None);
                continue;
            }

            // The answer is in: record it whatever shutdown is doing.
            await _calls.HandleFailureAsync(delivery, result, CancellationToken.None);
            return;
        }

        await RecordSentAsync(delivery, parts.Count, string.Join(',', ids), interval);
    }

    private async Task RecordSentAsync(Delivery delivery, int parts, string messageIds, TimeSpan interval)
    {
        await _recorder.RecordAsync(new SentMark(delivery.Id, delivery.ChatId, parts, messageIds, interval));
        metrics.Deliveries.Add(1, DeliveryCalls.Tag("sent"));
        Log.DeliverySent(logger, delivery.Id, delivery.ArticleId, delivery.ChatId, messageIds, (long)(time.GetUtcNow() - delivery.Created).TotalMilliseconds);
    }

    private static IReadOnlyList<string>? Render(Delivery delivery, string? zone, Understanding? article)
    {
        if (delivery.Kind == DeliveryKind.Text)
            return MessageSplitter.Split(delivery.Payload ?? "");
        if (article is null)
            return null;
        var tz = zone is null || zone == "Etc/UTC" ? null : DeliveryCalls.FindZone(zone);
        return AlertRenderer.Render(article, tz, zone);
    }

    private static async Task TryAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception)
        {
            // The lease expires and the row is recovered; nothing more to do here.
        }
    }
}

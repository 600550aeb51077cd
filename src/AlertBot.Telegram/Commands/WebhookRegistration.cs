using System.Globalization;
using AlertBot.Core.Observe;
using AlertBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace AlertBot.Telegram.Commands;

/// <summary>
/// Webhook mode: at start, setWebhook with the URL, the shared secret, the explicit list of update kinds the bot
/// handles (my_chat_member included), max_connections and drop_pending_updates — again every few seconds until
/// Telegram takes it. Then getWebhookInfo every <see cref="CheckEvery"/>: its last delivery error is kept for health
/// and stored for the <c>status</c> verb. Every instance does this; setting the same webhook twice changes nothing.
/// </summary>
public sealed class WebhookRegistration(
    ITelegramBotClient bot,
    WebhookSecret secret,
    UpdateStore updates,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<WebhookRegistration> logger) : BackgroundService
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(1);

    /// <summary>A delivery error Telegram reports counts against health for this long after it happened.</summary>
    public static readonly TimeSpan RecentError = TimeSpan.FromMinutes(10);

    /// <summary>Whether setWebhook succeeded since start.</summary>
    public bool IsSet { get; private set; }

    /// <summary>Why setWebhook has not succeeded yet, when it has not.</summary>
    public string? SetError { get; private set; }

    /// <summary>The last getWebhookInfo answer, and when it came (one reference, so health reads it whole).</summary>
    public WebhookSnapshot? Last { get; private set; }

    /// <summary>The URL this instance set (<c>Telegram:WebhookUrl</c>).</summary>
    public string ExpectedUrl => options.Value.WebhookUrl ?? "";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var failures = 0;
        while (!IsSet && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                await bot.SetWebhook(
                    o.WebhookUrl!,
                    maxConnections: o.WebhookMaxConnections,
                    allowedUpdates: UpdatePoller.Wanted,
                    dropPendingUpdates: o.DropPendingUpdates,
                    secretToken: await secret.GetAsync(stoppingToken),
                    cancellationToken: stoppingToken);
                IsSet = true;
                SetError = null;
                Log.WebhookSet(logger, o.WebhookUrl!, o.WebhookMaxConnections);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures++;
                SetError = Secrets.Redact(e.Message);
                var delay = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(failures, 5))));
                Log.WebhookSetFailed(logger, SetError, delay.TotalSeconds);
                await Task.Delay(delay, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await CheckAsync(stoppingToken);
            await Task.Delay(CheckEvery, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Asks getWebhookInfo now; failures are logged and leave the last answer in place.</summary>
    public async Task CheckAsync(CancellationToken ct)
    {
        try
        {
            var info = await bot.GetWebhookInfo(ct);
            Last = new WebhookSnapshot(info, time.GetUtcNow());
            await updates.SetWebhookStatusAsync(Describe(info, options.Value.WebhookUrl), ct);
            if (info.LastErrorMessage is { } error && info.LastErrorDate is { } at && time.GetUtcNow() - at < CheckEvery + CheckEvery)
                Log.WebhookDeliveryError(logger, at, error, info.PendingUpdateCount);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            Log.WebhookInfoFailed(logger, Secrets.Redact(e.Message));
        }
    }

    /// <summary>One line for <c>status</c>: the URL Telegram has, what is waiting, and Telegram's last delivery error.</summary>
    public static string Describe(WebhookInfo info, string? expectedUrl)
    {
        var url = info.Url.Length == 0 ? "(none set)" : info.Url;
        var line = string.Create(CultureInfo.InvariantCulture, $"webhook {url}, {info.PendingUpdateCount} pending at Telegram, max_connections {info.MaxConnections?.ToString(CultureInfo.InvariantCulture) ?? "-"}");
        if (expectedUrl is not null && !string.Equals(info.Url, expectedUrl, StringComparison.Ordinal))
            line += $"; NOT the configured {expectedUrl}";
        line += info.LastErrorMessage is { } error
            ? string.Create(CultureInfo.InvariantCulture, $"; last delivery error {info.LastErrorDate:u}: {error}")
            : "; no delivery errors";
        return Secrets.Redact(line);
    }
}

/// <summary>One getWebhookInfo answer and when it came.</summary>
public sealed record WebhookSnapshot(WebhookInfo Info, DateTimeOffset At);

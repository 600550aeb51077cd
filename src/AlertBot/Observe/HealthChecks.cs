using AlertBot.Core.Observe;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Quartz;
using Telegram.Bot;

namespace AlertBot.Observe;

/// <summary>
/// Telegram answers <c>getMe</c> with this token. The answer is cached for <see cref="HealthOptions.TelegramCheckInterval"/>
/// so that a probe every few seconds costs Telegram one call per interval. Without a token (console mode) there is
/// nothing to check.
/// </summary>
internal sealed class TelegramHealthCheck(IServiceProvider services, IOptions<HealthOptions> options, TimeProvider time) : IHealthCheck, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private HealthCheckResult _last;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (services.GetService<ITelegramBotClient>() is not { } bot)
            return HealthCheckResult.Healthy("no bot token: alerts go to the console");

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var o = options.Value;
            if (time.GetUtcNow() - _checkedAt < o.TelegramCheckInterval)
                return _last;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(o.TelegramTimeout);
            try
            {
                var me = await bot.GetMe(timeout.Token);
                _last = services.GetService<AlertBot.Telegram.Commands.WebhookRegistration>() is { } webhook
                    ? await WebhookHealthAsync(webhook, me.Username, timeout.Token)
                    : HealthCheckResult.Healthy($"@{me.Username}");
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The exception text of a failed request can hold the request URL, and with it the token.
                _last = HealthCheckResult.Unhealthy("Telegram Bot API unreachable: " + Secrets.Redact(e.Message));
            }

            _checkedAt = time.GetUtcNow();
            return _last;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Webhook mode: Telegram must have the webhook, and its last delivery error (getWebhookInfo's last_error_message)
    /// shows here while it is recent — Telegram then holds the updates it could not deliver.
    /// </summary>
    private async Task<HealthCheckResult> WebhookHealthAsync(AlertBot.Telegram.Commands.WebhookRegistration webhook, string? username, CancellationToken ct)
    {
        if (!webhook.IsSet)
            return HealthCheckResult.Unhealthy($"@{username}: setWebhook has not succeeded yet: {webhook.SetError ?? "still trying"}");
        await webhook.CheckAsync(ct);
        if (webhook.Last is not { Info: var info })
            return HealthCheckResult.Degraded($"@{username}: webhook set; getWebhookInfo has not answered yet");
        var line = AlertBot.Telegram.Commands.WebhookRegistration.Describe(info, webhook.ExpectedUrl);
        if (info.Url.Length == 0)
            return HealthCheckResult.Unhealthy($"@{username}: Telegram has no webhook for the bot (another process removed it, or runs in polling mode?)");
        if (!string.Equals(info.Url, webhook.ExpectedUrl, StringComparison.Ordinal))
            return HealthCheckResult.Unhealthy($"@{username}: {line}");
        return info.LastErrorDate is { } at && time.GetUtcNow() - at < AlertBot.Telegram.Commands.WebhookRegistration.RecentError
            ? HealthCheckResult.Degraded($"@{username}: {line}")
            : HealthCheckResult.Healthy($"@{username}: {line}");
    }

    public void Dispose() => _gate.Dispose();
}

/// <summary>Quartz runs: the scheduler has started and is neither in standby nor shut down.</summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy($"{scheduler.SchedulerName} running")
            : HealthCheckResult.Unhealthy($"scheduler {scheduler.SchedulerName} is {status}, not running");
    }
}

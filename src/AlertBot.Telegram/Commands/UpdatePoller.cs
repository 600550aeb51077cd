using AlertBot.Core.Observe;
using AlertBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace AlertBot.Telegram.Commands;

/// <summary>
/// The one long-poller for the bot token (polling mode). The offset lives in the database and moves in the same
/// transaction as each update's effect, so a restart neither loses nor repeats a command. With several
/// instances it polls only while it holds the <see cref="PollerLeadership"/>, and reads the offset again
/// each time it takes over. A webhook left set (the bot ran in webhook mode before) makes getUpdates fail with 409,
/// so it is removed first.
/// </summary>
public sealed class UpdatePoller(
    ITelegramBotClient bot,
    UpdateApplier applier,
    ChatStore chats,
    UpdateStore updates,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    PollerLeadership leadership,
    ILogger<UpdatePoller> logger) : BackgroundService
{
    private (int UpdateId, int Attempts) _failedUpdate;

    /// <summary>Every update kind the handler acts on, asked for explicitly: Telegram leaves chat_member out by default and otherwise keeps the last list it was given.</summary>
    public static readonly UpdateType[] Wanted =
        [UpdateType.Message, UpdateType.ChannelPost, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    private bool _webhookRemoved;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var lead = await leadership.AcquireAsync(stoppingToken);
                using var polling = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lead.Lost);
                await RemoveWebhookAsync(polling.Token);
                await PollAsync(polling.Token);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                Log.PollFailed(logger, Secrets.Redact(e.Message), 1);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>deleteWebhook once per start (a failure is thrown to the loop above, which tries again in a second).</summary>
    private async Task RemoveWebhookAsync(CancellationToken ct)
    {
        if (_webhookRemoved)
            return;
        await bot.DeleteWebhook(options.Value.DropPendingUpdates, ct);
        await updates.SetWebhookStatusAsync(null, ct);
        _webhookRemoved = true;
        Log.WebhookRemoved(logger);
    }

    /// <summary>Polls until <paramref name="stoppingToken"/> fires (shutdown or lost leadership).</summary>
    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var offset = await chats.GetUpdateOffsetAsync(stoppingToken);
        Log.PollerStarted(logger, offset);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = await bot.GetUpdates((int)offset, 100, options.Value.PollTimeoutSeconds, Wanted, stoppingToken);
                failures = 0;
                foreach (var update in batch)
                {
                    var effect = await applier.HandleAsync(update, stoppingToken);
                    // The offset moves only with the effect's commit: if the database refuses, the update is
                    // fetched and handled again after the back-off below, not confirmed to Telegram and lost.
                    await ApplyAsync(update.Id, effect, stoppingToken);
                    offset = update.Id + 1L;
                    await applier.AfterCommitAsync(effect, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                failures++;
                var delay = e is ApiRequestException { ErrorCode: 429, Parameters.RetryAfter: { } after }
                    ? TimeSpan.FromSeconds(after)
                    : TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(failures, 5))) / 2);
                Log.PollFailed(logger, Secrets.Redact(e.Message), delay.TotalSeconds);
                await Task.Delay(delay, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>
    /// Commits the update's effect with the next offset. A failure is thrown to the poll loop (which backs off and
    /// fetches the same updates again); after <see cref="UpdateApplier.MaxApplyAttempts"/> failures of one update its effect is
    /// dropped and only the offset moves, so one update the database always refuses cannot stop every later command.
    /// </summary>
    private async Task ApplyAsync(int updateId, UpdateEffect effect, CancellationToken ct)
    {
        var receipt = UpdateReceipt.Offset(updateId + 1L);
        try
        {
            await applier.CommitAsync(receipt, effect, ct);
            _failedUpdate = (0, 0);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var attempts = _failedUpdate.UpdateId == updateId ? _failedUpdate.Attempts + 1 : 1;
            _failedUpdate = (updateId, attempts);
            if (attempts < UpdateApplier.MaxApplyAttempts)
                throw;
            await applier.DropAsync(receipt, updateId, attempts, e, ct);
            _failedUpdate = (0, 0);
        }
    }
}

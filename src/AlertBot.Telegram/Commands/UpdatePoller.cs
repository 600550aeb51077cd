using AlertBot.Core.Observe;
using AlertBot.Storage;
using AlertBot.Telegram.Deliver;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace AlertBot.Telegram.Commands;

/// <summary>
/// The one long-poller for the bot token. The offset lives in the database and moves in the same
/// transaction as each update's effect, so a restart neither loses nor repeats a command. With several
/// instances it polls only while it holds the <see cref="PollerLeadership"/>, and reads the offset again
/// each time it takes over.
/// </summary>
public sealed class UpdatePoller(
    ITelegramBotClient bot,
    CommandHandler handler,
    ChatStore chats,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    AlertBotMetrics metrics,
    IEnumerable<IChatSettingsListener> listeners,
    PollerLeadership leadership,
    ILogger<UpdatePoller> logger) : BackgroundService
{
    /// <summary>How often one update's effect may fail to commit before it is dropped.</summary>
    private const int MaxApplyAttempts = 5;

    private (int UpdateId, int Attempts) _failedUpdate;

    private static readonly UpdateType[] Wanted =
        [UpdateType.Message, UpdateType.ChannelPost, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var lead = await leadership.AcquireAsync(stoppingToken);
                using var polling = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lead.Lost);
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
                var updates = await bot.GetUpdates((int)offset, 100, options.Value.PollTimeoutSeconds, Wanted, stoppingToken);
                failures = 0;
                foreach (var update in updates)
                {
                    UpdateEffect effect;
                    try
                    {
                        effect = await handler.HandleAsync(update, stoppingToken);
                        metrics.CommandsHandled.Add(1, new KeyValuePair<string, object?>("type", update.Type.ToString()));
                        Log.UpdateHandled(logger, update.Id, update.Type.ToString());
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // A poison update must not block every later command: log it and move past it.
                        Log.UpdateFailed(logger, update.Id, e);
                        effect = UpdateEffect.None;
                    }

                    // The offset moves only with the effect's commit: if the database refuses, the update is
                    // fetched and handled again after the back-off below, not confirmed to Telegram and lost.
                    await ApplyAsync(update.Id, effect, stoppingToken);
                    offset = update.Id + 1L;
                    if (effect.Replies.Count > 0)
                        signal.Notify();
                    if (effect.Cleanup is { } cleanup)
                        await DeleteCommandAsync(cleanup, stoppingToken);
                    if (effect.Chat is { } changed)
                    {
                        foreach (var listener in listeners)
                            await listener.ChatChangedAsync(changed, stoppingToken);
                    }
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
    /// fetches the same updates again); after <see cref="MaxApplyAttempts"/> failures of one update its effect is
    /// dropped and only the offset moves, so one update the database always refuses cannot stop every later command.
    /// </summary>
    private async Task ApplyAsync(int updateId, UpdateEffect effect, CancellationToken ct)
    {
        try
        {
            await chats.ApplyCommandAsync(updateId + 1L, effect.Chat, effect.Target, effect.Replies, ct);
            _failedUpdate = (0, 0);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var attempts = _failedUpdate.UpdateId == updateId ? _failedUpdate.Attempts + 1 : 1;
            _failedUpdate = (updateId, attempts);
            if (attempts < MaxApplyAttempts)
                throw;
            Log.UpdateDropped(logger, updateId, attempts, e);
            await chats.ApplyCommandAsync(updateId + 1L, null, null, [], ct);
            _failedUpdate = (0, 0);
        }
    }

    /// <summary>
    /// Removes a handled command from a channel. Best effort: without the right to delete, or after a restart
    /// that handles nothing twice but may delete twice, Telegram's refusal changes nothing.
    /// </summary>
    private async Task DeleteCommandAsync(MessageToDelete message, CancellationToken ct)
    {
        try
        {
            await bot.DeleteMessage(message.ChatId, message.MessageId, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.CommandNotDeleted(logger, message.ChatId, message.MessageId, Secrets.Redact(e.Message));
        }
    }
}

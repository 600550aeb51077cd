using AlertBot.Core.Observe;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace AlertBot.Telegram.Commands;

/// <summary>Publishes <see cref="BotCommandList"/> once at start; a failure is logged and retried a few times, never fatal.</summary>
public sealed class BotCommandsPublisher(ITelegramBotClient bot, TimeProvider time, ILogger<BotCommandsPublisher> logger) : BackgroundService
{
    private const int Attempts = 5;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; attempt <= Attempts && !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await bot.SetMyCommands(CommandTable.Menu, cancellationToken: stoppingToken);
                Log.BotCommandsPublished(logger, CommandTable.Menu.Count);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                Log.BotCommandsFailed(logger, attempt, Secrets.Redact(e.Message));
                await Task.Delay(TimeSpan.FromSeconds(5 * attempt), time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}

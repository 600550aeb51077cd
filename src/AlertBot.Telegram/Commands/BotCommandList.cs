using AlertBot.Core.Observe;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace AlertBot.Telegram.Commands;

/// <summary>The commands Telegram clients offer in their "/" menu, published with setMyCommands at start.</summary>
public static class BotCommandList
{
    public static IReadOnlyList<BotCommand> All { get; } =
    [
        new("start", "Start getting flash alerts"),
        new("topics", "Topics to follow, with buttons"),
        new("subscribe", "Follow a topic: /subscribe ukraine"),
        new("unsubscribe", "Stop a topic: /unsubscribe ukraine"),
        new("keywords", "Also get alerts mentioning words: /keywords add drone"),
        new("exclude", "Never get alerts mentioning words: /exclude add football"),
        new("near", "Alerts near a place: /near Kharkiv 50"),
        new("mode", "instant, or digest HH:MM"),
        new("timezone", "Your IANA time zone: /timezone Europe/Kyiv"),
        new("quiet", "Quiet hours: /quiet 23:00-07:00, /quiet off"),
        new("format", "Alert format: /format rich or /format classic"),
        new("status", "What this chat gets"),
        new("channels", "Channels and groups you can configure from here"),
        new("use", "Configure a channel from here: /use @channel, /use here"),
        new("stop", "Stop all alerts"),
        new("help", "How to use AlertBot"),
    ];
}

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
                await bot.SetMyCommands(BotCommandList.All, cancellationToken: stoppingToken);
                Log.BotCommandsPublished(logger, BotCommandList.All.Count);
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

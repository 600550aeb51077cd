using AlertBot.Core.Observe;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using AlertBot.Telegram.MiniApp;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace AlertBot.Telegram.Commands;

/// <summary>
/// Publishes the bot's menus once at start: the "/" list (<see cref="CommandTable.Menu"/>, setMyCommands) and, when the
/// settings page is on (<c>MiniApp:PublicUrl</c>), the menu button that opens it (setChatMenuButton with a web_app).
/// With the page off the menu button is left as it is: an operator may have set one with BotFather. A failure is
/// logged and retried a few times, never fatal.
/// </summary>
public sealed class BotCommandsPublisher(ITelegramBotClient bot, TimeProvider time, ILogger<BotCommandsPublisher> logger, IOptions<MiniAppOptions>? miniApp = null) : BackgroundService
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
                if (miniApp?.Value is { Enabled: true } app)
                {
                    await bot.SetChatMenuButton(menuButton: MenuButton(app), cancellationToken: stoppingToken);
                    Log.MenuButtonPublished(logger, app.PageUrl()!);
                }
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

    /// <summary>The menu button: a web_app opening the settings page.</summary>
    internal static MenuButtonWebApp MenuButton(MiniAppOptions app) =>
        new() { Text = app.MenuButtonText, WebApp = new WebAppInfo { Url = app.PageUrl()! } };
}

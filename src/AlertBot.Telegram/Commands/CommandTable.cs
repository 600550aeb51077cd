using AlertBot.Core.Route;
using Telegram.Bot.Types;

namespace AlertBot.Telegram.Commands;

/// <summary>Who may run a command in a group or channel (in a private chat its user may run them all).</summary>
public enum CommandAccess
{
    /// <summary>Anyone: it only shows.</summary>
    Reads,

    /// <summary>Anyone without arguments (it shows); with them it changes the chat, so admins only.</summary>
    ReadsWithoutArguments,

    /// <summary>Admins only: it changes the chat's settings.</summary>
    Changes,

    /// <summary>/channels and /use: choose the chat a private chat configures; they check rights themselves.</summary>
    Targets,
}

/// <summary>A command as it is typed: the chat it applies to, its words, the forum thread it came from.</summary>
/// <param name="Targeted">The chat is one chosen with /use from a private chat, not the chat the command was sent in.</param>
public sealed record CommandCall(ChatSettings Chat, string[] Args, int? Thread, bool Targeted);

/// <summary>One bot command: its name, its line in Telegram's "/" menu, who may run it, its lines in /help, and what it does.</summary>
/// <param name="HelpOrder">Its place in /help (0: not listed there).</param>
/// <param name="ForSelectedChat">Whether it applies to the chat a private chat chose with /use (not /start and /help: they are the private chat's own).</param>
/// <param name="Run">What it does to the chat's settings and what it answers; null for <see cref="CommandAccess.Targets"/>, which the handler runs.</param>
public sealed record CommandEntry(
    string Name,
    string Menu,
    CommandAccess Access,
    int HelpOrder,
    string[] Help,
    Func<SettingsCommands, CommandCall, CancellationToken, Task<(ChatSettings Chat, string Html, string? Markup)>>? Run,
    bool ForSelectedChat = true);

/// <summary>
/// The bot's commands, in the order of Telegram's "/" menu. <see cref="Menu"/> (published with setMyCommands),
/// <see cref="HelpText"/> (/help) and the dispatcher (<see cref="CommandHandler"/>, through <see cref="Find"/>) are all
/// made from it, so a command added here is offered, explained and run.
/// </summary>
public static class CommandTable
{
    private static Task<(ChatSettings, string, string?)> Done((ChatSettings, string, string?) result) => Task.FromResult(result);

    public static IReadOnlyList<CommandEntry> All { get; } =
    [
        new("start", "Start getting flash alerts", CommandAccess.Changes, 0, [],
            async (s, c, ct) => await s.StartSettingsAsync(c.Chat, c.Args, ct) ?? s.Start(c.Chat), ForSelectedChat: false),
        new("topics", "Topics to follow, with buttons", CommandAccess.Reads, 1, ["/topics — topics you can follow (tap to toggle)"],
            (s, c, _) => Done(c.Args.Length > 0
                ? (c.Chat, s.TopicSearchText(c.Chat, string.Join(' ', c.Args)), null)
                : (c.Chat, s.TopicsText(c.Chat), s.TopicKeyboardJson(c.Chat, c.Targeted)))),
        new("subscribe", "Follow a topic: /subscribe ukraine", CommandAccess.Changes, 2,
            ["/subscribe &lt;topic|all&gt; — follow a topic, e.g. <code>/subscribe ukraine</code>"], (s, c, _) => Done(s.Subscribe(c.Chat, c.Args, add: true, c.Thread))),
        new("unsubscribe", "Stop a topic: /unsubscribe ukraine", CommandAccess.Changes, 3,
            ["/unsubscribe &lt;topic|all&gt; — stop following"], (s, c, _) => Done(s.Subscribe(c.Chat, c.Args, add: false, c.Thread))),
        new("keywords", "Also get alerts mentioning words: /keywords add drone", CommandAccess.ReadsWithoutArguments, 7,
            ["/keywords add &lt;word, phrase…&gt; — also get alerts that mention these; <code>/keywords remove</code>, <code>/keywords clear</code>"],
            (_, c, _) => Done(SettingsCommands.Keywords(c.Chat, c.Args, exclude: false))),
        new("exclude", "Never get alerts mentioning words: /exclude add football", CommandAccess.ReadsWithoutArguments, 8,
            ["/exclude add &lt;word, phrase…&gt; — never get alerts that mention these; <code>/exclude remove</code>, <code>/exclude clear</code>"],
            (_, c, _) => Done(SettingsCommands.Keywords(c.Chat, c.Args, exclude: true))),
        new("near", "Alerts near a place: /near Kharkiv 50", CommandAccess.ReadsWithoutArguments, 9,
            ["/near &lt;place&gt; &lt;km&gt; — also get alerts from within that distance, e.g. <code>/near Kharkiv 50</code>; <code>/near</code> lists, <code>/near off</code> clears; or share your location with me"],
            (_, c, _) => Done(NearCommand.Near(c.Chat, c.Args))),
        new("mode", "instant, or digest HH:MM", CommandAccess.Changes, 4,
            ["/mode instant — each alert at once", "/mode digest HH:MM — one digest a day at that local time"], (_, c, _) => Done(SettingsCommands.Mode(c.Chat, c.Args))),
        new("timezone", "Your IANA time zone: /timezone Europe/Kyiv", CommandAccess.Changes, 5,
            ["/timezone &lt;IANA zone&gt; — e.g. <code>/timezone Europe/Kyiv</code>"], (_, c, _) => Done(SettingsCommands.TimeZone(c.Chat, c.Args))),
        new("quiet", "Quiet hours: /quiet 23:00-07:00, /quiet off", CommandAccess.Changes, 6,
            ["/quiet HH:MM-HH:MM [silent] — hold (or silence) alerts overnight; <code>/quiet off</code>"], (_, c, _) => Done(SettingsCommands.Quiet(c.Chat, c.Args))),
        new("format", "Alert format: /format rich or /format classic", CommandAccess.ReadsWithoutArguments, 10,
            ["/format rich|classic — alerts as rich messages (table of key times, map) or as classic text"], (s, c, _) => Done(s.Format(c.Chat, c.Args))),
        new("status", "What this chat gets", CommandAccess.Reads, 11, ["/status — what this chat gets"],
            async (s, c, ct) => (c.Chat, await s.StatusAsync(c.Chat, ct), null)),
        new("settings", "Settings page: topics, digest, time zone", CommandAccess.Reads, 14,
            ["/settings — everything above on one page (opens in Telegram)"], (s, c, ct) => s.SettingsAsync(c.Chat, c.Targeted, ct)),
        new("channels", "Channels and groups you can configure from here", CommandAccess.Targets, 13,
            ["/channels — channels and groups you admin, to configure from here; <code>/use &lt;id|@name|title&gt;</code>, <code>/use here</code>"], null),
        new("use", "Configure a channel from here: /use @channel, /use here", CommandAccess.Targets, 0, [], null),
        new("stop", "Stop all alerts", CommandAccess.Changes, 12, ["/stop — stop all alerts"], (_, c, _) => Done(SettingsCommands.Stop(c.Chat))),
        new("help", "How to use AlertBot", CommandAccess.Reads, 0, [], (_, c, _) => Done((c.Chat, HelpText, null)), ForSelectedChat: false),
    ];

    private static readonly Dictionary<string, CommandEntry> ByName = All.ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>The command of that (lower-case) name, or null.</summary>
    public static CommandEntry? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>Telegram's "/" menu, in table order.</summary>
    public static IReadOnlyList<BotCommand> Menu { get; } = [.. All.Select(c => new BotCommand(c.Name, c.Menu))];

    /// <summary>/help: each command's lines in their help order, between what the bot is and what else it understands.</summary>
    public static string HelpText => Help.Value;

    private static readonly Lazy<string> Help = new(() => string.Join('\n',
    [
        "<b>AlertBot</b> sends flash news alerts with their key times in UTC.",
        "",
        .. All.Where(c => c.HelpOrder > 0).OrderBy(c => c.HelpOrder).SelectMany(c => c.Help),
        "",
        "Any town, region or sea is a topic too: <code>/subscribe goma</code>, <code>/subscribe red-sea</code>; <code>/topics kivu</code> searches them.",
        "In a forum group, <code>/subscribe africa</code> sent inside a topic thread sends Africa alerts to that thread.",
    ]));

    /// <summary>Whether the command, with these words, only shows (anyone may run it) rather than changes the chat.</summary>
    public static bool OnlyShows(CommandEntry? command, string[] args) =>
        command?.Access is CommandAccess.Reads || (command?.Access is CommandAccess.ReadsWithoutArguments && args.Length == 0);
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AlertBot.TestBotApi;

/// <summary>
/// A strict stand-in for api.telegram.org on 127.0.0.1, driven by the real Telegram.Bot client. It keeps a
/// small world (chats, members, messages, queued updates), rejects what Telegram rejects with Telegram's
/// error JSON, enforces flood limits when asked, and injects the faults Telegram produces.
/// </summary>
public sealed partial class TestBotApiServer : IAsyncDisposable
{
    /// <summary>Shaped like a real token: bot id, colon, 35 characters.</summary>
    public const string DefaultToken = "1234567:AAFtestBotApiServer_AlertBot-local1";

    private readonly TestBotApiOptions _options;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string Name, Handler Run)> _methods;
    private readonly FloodLimits _flood;

    // The world, guarded by _gate.
    private readonly Dictionary<long, TestChat> _chats = [];
    private readonly Dictionary<long, string> _users = [];
    private readonly HashSet<long> _blockedBy = [];
    private readonly HashSet<long> _deactivated = [];
    private readonly List<SentMessage> _sent = [];
    private readonly List<EditedMessage> _edits = [];
    private readonly List<DeletedMessage> _deleted = [];
    private readonly List<AnsweredCallback> _answered = [];
    private readonly Dictionary<string, long> _pendingCallbacks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<BotCommandEntry>> _commands = new(StringComparer.Ordinal);
    private readonly List<PendingUpdate> _updates = [];
    private HashSet<string>? _allowedUpdates;
    private ActivePoll? _activePoll;
    private int _lastUpdateId;
    private long _lastCallbackId = 4_000_000_000_000_000;
    private TaskCompletionSource _changed = NewSignal();

    private WebApplication? _app;

    private delegate Task<JsonNode> Handler(BotArgs args, HttpContext http);

    private TestBotApiServer(TestBotApiOptions options)
    {
        _options = options;
        _time = options.TimeProvider;
        _flood = new FloodLimits(options);
        Token = options.Token ?? DefaultToken;
        var colon = Token.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || !long.TryParse(Token.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var botId))
            throw new ArgumentException("A bot token starts with the bot id and a colon.", nameof(options));
        BotId = botId;
        BotUsername = options.BotUsername;
        _lastUpdateId = options.FirstUpdateId - 1;
        _methods = MethodTable();
    }

    public static async Task<TestBotApiServer> StartAsync(TestBotApiOptions? options = null, CancellationToken ct = default)
    {
        var server = new TestBotApiServer(options ?? new TestBotApiOptions());
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // No config file watchers: tests start many servers.
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        server._options.ConfigureLogging?.Invoke(builder.Logging);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));

        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync(ct);
        server._app = app;

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.TrimEnd('/');
        return server;
    }

    /// <summary>"http://127.0.0.1:PORT" — pass it as Telegram.Bot's baseUrl.</summary>
    public string BaseUrl { get; private set; } = "";

    public string Token { get; }

    public long BotId { get; }

    public string BotUsername { get; }

    public ServerStats Stats { get; } = new();

    public FaultInjector Faults { get; } = new();

    // ---- world ----

    /// <summary>A user who has started the bot. The chat id is the user id.</summary>
    public TestChat AddPrivateChat(long userId, string firstName = "User")
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(userId);
        lock (_gate)
        {
            _users[userId] = firstName;
            if (_chats.TryGetValue(userId, out var existing))
                return existing;
            var chat = new TestChat(userId, "private", null, firstName, isForum: false);
            chat.Members[userId] = "member";
            chat.Members[BotId] = "member";
            _chats[userId] = chat;
            return chat;
        }
    }

    /// <summary>A group (negative id) with the bot as an ordinary member.</summary>
    public TestChat AddGroup(long chatId, string title, bool supergroup = true, bool isForum = false)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(chatId, 0);
        if (isForum && !supergroup)
            throw new ArgumentException("Only supergroups can be forums.", nameof(isForum));
        return AddChat(new TestChat(chatId, supergroup ? "supergroup" : "group", title, null, isForum), botStatus: "member");
    }

    /// <summary>A channel (negative id) with the bot as administrator, which it must be to post.</summary>
    public TestChat AddChannel(long chatId, string title, string? username = null)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(chatId, 0);
        return AddChat(new TestChat(chatId, "channel", title, null, isForum: false) { Username = username }, botStatus: "administrator");
    }

    /// <summary>Creates a topic in a forum supergroup and returns its message_thread_id.</summary>
    public int AddForumTopic(long chatId, string name)
    {
        lock (_gate)
        {
            var chat = WorldChat(chatId);
            if (!chat.IsForum)
                throw new InvalidOperationException($"{chat} is not a forum.");
            var id = ++chat.LastMessageId;
            chat.Messages[id] = new StoredMessage { Id = id, ChatId = chatId, Text = name, Date = UnixNow(), ThreadId = id };
            chat.Topics.Add(id);
            return id;
        }
    }

    /// <summary>Sets a member's status: "creator", "administrator", "member", "restricted", "left" or "kicked". Use <see cref="BotId"/> for the bot.</summary>
    public void SetMember(long chatId, long userId, string status)
    {
        if (status is not ("creator" or "administrator" or "member" or "restricted" or "left" or "kicked"))
            throw new ArgumentOutOfRangeException(nameof(status), status, "Not a chat member status.");
        lock (_gate)
        {
            var chat = WorldChat(chatId);
            chat.Members[userId] = status;
            if (userId != BotId)
                _users.TryAdd(userId, "User");
            Pulse();
        }
    }

    /// <summary>The user blocked the bot: sends to their private chat fail with 403.</summary>
    public void BlockBy(long userId)
    {
        lock (_gate)
        {
            _blockedBy.Add(userId);
            Pulse();
        }
    }

    public void UnblockBy(long userId)
    {
        lock (_gate)
        {
            _blockedBy.Remove(userId);
            Pulse();
        }
    }

    /// <summary>The user deleted their account: sends fail with 403 "Forbidden: user is deactivated".</summary>
    public void DeactivateUser(long userId)
    {
        lock (_gate)
        {
            _deactivated.Add(userId);
            Pulse();
        }
    }

    /// <summary>The bot was removed from a group or channel (for a private chat: the user blocked it).</summary>
    public void KickBotFrom(long chatId)
    {
        lock (_gate)
        {
            var chat = WorldChat(chatId);
            if (chat.IsPrivate)
                _blockedBy.Add(chatId);
            else
                chat.Members[BotId] = "kicked";
            Pulse();
        }
    }

    /// <summary>Upgrades a basic group: the old id answers 400 with migrate_to_chat_id, the new supergroup keeps title and members.</summary>
    public TestChat MigrateGroup(long groupId, long newSupergroupId)
    {
        lock (_gate)
        {
            var group = WorldChat(groupId);
            if (group.Type != "group")
                throw new InvalidOperationException($"{group} is not a basic group.");
            var supergroup = new TestChat(newSupergroupId, "supergroup", group.Title, null, isForum: false);
            foreach (var (user, status) in group.Members)
                supergroup.Members[user] = status;
            _chats.Add(newSupergroupId, supergroup);
            group.MigratedTo = newSupergroupId;
            Pulse();
            return supergroup;
        }
    }

    // ---- incoming updates ----

    /// <summary>
    /// A user writes <paramref name="text"/> (a channel post when the chat is a channel). Commands get
    /// bot_command entities as Telegram sets them. Returns the update_id.
    /// </summary>
    public int SendText(long chatId, long fromUserId, string text, int? messageThreadId = null)
    {
        lock (_gate)
        {
            var chat = WorldChat(chatId);
            if (messageThreadId is { } thread)
            {
                if (!chat.IsForum)
                    throw new InvalidOperationException($"{chat} is not a forum; it has no message threads.");
                chat.Topics.Add(thread);
            }

            return Post(chat, fromUserId, id => new StoredMessage
            {
                Id = id,
                ChatId = chatId,
                FromUserId = chat.IsChannel ? null : fromUserId,
                Text = text,
                Entities = CommandEntities(text),
                ThreadId = messageThreadId,
                Date = UnixNow(),
            });
        }
    }

    /// <summary>
    /// A user shares a location (a <c>location</c> message; a channel post when the chat is a channel), shaped as
    /// Telegram's Location object: <paramref name="latitude"/> -90..90, <paramref name="longitude"/> -180..180,
    /// <paramref name="horizontalAccuracy"/> 0..1500 m; a live location has <paramref name="livePeriod"/> (60..86400 s,
    /// or 0x7FFFFFFF for "until stopped"), and only a live one a <paramref name="heading"/> (1..360°) and a
    /// <paramref name="proximityAlertRadius"/> (1..100000 m). Values Telegram never sends are refused. The message has
    /// no text. Returns the update_id.
    /// </summary>
    public int SendLocation(
        long chatId, long fromUserId, double latitude, double longitude,
        double? horizontalAccuracy = null, int? livePeriod = null, int? heading = null, int? proximityAlertRadius = null)
    {
        Require(latitude is >= -90 and <= 90, nameof(latitude), "-90 to 90");
        Require(longitude is >= -180 and <= 180, nameof(longitude), "-180 to 180");
        Require(horizontalAccuracy is null or (>= 0 and <= 1500), nameof(horizontalAccuracy), "0-1500 metres");
        Require(livePeriod is null or (>= 60 and <= 86400) or SharedLocation.Indefinitely, nameof(livePeriod), "60-86400 seconds, or 0x7FFFFFFF");
        Require(heading is null || (livePeriod is not null && heading is >= 1 and <= 360), nameof(heading), "1-360 degrees, and only for a live location");
        Require(proximityAlertRadius is null || (livePeriod is not null && proximityAlertRadius is >= 1 and <= 100000), nameof(proximityAlertRadius), "1-100000 metres, and only for a live location");
        var location = new SharedLocation(latitude, longitude, horizontalAccuracy, livePeriod, heading, proximityAlertRadius);
        lock (_gate)
        {
            var chat = WorldChat(chatId);
            return Post(chat, fromUserId, id => new StoredMessage
            {
                Id = id,
                ChatId = chatId,
                FromUserId = chat.IsChannel ? null : fromUserId,
                Text = "",
                Location = location,
                Date = UnixNow(),
            });
        }
    }

    /// <summary>A user's message (a channel post in a channel) joins the chat's history and its update is queued. Call under the lock.</summary>
    private int Post(TestChat chat, long fromUserId, Func<int, StoredMessage> create)
    {
        if (!chat.IsChannel)
        {
            _users.TryAdd(fromUserId, "User");
            chat.Members.TryAdd(fromUserId, "member");
        }

        var message = create(++chat.LastMessageId);
        Remember(chat, message);
        return EnqueueUpdate(chat.IsChannel ? "channel_post" : "message", MessageJson(message, chat));
    }

    private static void Require(bool ok, string parameter, string range)
    {
        if (!ok)
            throw new ArgumentOutOfRangeException(parameter, $"Telegram never sends such a location: {parameter} is {range}.");
    }

    /// <summary>A user presses an inline button with <paramref name="data"/> under message <paramref name="messageId"/>. Returns the update_id.</summary>
    public int SendCallbackQuery(long chatId, long fromUserId, int messageId, string data)
    {
        lock (_gate)
        {
            var chat = WorldChat(chatId);
            _users.TryAdd(fromUserId, "User");
            var id = (++_lastCallbackId).ToString(CultureInfo.InvariantCulture);
            _pendingCallbacks[id] = chatId;
            var message = chat.Messages.TryGetValue(messageId, out var stored)
                ? MessageJson(stored, chat)
                : new JsonObject { ["chat"] = ChatJson(chat), ["message_id"] = messageId, ["date"] = 0 }; // inaccessible message
            return EnqueueUpdate("callback_query", new JsonObject
            {
                ["id"] = id,
                ["from"] = UserJson(fromUserId),
                ["message"] = message,
                ["chat_instance"] = (chatId * 31).ToString(CultureInfo.InvariantCulture),
                ["data"] = data,
            });
        }
    }

    /// <summary>
    /// The bot's own membership changed (added, promoted, removed, blocked). Updates the world to match. In a channel an
    /// "administrator" without <paramref name="canPostMessages"/> is an admin whose posting right was taken away. Returns the update_id.
    /// </summary>
    public int SendMyChatMember(long chatId, long fromUserId, string oldStatus, string newStatus, bool canPostMessages = true, bool oldCanPostMessages = true)
    {
        if (newStatus is not ("creator" or "administrator" or "member" or "restricted" or "left" or "kicked"))
            throw new ArgumentOutOfRangeException(nameof(newStatus), newStatus, "Not a chat member status.");
        lock (_gate)
        {
            var chat = WorldChat(chatId);
            _users.TryAdd(fromUserId, "User");
            if (chat.IsPrivate)
            {
                if (newStatus == "kicked")
                    _blockedBy.Add(chatId);
                else
                    _blockedBy.Remove(chatId);
            }
            else
            {
                chat.Members[BotId] = newStatus;
                chat.BotCannotPost = chat.IsChannel && newStatus == "administrator" && !canPostMessages;
            }

            return EnqueueUpdate("my_chat_member", new JsonObject
            {
                ["chat"] = ChatJson(chat),
                ["from"] = UserJson(fromUserId),
                ["date"] = UnixNow(),
                ["old_chat_member"] = MemberJson(BotUserJson(), oldStatus, chat, oldCanPostMessages),
                ["new_chat_member"] = MemberJson(BotUserJson(), newStatus, chat, canPostMessages),
            });
        }
    }

    /// <summary>Updates not yet confirmed by a getUpdates offset.</summary>
    public int PendingUpdates
    {
        get
        {
            lock (_gate)
            {
                return _updates.Count;
            }
        }
    }

    /// <summary>True while a getUpdates request is being held open.</summary>
    public bool IsPolling
    {
        get
        {
            lock (_gate)
            {
                return _activePoll is not null;
            }
        }
    }

    // ---- observation ----

    /// <summary>Accepted sendMessage calls, in acceptance order (only the recent history when <see cref="TestBotApiOptions.RetainMessages"/> is off).</summary>
    public IReadOnlyList<SentMessage> Sent
    {
        get
        {
            lock (_gate)
            {
                return [.. _sent];
            }
        }
    }

    /// <summary>How many sendMessage calls were accepted; cheaper than <see cref="Sent"/> in a tight wait.</summary>
    public int SentCount
    {
        get
        {
            lock (_gate)
            {
                return _sent.Count;
            }
        }
    }

    public IReadOnlyList<SentMessage> SentTo(long chatId)
    {
        lock (_gate)
        {
            return [.. _sent.Where(m => m.ChatId == chatId)];
        }
    }

    public IReadOnlyList<EditedMessage> Edits
    {
        get
        {
            lock (_gate)
            {
                return [.. _edits];
            }
        }
    }

    public IReadOnlyList<DeletedMessage> DeletedMessages
    {
        get
        {
            lock (_gate)
            {
                return [.. _deleted];
            }
        }
    }

    public IReadOnlyList<AnsweredCallback> AnsweredCallbacks
    {
        get
        {
            lock (_gate)
            {
                return [.. _answered];
            }
        }
    }

    /// <summary>Commands set with setMyCommands for the default scope and no language.</summary>
    public IReadOnlyList<BotCommandEntry> MyCommands
    {
        get
        {
            lock (_gate)
            {
                return _commands.TryGetValue(CommandsKey(null, null), out var list) ? [.. list] : [];
            }
        }
    }

    /// <summary>The current visible text of a message, or null when it does not exist (or was deleted).</summary>
    public string? MessageText(long chatId, int messageId)
    {
        lock (_gate)
        {
            return _chats.TryGetValue(chatId, out var chat) && chat.Messages.TryGetValue(messageId, out var m) ? m.Text : null;
        }
    }

    /// <summary>The bot's status in a chat as the server sees it.</summary>
    public string BotStatusIn(long chatId)
    {
        lock (_gate)
        {
            var chat = WorldChat(chatId);
            return chat.IsPrivate ? _blockedBy.Contains(chatId) ? "kicked" : "member" : chat.Members.GetValueOrDefault(BotId, "left");
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking on every change to the server's state.</summary>
    public async Task WaitUntilAsync(Func<TestBotApiServer, bool> condition, TimeSpan timeout, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }

            if (condition(this))
                return;
            var remaining = timeout - clock.Elapsed;
            if (remaining <= TimeSpan.Zero)
                throw new TimeoutException(DescribeForTimeout(timeout));

            // The signal covers server-side changes; the short poll covers conditions on the caller's own state.
            var poll = remaining < TimeSpan.FromMilliseconds(50) ? remaining : TimeSpan.FromMilliseconds(50);
            await Task.WhenAny(changed, Task.Delay(poll, ct));
            ct.ThrowIfCancellationRequested();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        lock (_gate)
        {
            Pulse();
        }

        if (_webhookLoop is { } loop)
            await loop;
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private string DescribeForTimeout(TimeSpan timeout)
    {
        lock (_gate)
        {
            var last = _sent.TakeLast(3).Select(m => $"[{m.ChatId}#{m.MessageId}] {Shorten(m.Text)}");
            return string.Create(
                CultureInfo.InvariantCulture,
                $"The test Bot API server did not reach the expected state within {timeout.TotalSeconds:0.###} s. " +
                $"{_sent.Count} message(s) accepted; last: {string.Join(" | ", last)}; {_updates.Count} update(s) pending; " +
                $"queued faults {Faults.Pending}; {Stats}.");
        }

        static string Shorten(string s) => s.Length <= 60 ? s.ReplaceLineEndings(" ") : s[..57].ReplaceLineEndings(" ") + "...";
    }

    // ---- internals shared by the method handlers ----

    private TestChat AddChat(TestChat chat, string botStatus)
    {
        lock (_gate)
        {
            if (!_chats.TryAdd(chat.Id, chat))
                throw new InvalidOperationException($"Chat {chat.Id} already exists.");
            chat.Members[BotId] = botStatus;
            Pulse();
            return chat;
        }
    }

    private TestChat WorldChat(long chatId) =>
        _chats.TryGetValue(chatId, out var chat) ? chat : throw new InvalidOperationException($"No chat {chatId}; add it first.");

    private int EnqueueUpdate(string type, JsonObject payload)
    {
        var id = ++_lastUpdateId;
        _updates.Add(new PendingUpdate(id, type, new JsonObject { ["update_id"] = id, [type] = payload }));
        Pulse();
        return id;
    }

    /// <summary>Stores a chat's new message; with <see cref="TestBotApiOptions.RetainMessages"/> off, forgets the one that falls out of the recent history. Call under the lock.</summary>
    private void Remember(TestChat chat, StoredMessage message)
    {
        chat.Messages[message.Id] = message;
        if (!_options.RetainMessages)
            chat.Messages.Remove(message.Id - _options.RecentHistory);
    }

    /// <summary>Appends to an observation list; with <see cref="TestBotApiOptions.RetainMessages"/> off, keeps only the recent history. Call under the lock.</summary>
    private void Record<T>(List<T> list, T item)
    {
        list.Add(item);
        if (!_options.RetainMessages && list.Count >= 2 * _options.RecentHistory)
            list.RemoveRange(0, list.Count - _options.RecentHistory);
    }

    /// <summary>Wakes everyone waiting for a change. Call under the lock.</summary>
    private void Pulse()
    {
        var previous = _changed;
        _changed = NewSignal();
        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private DateTimeOffset Now => _time.GetUtcNow();

    private long UnixNow() => Now.ToUnixTimeSeconds();

    private static List<TextEntity> CommandEntities(string text) =>
        [.. BotCommand().Matches(text).Select(m => new TextEntity("bot_command", m.Index, m.Length))];

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\S)/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])")]
    private static partial System.Text.RegularExpressions.Regex BotCommand();

    private sealed record PendingUpdate(int Id, string Type, JsonObject Json);

    private sealed class ActivePoll
    {
        public bool Terminated { get; set; }
    }
}

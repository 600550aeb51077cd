using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace AlertBot.TestBotApi;

// The Bot API methods AlertBot uses, each as strict as Telegram about its arguments and the world.
public sealed partial class TestBotApiServer
{
    private const int MaxTextLength = 4096;

    private static readonly HashSet<string> ChatActions = new(StringComparer.Ordinal)
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice", "upload_document",
        "choose_sticker", "find_location", "record_video_note", "upload_video_note",
    };

    private Dictionary<string, (string Name, Handler Run)> MethodTable()
    {
        var table = new Dictionary<string, (string, Handler)>(StringComparer.OrdinalIgnoreCase);
        void Add(string name, Func<BotArgs, JsonNode> run) => table[name] = (name, (args, _) => Task.FromResult(run(args)));

        table["getUpdates"] = ("getUpdates", GetUpdatesAsync);
        Add("getMe", _ => GetMeJson());
        Add("sendMessage", SendMessage);
        if (!_options.RichMessagesUnsupported)
            Add("sendRichMessage", SendRichMessage);
        Add("editMessageText", EditMessageText);
        Add("editMessageReplyMarkup", EditMessageReplyMarkup);
        Add("deleteMessage", DeleteMessage);
        Add("getChat", GetChat);
        Add("getChatMember", GetChatMember);
        Add("getChatAdministrators", GetChatAdministrators);
        Add("getChatMemberCount", GetChatMemberCount);
        Add("answerCallbackQuery", AnswerCallbackQuery);
        Add("setMyCommands", SetMyCommands);
        Add("getMyCommands", GetMyCommands);
        Add("deleteMyCommands", DeleteMyCommands);
        Add("setChatMenuButton", SetChatMenuButton);
        Add("getChatMenuButton", GetChatMenuButton);
        Add("sendChatAction", SendChatAction);
        Add("setWebhook", SetWebhook);
        Add("deleteWebhook", DeleteWebhook);
        Add("getWebhookInfo", GetWebhookInfo);
        return table;
    }

    // ---- messages ----

    private JsonNode SendMessage(BotArgs args)
    {
        var (text, entities) = ParseText(args);
        return PostMessage(args, text, entities, rich: null);
    }

    /// <summary>
    /// sendRichMessage: the same chat rules as sendMessage; the content is checked by <see cref="RichMessageReader"/>
    /// and kept as the blocks a reader would see. With <see cref="TestBotApiOptions.RichMessagesUnsupported"/> the
    /// method does not exist (404), as on a Bot API server older than rich messages.
    /// </summary>
    private JsonNode SendRichMessage(BotArgs args)
    {
        var blocks = RichMessageReader.Read(args.Json("rich_message"));
        return PostMessage(args, RichText(blocks), [], blocks);
    }

    private static string RichText(IReadOnlyList<RichBlockView> blocks) => string.Join("\n", blocks.Where(b => b.Text.Length > 0).Select(b => b.Text));

    private JsonObject PostMessage(BotArgs args, string text, List<TextEntity> entities, IReadOnlyList<RichBlockView>? rich)
    {
        var markup = ValidateMarkup(args.Json("reply_markup"));
        var threadId = args.Int("message_thread_id");
        var replyParameters = args.Json("reply_parameters") as JsonObject;
        var replyTo = replyParameters is not null ? ReadInt(replyParameters, "message_id") : args.Int("reply_to_message_id");
        var allowWithoutReply = replyParameters is not null
            ? replyParameters["allow_sending_without_reply"]?.GetValue<bool>() ?? false
            : args.Bool("allow_sending_without_reply");
        var preview = ReadLinkPreview(args);
        var previewDisabled = args.Bool("disable_web_page_preview") || preview?.IsDisabled == true;
        var paid = args.StrictBool("allow_paid_broadcast");

        lock (_gate)
        {
            var chat = ResolveChat(args);
            EnsureCanWrite(chat);
            EnsureThread(chat, threadId);
            EnsureWebAppButtons(chat, markup);
            StoredMessage? replied = null;
            if (replyTo is { } replyId && !chat.Messages.TryGetValue(replyId, out replied) && !allowWithoutReply)
                throw BotApiError.BadRequest("message to be replied not found");

            var now = Now;
            if (_options.EnforceRateLimits && _flood.TryAcquire(chat, now, paid, out var why) is { } retryAfter)
            {
                Stats.RateLimited(why!);
                throw BotApiError.TooManyRequests(retryAfter);
            }

            var message = new StoredMessage
            {
                Id = ++chat.LastMessageId,
                ChatId = chat.Id,
                SentByBot = true,
                Text = text,
                Entities = entities,
                ReplyMarkupJson = markup,
                ThreadId = threadId,
                ReplyToMessageId = replied?.Id,
                LinkPreviewDisabled = previewDisabled,
                Date = now.ToUnixTimeSeconds(),
                RichBlocks = rich,
            };
            Remember(chat, message);
            var sent = new SentMessage(
                chat.Id, message.Id, text, args.String("parse_mode"), args.Bool("disable_notification"), replied?.Id, threadId,
                previewDisabled, markup, now)
            {
                RawText = args.String("text") ?? args.Json("rich_message")!.ToJsonString(),
                Entities = entities,
                LinkPreview = preview,
                RichBlocks = rich,
                AllowPaidBroadcast = paid,
            };
            Record(_sent, sent);
            Stats.Accepted(paidBeyondFree: _options.EnforceRateLimits && _flood.Paid);
            _options.OnAccepted?.Invoke(sent);
            Pulse();
            return MessageJson(message, chat, replied);
        }
    }

    /// <summary>link_preview_options, checked like Telegram: an object, a preview URL that is a URL, not both sizes.</summary>
    private static LinkPreview? ReadLinkPreview(BotArgs args)
    {
        if (args.Json("link_preview_options") is not { } node)
            return null;
        if (node is not JsonObject o)
            throw BotApiError.BadRequest("can't parse link preview options JSON object");
        var url = o["url"]?.GetValue<string>();
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
            throw BotApiError.BadRequest("link preview URL is invalid");
        var small = o["prefer_small_media"]?.GetValue<bool>() == true;
        var large = o["prefer_large_media"]?.GetValue<bool>() == true;
        if (small && large)
            throw BotApiError.BadRequest("can't use prefer_small_media and prefer_large_media simultaneously");
        return new LinkPreview(o["is_disabled"]?.GetValue<bool>() == true, url, small, large, o["show_above_text"]?.GetValue<bool>() == true);
    }

    /// <summary>
    /// editMessageText: new text, or (Bot API 10) new rich content in <c>rich_message</c> — one of the two. A server
    /// without rich messages does not know the parameter and sees an edit with no text.
    /// </summary>
    private JsonNode EditMessageText(BotArgs args)
    {
        IReadOnlyList<RichBlockView>? rich = null;
        string text;
        List<TextEntity> entities;
        if (!_options.RichMessagesUnsupported && args.Has("rich_message"))
        {
            if (args.Has("text"))
                throw BotApiError.BadRequest("only one of text and rich_message can be specified");
            rich = RichMessageReader.Read(args.Json("rich_message"));
            (text, entities) = (RichText(rich), []);
        }
        else
        {
            (text, entities) = ParseText(args);
        }

        var markup = ValidateMarkup(args.Json("reply_markup"));
        lock (_gate)
        {
            var (chat, message) = MessageToEdit(args);
            EnsureWebAppButtons(chat, markup);
            if (message.Text == text && message.Entities.SequenceEqual(entities) && message.ReplyMarkupJson == markup
                && (message.RichBlocks is null) == (rich is null) && (rich is null || rich.SequenceEqual(message.RichBlocks!, RichBlockComparer.Instance)))
                throw NotModified();
            message.Text = text;
            message.Entities = entities;
            message.ReplyMarkupJson = markup;
            message.RichBlocks = rich;
            message.EditDate = UnixNow();
            Record(_edits, new EditedMessage(chat.Id, message.Id, text, args.String("parse_mode"), markup, Now) { RichBlocks = rich, Entities = entities });
            Pulse();
            return MessageJson(message, chat);
        }
    }

    private JsonNode EditMessageReplyMarkup(BotArgs args)
    {
        var markup = ValidateMarkup(args.Json("reply_markup"));
        lock (_gate)
        {
            var (chat, message) = MessageToEdit(args);
            EnsureWebAppButtons(chat, markup);
            if (message.ReplyMarkupJson == markup)
                throw NotModified();
            message.ReplyMarkupJson = markup;
            message.EditDate = UnixNow();
            Record(_edits, new EditedMessage(chat.Id, message.Id, message.Text, null, markup, Now));
            Pulse();
            return MessageJson(message, chat);
        }
    }

    private JsonNode DeleteMessage(BotArgs args)
    {
        lock (_gate)
        {
            var chat = ResolveChat(args);
            EnsureCanWrite(chat);
            var id = args.Int("message_id") ?? throw BotApiError.BadRequest("message identifier is not specified");
            if (!chat.Messages.TryGetValue(id, out var message))
                throw BotApiError.BadRequest("message to delete not found");
            if (!message.SentByBot && !chat.IsPrivate && chat.Members.GetValueOrDefault(BotId) is not ("administrator" or "creator"))
                throw BotApiError.BadRequest("message can't be deleted");
            chat.Messages.Remove(id);
            Record(_deleted, new DeletedMessage(chat.Id, id, Now));
            Pulse();
            return true;
        }
    }

    private (TestChat Chat, StoredMessage Message) MessageToEdit(BotArgs args)
    {
        if (args.Has("inline_message_id"))
            throw BotApiError.BadRequest("the test Bot API server does not model inline messages");
        var chat = ResolveChat(args);
        EnsureCanWrite(chat);
        var id = args.Int("message_id") ?? throw BotApiError.BadRequest("message identifier is not specified");
        if (!chat.Messages.TryGetValue(id, out var message))
            throw BotApiError.BadRequest("message to edit not found");
        if (!message.SentByBot && !chat.IsChannel)
            throw BotApiError.BadRequest("message can't be edited");
        return (chat, message);
    }

    private static BotApiError NotModified() => BotApiError.BadRequest(
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");

    private (string Text, List<TextEntity> Entities) ParseText(BotArgs args)
    {
        var raw = args.String("text");
        if (string.IsNullOrEmpty(raw))
            throw BotApiError.BadRequest("message text is empty");

        var (text, entities) = args.String("parse_mode")?.ToUpperInvariant() switch
        {
            null or "" => (raw, ReadEntities(args.Json("entities"))),
            "HTML" => TelegramHtml.Parse(raw, _options.RejectBareAmpersand),
            "MARKDOWN" or "MARKDOWNV2" => throw BotApiError.BadRequest(
                "can't parse entities: the test Bot API server models only parse_mode HTML, which AlertBot uses"),
            _ => throw BotApiError.BadRequest("unsupported parse_mode"),
        };

        if (string.IsNullOrWhiteSpace(text))
            throw BotApiError.BadRequest("message text is empty");
        if (text.Length > MaxTextLength)
            throw BotApiError.BadRequest("message is too long");
        return (text, entities);
    }

    private static List<TextEntity> ReadEntities(JsonNode? node)
    {
        if (node is null)
            return [];
        if (node is not JsonArray array)
            throw BotApiError.BadRequest("can't parse entities JSON object");
        var entities = new List<TextEntity>();
        foreach (var item in array)
        {
            if (item is not JsonObject entity || entity["type"]?.GetValue<string>() is not { } type)
                throw BotApiError.BadRequest("can't parse MessageEntity: field \"type\" must be of type String");
            entities.Add(new TextEntity(
                type,
                ReadInt(entity, "offset") ?? 0,
                ReadInt(entity, "length") ?? 0,
                entity["url"]?.GetValue<string>(),
                entity["language"]?.GetValue<string>(),
                entity["custom_emoji_id"]?.GetValue<string>()));
        }

        return entities;
    }

    /// <summary>Checks an inline keyboard the way Telegram does and returns it as compact JSON.</summary>
    private static string? ValidateMarkup(JsonNode? markup)
    {
        if (markup is null)
            return null;
        if (markup is not JsonObject obj)
            throw BotApiError.BadRequest("can't parse reply keyboard markup JSON object");
        if (obj["inline_keyboard"] is { } keyboard)
        {
            if (keyboard is not JsonArray rows || rows.Any(r => r is not JsonArray))
                throw BotApiError.BadRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of Arrays");
            foreach (var button in rows.SelectMany(r => r!.AsArray()))
            {
                if (button is not JsonObject b || string.IsNullOrEmpty(b["text"]?.GetValue<string>()))
                    throw BotApiError.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
                if (b["callback_data"] is { } data && Encoding.UTF8.GetByteCount(data.GetValue<string>()) is 0 or > 64)
                    throw BotApiError.BadRequest("BUTTON_DATA_INVALID");
                if (b["url"] is { } url && !Uri.TryCreate(url.GetValue<string>(), UriKind.Absolute, out _))
                    throw BotApiError.BadRequest($"inline keyboard button URL '{url.GetValue<string>()}' is invalid");
                if (!b.Any(p => p.Key != "text"))
                    throw BotApiError.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
            }
        }

        return obj.ToJsonString();
    }

    // ---- chats ----

    private JsonNode GetChat(BotArgs args)
    {
        lock (_gate)
        {
            var chat = ResolveChat(args);
            EnsureCanRead(chat);
            var info = ChatJson(chat);
            info["accent_color_id"] = 0;
            info["max_reaction_count"] = 11;
            info["accepted_gift_types"] = new JsonObject
            {
                ["unlimited_gifts"] = false,
                ["limited_gifts"] = false,
                ["unique_gifts"] = false,
                ["premium_subscription"] = false,
            };
            return info;
        }
    }

    private JsonNode GetChatMember(BotArgs args)
    {
        lock (_gate)
        {
            var chat = ResolveChat(args);
            EnsureCanRead(chat);
            var userId = args.Long("user_id") ?? throw BotApiError.BadRequest("user not found");
            string status;
            if (chat.IsPrivate)
                status = userId == chat.Id || userId == BotId ? "member" : throw BotApiError.BadRequest("user not found");
            else if (chat.Members.TryGetValue(userId, out var known))
                status = known;
            else
                status = _users.ContainsKey(userId) ? "left" : throw BotApiError.BadRequest("user not found");
            return MemberJson(userId == BotId ? BotUserJson() : UserJson(userId), status, chat, canPost: userId != BotId || !chat.BotCannotPost);
        }
    }

    private JsonNode GetChatAdministrators(BotArgs args)
    {
        lock (_gate)
        {
            var chat = ResolveChat(args);
            EnsureCanRead(chat);
            if (chat.IsPrivate)
                throw BotApiError.BadRequest("there are no administrators in the private chat");
            return new JsonArray([.. chat.Members
                .Where(m => m.Value is "creator" or "administrator")
                .OrderBy(m => m.Value == "creator" ? 0 : 1)
                .ThenBy(m => m.Key)
                .Select(m => (JsonNode)MemberJson(m.Key == BotId ? BotUserJson() : UserJson(m.Key), m.Value, chat))]);
        }
    }

    private JsonNode GetChatMemberCount(BotArgs args)
    {
        lock (_gate)
        {
            var chat = ResolveChat(args);
            EnsureCanRead(chat);
            return chat.Members.Count(m => m.Value is not ("left" or "kicked"));
        }
    }

    private JsonNode SendChatAction(BotArgs args)
    {
        var action = args.String("action");
        if (action is null || !ChatActions.Contains(action))
            throw BotApiError.BadRequest("wrong parameter action in request");
        lock (_gate)
        {
            var chat = ResolveChat(args);
            EnsureCanWrite(chat);
            EnsureThread(chat, args.Int("message_thread_id"));
            return true;
        }
    }

    /// <summary>Finds the chat, following Telegram's rules for unknown and migrated chats. Call under the lock.</summary>
    private TestChat ResolveChat(BotArgs args)
    {
        var reference = args.Chat() ?? throw BotApiError.BadRequest("chat_id is empty");
        var chat = reference.Id is { } id
            ? _chats.GetValueOrDefault(id)
            : _chats.Values.FirstOrDefault(c => string.Equals(c.Username, reference.Username, StringComparison.OrdinalIgnoreCase));
        if (chat is null)
            throw BotApiError.BadRequest("chat not found");
        if (chat.MigratedTo is { } newId)
            throw new BotApiError(400, "Bad Request: group chat was upgraded to a supergroup chat", migrateToChatId: newId);
        return chat;
    }

    /// <summary>The 403s and 400s Telegram gives when the bot may not write to a chat. Call under the lock.</summary>
    private void EnsureCanWrite(TestChat chat)
    {
        EnsureCanRead(chat);
        if (chat.IsPrivate)
        {
            if (_deactivated.Contains(chat.Id))
                throw BotApiError.Forbidden("user is deactivated");
            if (_blockedBy.Contains(chat.Id))
                throw BotApiError.Forbidden("bot was blocked by the user");
            return;
        }

        switch (chat.Members.GetValueOrDefault(BotId, "left"))
        {
            case "member" when chat.IsChannel:
            case "administrator" when chat.IsChannel && chat.BotCannotPost:
                throw BotApiError.BadRequest("need administrator rights in the channel chat");
            case "restricted":
                throw BotApiError.BadRequest("not enough rights to send text messages to the chat");
        }
    }

    private void EnsureCanRead(TestChat chat)
    {
        if (chat.IsPrivate)
            return;
        var kind = chat.Type;
        switch (chat.Members.GetValueOrDefault(BotId, "left"))
        {
            case "kicked":
                throw BotApiError.Forbidden($"bot was kicked from the {kind} chat");
            case "left":
                throw BotApiError.Forbidden($"bot is not a member of the {kind} chat");
        }
    }

    private static void EnsureThread(TestChat chat, int? threadId)
    {
        if (threadId is { } thread && (!chat.IsForum || !chat.Topics.Contains(thread)))
            throw BotApiError.BadRequest("message thread not found");
    }

    // ---- callbacks, commands, webhook ----

    private JsonNode AnswerCallbackQuery(BotArgs args)
    {
        var id = args.String("callback_query_id");
        var text = args.String("text");
        if (text is { Length: > 200 })
            throw BotApiError.BadRequest("MESSAGE_TOO_LONG");
        lock (_gate)
        {
            if (id is null || !_pendingCallbacks.Remove(id))
                throw BotApiError.BadRequest("query is too old and response timeout expired or query ID is invalid");
            _answered.Add(new AnsweredCallback(id, text, args.Bool("show_alert"), Now));
            Pulse();
            return true;
        }
    }

    private JsonNode SetMyCommands(BotArgs args)
    {
        if (args.Json("commands") is not JsonArray commands)
            throw BotApiError.BadRequest("can't parse commands JSON object");
        if (commands.Count > 100)
            throw BotApiError.BadRequest("too many commands specified");
        var entries = new List<BotCommandEntry>();
        foreach (var item in commands)
        {
            var command = item?["command"]?.GetValue<string>() ?? "";
            var description = item?["description"]?.GetValue<string>() ?? "";
            if (command.StartsWith('/'))
                command = command[1..];
            if (command.Length is 0 or > 32 || !command.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
                throw BotApiError.BadRequest("BOT_COMMAND_INVALID");
            if (description.Length is 0 or > 256)
                throw BotApiError.BadRequest("command description must be non-empty");
            entries.Add(new BotCommandEntry(command, description));
        }

        lock (_gate)
        {
            _commands[CommandsKey(args.Json("scope"), args.String("language_code"))] = entries;
            Pulse();
            return true;
        }
    }

    private JsonNode GetMyCommands(BotArgs args)
    {
        lock (_gate)
        {
            var list = _commands.GetValueOrDefault(CommandsKey(args.Json("scope"), args.String("language_code"))) ?? [];
            return new JsonArray([.. list.Select(c => (JsonNode)new JsonObject { ["command"] = c.Command, ["description"] = c.Description })]);
        }
    }

    private JsonNode DeleteMyCommands(BotArgs args)
    {
        lock (_gate)
        {
            _commands.Remove(CommandsKey(args.Json("scope"), args.String("language_code")));
            Pulse();
            return true;
        }
    }

    private static string CommandsKey(JsonNode? scope, string? languageCode) =>
        $"{scope?["type"]?.GetValue<string>() ?? "default"}|{scope?["chat_id"]?.ToJsonString()}|{scope?["user_id"]?.ToJsonString()}|{languageCode}";

    // ---- getUpdates: long polling, offsets, conflicts ----

    private async Task<JsonNode> GetUpdatesAsync(BotArgs args, HttpContext http)
    {
        var offset = args.Long("offset");
        var limit = Math.Clamp(args.Int("limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, args.Int("timeout") ?? 0));
        var allowed = args.Json("allowed_updates");

        ActivePoll poll;
        lock (_gate)
        {
            if (_webhookUrl is not null)
                throw new BotApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            if (allowed is JsonArray types)
                _allowedUpdates = types.Count == 0 ? null : [.. types.Select(t => t!.GetValue<string>())];

            // Like Telegram, a newer getUpdates terminates the one in progress, which answers 409.
            if (_activePoll is { } previous)
                previous.Terminated = true;
            poll = _activePoll = new ActivePoll();

            if (offset is > 0)
                _updates.RemoveAll(u => u.Id < offset);
            else if (offset is < 0)
                _updates.RemoveRange(0, Math.Max(0, _updates.Count - (int)Math.Min(-offset.Value, int.MaxValue)));
            if (_allowedUpdates is { } allowedTypes)
                _updates.RemoveAll(u => !allowedTypes.Contains(u.Type));
            Pulse();
        }

        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token);
        var deadline = Now + timeout;
        try
        {
            while (true)
            {
                Task changed;
                lock (_gate)
                {
                    if (poll.Terminated)
                    {
                        Stats.Conflict();
                        throw new BotApiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
                    }

                    if (_webhookUrl is not null)
                        throw new BotApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
                    if (_allowedUpdates is { } allowedTypes)
                        _updates.RemoveAll(u => !allowedTypes.Contains(u.Type));
                    if (_updates.Count > 0)
                        return new JsonArray([.. _updates.Take(limit).Select(u => u.Json.DeepClone())]);
                    changed = _changed.Task;
                }

                var remaining = deadline - Now;
                if (remaining <= TimeSpan.Zero)
                    return new JsonArray();
                await Task.WhenAny(changed, Task.Delay(remaining, _time, waiting.Token));
                waiting.Token.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            await waiting.CancelAsync();
            lock (_gate)
            {
                if (_activePoll == poll)
                    _activePoll = null;
            }
        }
    }

    private static int? ReadInt(JsonObject obj, string name) => obj[name] is JsonValue v
        ? v.TryGetValue(out int i) ? i : v.TryGetValue(out string? s) && int.TryParse(s, out i) ? i : null
        : null;
}

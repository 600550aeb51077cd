using System.Text.Json.Nodes;

namespace AlertBot.TestBotApi;

// Mini Apps (Web Apps): the menu button (setChatMenuButton / getChatMenuButton) and web_app buttons in inline
// keyboards, checked as Telegram documents them: a Web App URL is an HTTPS URL (WebAppInfo), and a web_app button is
// "available only in private chats between a user and the bot" — elsewhere Telegram answers BUTTON_TYPE_INVALID.
public sealed partial class TestBotApiServer
{
    private readonly Dictionary<long, JsonObject> _chatMenuButtons = [];
    private JsonObject? _defaultMenuButton;

    /// <summary>The bot's default menu button as setChatMenuButton (without chat_id) last set it, or null (Telegram's default).</summary>
    public JsonObject? DefaultMenuButton
    {
        get
        {
            lock (_gate)
            {
                return _defaultMenuButton?.DeepClone().AsObject();
            }
        }
    }

    private JsonNode SetChatMenuButton(BotArgs args)
    {
        var button = ReadMenuButton(args.Json("menu_button"));
        lock (_gate)
        {
            if (args.Chat() is null)
            {
                _defaultMenuButton = button;
            }
            else
            {
                var chat = ResolveChat(args);
                // The menu button is a private chat's (or the default): Telegram refuses it for groups and channels.
                if (!chat.IsPrivate)
                    throw BotApiError.BadRequest("chat_id must be a private chat");
                _chatMenuButtons[chat.Id] = button ?? new JsonObject { ["type"] = "default" };
            }

            Pulse();
            return true;
        }
    }

    private JsonNode GetChatMenuButton(BotArgs args)
    {
        lock (_gate)
        {
            var button = args.Chat() is null ? _defaultMenuButton : _chatMenuButtons.GetValueOrDefault(ResolveChat(args).Id) ?? _defaultMenuButton;
            return button?.DeepClone() ?? new JsonObject { ["type"] = "commands" };
        }
    }

    /// <summary>A MenuButton: "commands", "default", or "web_app" with a text and an HTTPS web_app.url. Null for none given (the default).</summary>
    private static JsonObject? ReadMenuButton(JsonNode? node)
    {
        if (node is null)
            return null;
        if (node is not JsonObject button)
            throw BotApiError.BadRequest("can't parse menu button: MenuButton must be an Object");
        var type = button["type"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
        switch (type)
        {
            case "commands" or "default":
                return new JsonObject { ["type"] = type };
            case "web_app":
                var text = button["text"] is JsonValue v && v.TryGetValue<string>(out var tx) ? tx : "";
                if (text.Trim().Length == 0)
                    throw BotApiError.BadRequest("can't parse menu button: text must be non-empty");
                var url = WebAppUrl(button["web_app"], "menu button");
                return new JsonObject { ["type"] = "web_app", ["text"] = text, ["web_app"] = new JsonObject { ["url"] = url } };
            default:
                throw BotApiError.BadRequest("can't parse menu button: unsupported menu button type");
        }
    }

    /// <summary>A WebAppInfo's url: an absolute HTTPS URL, as Telegram opens nothing else.</summary>
    private static string WebAppUrl(JsonNode? webApp, string what)
    {
        var url = webApp is JsonObject info && info["url"] is JsonValue u && u.TryGetValue<string>(out var s) ? s : null;
        if (url is null)
            throw BotApiError.BadRequest($"can't parse {what}: Web App must have a url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            throw BotApiError.BadRequest($"{what} Web App URL '{url}' is invalid: Only HTTPS links are allowed");
        return url;
    }

    /// <summary>web_app buttons of an inline keyboard: HTTPS, and only in a private chat. Call under the lock, with the target chat.</summary>
    private static void EnsureWebAppButtons(TestChat chat, string? markupJson)
    {
        if (markupJson is null || JsonNode.Parse(markupJson)?["inline_keyboard"] is not JsonArray rows)
            return;
        foreach (var button in rows.SelectMany(r => r!.AsArray()).OfType<JsonObject>())
        {
            if (button["web_app"] is not { } webApp)
                continue;
            WebAppUrl(webApp, "inline keyboard button");
            if (!chat.IsPrivate)
                throw BotApiError.BadRequest("BUTTON_TYPE_INVALID");
        }
    }
}

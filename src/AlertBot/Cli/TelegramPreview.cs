using System.Text.Json;
using System.Text.Json.Nodes;
using AlertBot.Core.Render;
using AlertBot.Core.Understand;
using AlertBot.Telegram.Deliver;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.Enums;

namespace AlertBot.Cli;

/// <summary>
/// <c>preview --telegram</c>: per article, the Bot API calls the bot would make for an instant alert — method and JSON
/// body, serialized by Telegram.Bot exactly as it goes on the wire — for a chat in UTC. Only <c>chat_id</c> is left
/// out: it is each chat's own.
/// </summary>
internal static class TelegramPreview
{
    public static string Line(string file, Understanding article, bool rich)
    {
        var messages = new JsonArray();
        if (article.IsAlert && rich)
        {
            messages.Add(Call("sendRichMessage", new SendRichMessageRequest { ChatId = 0, RichMessage = RichAlert.Build(article) }));
        }
        else if (article.IsAlert)
        {
            var parts = AlertRenderer.Render(article);
            for (var i = 0; i < parts.Count; i++)
            {
                var preview = TelegramMessageSink.Preview(i == parts.Count - 1 ? AlertRenderer.SafeUrl(article.Url) : null);
                messages.Add(Call("sendMessage", new SendMessageRequest { ChatId = 0, Text = parts[i], ParseMode = ParseMode.Html, LinkPreviewOptions = preview }));
            }
        }

        return new JsonObject { ["file"] = file, ["alert"] = article.IsAlert, ["messages"] = messages }.ToJsonString();
    }

    private static JsonObject Call<T>(string method, T request)
    {
        var payload = JsonSerializer.SerializeToNode(request, JsonBotAPI.Options)!.AsObject();
        payload.Remove("chat_id");
        return new JsonObject { ["method"] = method, ["payload"] = payload };
    }
}

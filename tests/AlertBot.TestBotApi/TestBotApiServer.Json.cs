using System.Text.Json.Nodes;

namespace AlertBot.TestBotApi;

// Telegram's object shapes, as Telegram.Bot deserializes them.
public sealed partial class TestBotApiServer
{
    private JsonObject GetMeJson()
    {
        var me = BotUserJson();
        me["can_join_groups"] = true;
        me["can_read_all_group_messages"] = false;
        me["supports_inline_queries"] = false;
        me["can_connect_to_business"] = false;
        me["has_main_web_app"] = false;
        return me;
    }

    private JsonObject BotUserJson() => new()
    {
        ["id"] = BotId,
        ["is_bot"] = true,
        ["first_name"] = _options.BotFirstName,
        ["username"] = BotUsername,
    };

    private JsonObject UserJson(long userId) => new()
    {
        ["id"] = userId,
        ["is_bot"] = false,
        ["first_name"] = _users.GetValueOrDefault(userId, "User"),
        ["language_code"] = "en",
    };

    private static JsonObject ChatJson(TestChat chat)
    {
        var json = new JsonObject { ["id"] = chat.Id, ["type"] = chat.Type };
        if (chat.IsPrivate)
            json["first_name"] = chat.FirstName;
        else
            json["title"] = chat.Title;
        if (chat.Username is not null)
            json["username"] = chat.Username;
        if (chat.IsForum)
            json["is_forum"] = true;
        return json;
    }

    private JsonObject MessageJson(StoredMessage message, TestChat chat, StoredMessage? replyTo = null)
    {
        var json = new JsonObject { ["message_id"] = message.Id };
        if (message.ThreadId is { } thread)
        {
            json["message_thread_id"] = thread;
            if (chat.IsForum)
                json["is_topic_message"] = true;
        }

        if (chat.IsChannel)
            json["sender_chat"] = ChatJson(chat);
        else
            json["from"] = message.FromUserId is { } userId ? UserJson(userId) : BotUserJson();
        json["chat"] = ChatJson(chat);
        json["date"] = message.Date;
        if (message.EditDate is { } edited)
            json["edit_date"] = edited;
        if (replyTo is not null)
            json["reply_to_message"] = MessageJson(replyTo, chat);
        if (message.Location is { } location)
            json["location"] = LocationJson(location);
        else if (message.RichBlocks is { } blocks)
            json["rich_message"] = new JsonObject { ["blocks"] = new JsonArray([.. blocks.Where(b => b.Depth == 0).Select(b => (JsonNode)new JsonObject { ["type"] = "paragraph", ["text"] = b.Text })]) };
        else
            json["text"] = message.Text;
        if (message.Entities.Count > 0)
            json["entities"] = new JsonArray([.. message.Entities.Select(e => (JsonNode)EntityJson(e))]);
        if (message.LinkPreviewDisabled)
            json["link_preview_options"] = new JsonObject { ["is_disabled"] = true };
        if (message.ReplyMarkupJson is { } markup && JsonNode.Parse(markup) is JsonObject keyboard && keyboard.ContainsKey("inline_keyboard"))
            json["reply_markup"] = keyboard;
        return json;
    }

    private static JsonObject LocationJson(SharedLocation location)
    {
        var json = new JsonObject { ["latitude"] = location.Latitude, ["longitude"] = location.Longitude };
        if (location.HorizontalAccuracy is { } accuracy)
            json["horizontal_accuracy"] = accuracy;
        if (location.LivePeriod is { } live)
            json["live_period"] = live;
        if (location.Heading is { } heading)
            json["heading"] = heading;
        if (location.ProximityAlertRadius is { } radius)
            json["proximity_alert_radius"] = radius;
        return json;
    }

    private JsonObject EntityJson(TextEntity entity)
    {
        var json = new JsonObject { ["offset"] = entity.Offset, ["length"] = entity.Length, ["type"] = entity.Type };
        if (entity.Url is not null)
            json["url"] = entity.Url;
        if (entity.Language is not null)
            json["language"] = entity.Language;
        if (entity.CustomEmojiId is not null)
            json["custom_emoji_id"] = entity.CustomEmojiId;
        if (entity.UserId is { } userId)
            json["user"] = UserJson(userId);
        if (entity.UnixTime is { } unix)
        {
            json["unix_time"] = unix;
            json["date_time_format"] = entity.DateTimeFormat ?? "";
        }

        return json;
    }

    private static JsonObject MemberJson(JsonObject user, string status, TestChat chat, bool canPost = true)
    {
        var json = new JsonObject { ["status"] = status, ["user"] = user };
        switch (status)
        {
            case "creator":
                json["is_anonymous"] = false;
                break;
            case "administrator":
                json["can_be_edited"] = false;
                json["is_anonymous"] = false;
                json["can_manage_chat"] = true;
                json["can_delete_messages"] = true;
                json["can_manage_video_chats"] = true;
                json["can_restrict_members"] = true;
                json["can_promote_members"] = false;
                json["can_change_info"] = true;
                json["can_invite_users"] = true;
                json["can_post_stories"] = true;
                json["can_edit_stories"] = true;
                json["can_delete_stories"] = true;
                if (chat.IsChannel)
                {
                    json["can_post_messages"] = canPost;
                    json["can_edit_messages"] = true;
                }
                else
                {
                    json["can_pin_messages"] = true;
                }

                if (chat.IsForum)
                    json["can_manage_topics"] = true;
                break;
            case "restricted":
                json["is_member"] = true;
                foreach (var right in (string[])["can_send_messages", "can_send_audios", "can_send_documents", "can_send_photos",
                    "can_send_videos", "can_send_video_notes", "can_send_voice_notes", "can_send_polls", "can_send_other_messages",
                    "can_add_web_page_previews", "can_change_info", "can_invite_users", "can_pin_messages", "can_manage_topics"])
                    json[right] = false;
                json["until_date"] = 0;
                break;
            case "kicked":
                json["until_date"] = 0;
                break;
        }

        return json;
    }
}

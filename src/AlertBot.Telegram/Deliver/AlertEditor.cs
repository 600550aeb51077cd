using AlertBot.Core.Observe;
using AlertBot.Core.Render;
using AlertBot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Telegram.Deliver;

/// <summary>
/// Edit rows: a story changed (a new version, or another source reported it). The chat's alert message is
/// edited to the current version while Telegram still lets the bot edit it; past that window — or when
/// Telegram refuses the edit — the row's payload (what is new) goes out as a reply to the alert. An edit
/// row runs after the chat's alert row (rows of a chat go out in order), so it always sees the message id.
/// </summary>
internal sealed class AlertEditor(
    Outbox outbox,
    StoryStore storyStore,
    IMessageSink sink,
    DeliveryCalls calls,
    TimeProvider time,
    RichMessageSupport richSupport,
    IOptions<StoriesOptions> stories,
    AlertBotMetrics metrics,
    ILogger logger)
{
    /// <summary>Telegram lets bots edit their messages for 48 hours; an hour of margin for queues and clocks.</summary>
    internal static readonly TimeSpan EditWindow = TimeSpan.FromHours(47);

    public async Task SendEditAsync(Delivery delivery, string? zone, bool rich, CancellationToken ct)
    {
        var articleId = delivery.ArticleId!.Value;
        var story = await storyStore.GetStoryAsync(articleId, ct);
        if (story is null)
        {
            await outbox.DeadLetterAsync(delivery.Id, "the article is no longer stored", ct);
            return;
        }

        var alert = await outbox.GetAlertDeliveryAsync(articleId, delivery.ChatId, ct);
        var messageId = alert is { State: DeliveryStates.Sent, MessageIds: { Length: > 0 } ids }
            && int.TryParse(ids.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture, out var first) ? first : (int?)null;
        if (messageId is null)
        {
            // Nothing was sent to edit (the alert went into a digest, or died): nothing to do.
            await DoneAsync(delivery, "", "edit-skipped");
            return;
        }

        if (story.Withdrawn is not null)
        {
            await SendWithdrawnAsync(delivery, story, alert!, messageId.Value, ct);
            return;
        }

        var tz = zone is null || zone == "Etc/UTC" ? null : DeliveryCalls.FindZone(zone);
        var blocks = AlertRenderer.RenderBlocks(story.Understanding, tz, zone).ToList();
        if (story.Correction is { } correction)
            blocks.Add(UpdateRenderer.CorrectedBlock(correction));
        if (story.Updated is { } updated)
            blocks.Add(UpdateRenderer.UpdatedBlock(updated));
        if (story.AlsoReportedBy.Count > 0)
            blocks.Add(UpdateRenderer.AlsoReportedBy(story.AlsoReportedBy));
        var parts = MessageSplitter.Pack(blocks);
        var id = messageId.Value;
        var inWindow = alert!.Sent is { } sentAt && time.GetUtcNow() - sentAt < EditWindow && alert.PartsSent <= 1;
        if (inWindow && rich && richSupport.Available)
        {
            var extras = new RichAlert.Extras(story.Updated, story.AlsoReportedBy);
            var richEdit = await calls.EditPartAsync(new MessageEdit(delivery.ChatId, id, "") { Rich = RichAlert.Build(story.Understanding, tz, zone, extras) }, ct);
            if (richEdit is SendResult.Sent)
            {
                await DoneAsync(delivery, id.ToString(System.Globalization.CultureInfo.InvariantCulture), "edited");
                return;
            }

            if (richEdit is SendResult.RichUnsupported refused)
                calls.NoteRichRefused(delivery, refused.Error, remember: false);
            else if (richEdit is not SendResult.Rejected)
            {
                await calls.HandleFailureAsync(delivery, richEdit, ct);
                return;
            }

            // Refused as rich (the alert may have gone out as HTML): try the HTML edit.
        }

        if (inWindow && parts.Count == 1)
        {
            var edited = await calls.EditPartAsync(new MessageEdit(delivery.ChatId, id, parts[0]) { PreviewUrl = Core.Render.AlertRenderer.SafeUrl(story.Understanding.Url) }, ct);
            if (edited is SendResult.BadMarkup)
                edited = await calls.EditPartAsync(new MessageEdit(delivery.ChatId, id, TelegramHtml.ToPlainText(parts[0]), PlainText: true), ct);
            if (edited is SendResult.Sent)
            {
                await DoneAsync(delivery, id.ToString(System.Globalization.CultureInfo.InvariantCulture), "edited");
                return;
            }

            if (edited is not SendResult.Rejected)
            {
                await calls.HandleFailureAsync(delivery, edited, ct);
                return;
            }

            // Telegram would not edit it (too old, deleted): say what is new in a reply instead.
        }

        if (delivery.Payload is null)
        {
            // Only "also reported by": not worth a message of its own.
            await DoneAsync(delivery, "", "edit-skipped");
            return;
        }

        // A rich chat gets the follow-up as one short rich message (a rich message holds far more than 4096 characters).
        if (rich && richSupport.Available && delivery.PartsSent == 0)
        {
            var richMessage = new OutgoingMessage(delivery.ChatId, "", delivery.Silent) { ReplyToMessageId = id, Rich = RichFollowUp.FromHtml(delivery.Payload) };
            var richResult = await calls.SendPartAsync(richMessage, ct, ct);
            if (richResult is SendResult.Sent richSent)
            {
                await DoneAsync(delivery, richSent.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture), "follow-up", 1);
                return;
            }

            if (richResult is not SendResult.RichUnsupported refused)
            {
                await calls.HandleFailureAsync(delivery, richResult, ct);
                return;
            }

            calls.NoteRichRefused(delivery, refused.Error);
        }

        // Every part of a long follow-up goes out, each a reply to the alert; a restart resumes after the parts sent.
        var texts = MessageSplitter.Split(delivery.Payload);
        var sentIds = delivery.MessageIds is { Length: > 0 } m ? m.Split(',').ToList() : [];
        var interval = calls.ChatInterval(delivery);
        for (var i = delivery.PartsSent; i < texts.Count; i++)
        {
            if (i > delivery.PartsSent)
                await Task.Delay(interval, time, ct);
            var message = new OutgoingMessage(delivery.ChatId, texts[i], delivery.Silent) { ReplyToMessageId = id };
            var result = await calls.SendPartAsync(message, ct, ct);
            if (result is SendResult.BadMarkup)
                result = await calls.SendPartAsync(message with { Html = TelegramHtml.ToPlainText(texts[i]), PlainText = true }, ct, ct);
            if (result is not SendResult.Sent sent)
            {
                await calls.HandleFailureAsync(delivery, result, ct);
                return;
            }

            sentIds.Add(sent.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (i < texts.Count - 1)
                await outbox.RecordPartsAsync(delivery.Id, i + 1, string.Join(',', sentIds), CancellationToken.None);
        }

        await DoneAsync(delivery, string.Join(',', sentIds), "follow-up", texts.Count);
    }

    /// <summary>
    /// A withdrawn story: its alert is deleted (Stories:WithdrawAction=Delete) or edited to "Withdrawn: headline — reason",
    /// every part of a long one; where Telegram refuses both (the message too old), a reply to the alert says so.
    /// </summary>
    private async Task SendWithdrawnAsync(Delivery delivery, StoredStory story, SentAlert alert, int firstId, CancellationToken ct)
    {
        var ids = alert.MessageIds!.Split(',').Select(i => int.Parse(i, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var text = UpdateRenderer.Withdrawn(story.Understanding.Headline, story.WithdrawReason);
        if (stories.Value.WithdrawAction == WithdrawAction.Delete)
        {
            var deleted = await calls.EachPartAsync(ids, id => sink.DeleteAsync(delivery.ChatId, id, ct), ct);
            if (deleted is SendResult.Sent)
            {
                await DoneAsync(delivery, "", "deleted");
                return;
            }

            if (deleted is not SendResult.Rejected)
            {
                await calls.HandleFailureAsync(delivery, deleted, ct);
                return;
            }
        }

        var result = alert.Sent is { } sentAt && time.GetUtcNow() - sentAt < EditWindow
            ? await calls.EachPartAsync(ids, id => sink.EditAsync(new MessageEdit(delivery.ChatId, id, text), ct), ct)
            : new SendResult.Rejected("past Telegram's edit window");
        if (result is SendResult.Rejected)
        {
            // Too old to edit: the chat is told in a reply to the alert.
            var message = new OutgoingMessage(delivery.ChatId, text, Silent: true) { ReplyToMessageId = firstId };
            result = await calls.SendPartAsync(message, ct, ct);
            if (result is SendResult.Sent reply)
            {
                await DoneAsync(delivery, reply.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture), "withdrawn");
                return;
            }
        }

        if (result is SendResult.Sent)
            await DoneAsync(delivery, firstId.ToString(System.Globalization.CultureInfo.InvariantCulture), "withdrawn");
        else
            await calls.HandleFailureAsync(delivery, result, ct);
    }

    private async Task DoneAsync(Delivery delivery, string messageIds, string outcome, int? parts = null)
    {
        // An edit or a follow-up counts against the chat's limit like a message: the chat's next send waits its interval.
        var interval = calls.ChatInterval(delivery);
        await outbox.MarkSentAsync([new SentMark(delivery.Id, delivery.ChatId, parts ?? (messageIds.Length == 0 ? 0 : 1), messageIds, interval)], CancellationToken.None);
        metrics.Deliveries.Add(1, DeliveryCalls.Tag(outcome));
        Log.DeliverySent(logger, delivery.Id, delivery.ArticleId, delivery.ChatId, messageIds, (long)(time.GetUtcNow() - delivery.Created).TotalMilliseconds);
    }
}

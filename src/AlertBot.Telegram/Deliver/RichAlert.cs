using AlertBot.Core.Render;
using AlertBot.Core.Understand;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace AlertBot.Telegram.Deliver;

/// <summary>
/// An alert as a Telegram rich message (sendRichMessage, Bot API 10): the headline as a heading, the summary, a table
/// of key times (UTC, each reader's own local time as a date-time, what happened), a map of the story's main place
/// when the gazetteer knows it, the quoted source lines in a collapsible block, and a footer with topics, the source
/// link and "also reported by". Built from Telegram.Bot's own block types, sent as <c>rich_message.blocks</c>.
/// Article text goes into the blocks as plain text, never as markup, and entity detection is off, so nothing a
/// source writes (tags, "@names", "/commands") becomes formatting, a mention or a link.
/// </summary>
public static class RichAlert
{
    /// <summary>A zoom that shows a town and its surroundings (OpenStreetMap-style levels, 0 = the world).</summary>
    public const int MapZoom = 10;

    private const int MapWidth = 600;
    private const int MapHeight = 300;
    private const int MaxHeadline = 300;
    private const int MaxSummary = 2000;
    private const int MaxEvent = 200;

    /// <summary>Rows of the key-times table; more are summed up in its caption (Telegram counts table rows against 500 blocks).</summary>
    public const int MaxKeyTimeRows = 25;

    /// <summary>Extras only an edit has: when the story was last updated and who else reported it.</summary>
    public sealed record Extras(DateTimeOffset? Updated = null, IReadOnlyList<string>? AlsoReportedBy = null);

    public static InputRichMessage Build(Understanding article, TimeZoneInfo? chatZone = null, string? chatZoneName = null, Extras? extras = null)
    {
        var blocks = new List<InputRichBlock>
        {
            new InputRichBlockSectionHeading { Text = "⚡ " + AlertRenderer.Clip(article.Headline, MaxHeadline), Size = 2 },
        };
        if (article.Summary.Length > 0)
            blocks.Add(new InputRichBlockParagraph { Text = AlertRenderer.Clip(article.Summary, MaxSummary) });
        if (article.KeyTimes.Count > 0)
            blocks.Add(KeyTimesTable(article.KeyTimes, chatZone is null || chatZone.Id is "Etc/UTC" or "UTC" ? null : chatZone, chatZoneName));
        if (article.Location is { } place)
            blocks.Add(Map(place));
        var quotes = article.KeyTimes.Select(k => k.Text).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Take(MaxKeyTimeRows).ToList();
        if (quotes.Count > 0)
        {
            blocks.Add(new InputRichBlockDetails
            {
                Summary = "Source lines",
                Blocks = [new InputRichBlockBlockQuotation { Blocks = [.. quotes.Select(q => (InputRichBlock)new InputRichBlockParagraph { Text = "“" + AlertRenderer.Clip(q, MaxEvent) + "”" })] }],
            });
        }

        if (Footer(article, extras) is { } footer)
            blocks.Add(footer);
        return new InputRichMessage { Blocks = blocks, SkipEntityDetection = true };
    }

    private static InputRichBlockTable KeyTimesTable(IReadOnlyList<KeyTime> keyTimes, TimeZoneInfo? chatZone, string? chatZoneName)
    {
        var header = new List<RichBlockTableCell> { Cell("UTC", header: true), Cell("Your time", header: true) };
        if (chatZone is not null)
            header.Add(Cell(chatZoneName ?? chatZone.Id, header: true));
        header.Add(Cell("What happened", header: true));
        var rows = new List<IEnumerable<RichBlockTableCell>> { header };
        foreach (var k in keyTimes.Take(MaxKeyTimeRows))
        {
            var row = new List<RichBlockTableCell>
            {
                Cell(AlertRenderer.FormatUtc(k)),
                // A date-only key time has no instant to show in a reader's zone: the date stands as it is.
                k.IsDateOnly ? Cell("(date only)") : Cell(ReaderTime(k)),
            };
            if (chatZone is not null)
                row.Add(Cell(k.IsDateOnly ? "" : AlertRenderer.FormatLocal(k.Utc, chatZone)));
            row.Add(Cell(AlertRenderer.Clip(k.Event.Length > 0 ? k.Event : k.Text, MaxEvent)));
            rows.Add(row);
        }

        var more = keyTimes.Count - MaxKeyTimeRows;
        return new InputRichBlockTable
        {
            Cells = rows,
            IsBordered = true,
            IsCompact = true,
            Caption = more > 0 ? $"Key times (UTC) — {more} more in the source" : "Key times (UTC)",
        };
    }

    /// <summary>A key time in each reader's own zone and locale; older clients see the UTC form.</summary>
    public static RichTextDateTime ReaderTime(KeyTime keyTime) => new()
    {
        Text = AlertRenderer.FormatUtc(keyTime),
        UnixTime = keyTime.Utc.UtcDateTime,
        DateTimeFormat = TelegramHtml.WeekdayDateTime,
    };

    private static InputRichBlockMap Map(PlaceRef place) => new()
    {
        Location = new Location { Latitude = place.Lat, Longitude = place.Lon },
        Zoom = MapZoom,
        Width = MapWidth,
        Height = MapHeight,
        Caption = new RichBlockCaption { Text = "📍 " + (place.Country is { } country && country != place.Name ? $"{place.Name}, {country}" : place.Name) },
    };

    private static InputRichBlockFooter? Footer(Understanding article, Extras? extras)
    {
        var parts = new List<RichText>();
        void Separate()
        {
            if (parts.Count > 0)
                parts.Add(" · ");
        }

        if (article.Topics.Count > 0)
            parts.Add(string.Join(' ', article.Topics.Select(t => "#" + t.Replace('-', '_'))));
        if (AlertRenderer.SafeUrl(article.Url) is { } url)
        {
            Separate();
            parts.Add(new RichTextUrl { Text = "Source", Url = url });
        }

        if (extras?.AlsoReportedBy is { Count: > 0 } others)
        {
            Separate();
            parts.Add(new RichTextItalic { Text = "Also reported by: " + string.Join(", ", others) });
        }

        if (extras?.Updated is { } updated)
        {
            Separate();
            var utc = updated.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
            parts.Add("✏️ Updated " + utc + " (");
            parts.Add(new RichTextDateTime { Text = utc, UnixTime = updated.UtcDateTime, DateTimeFormat = TelegramHtml.DateTime });
            parts.Add(")");
        }

        return parts.Count == 0 ? null : new InputRichBlockFooter { Text = new RichTextArray { Array = [.. parts] } };
    }

    private static RichBlockTableCell Cell(RichText text, bool header = false) => new()
    {
        Text = text,
        IsHeader = header,
        Align = RichBlockTableCellAlign.Left,
        Valign = RichBlockTableCellValign.Top,
    };
}

using System.Text.Json.Nodes;

namespace AlertBot.TestBotApi;

/// <summary>A date-time span inside rich text: each reader sees <see cref="UnixTime"/> in their own zone.</summary>
public sealed record RichDateTime(string Text, long UnixTime, string Format);

/// <summary>A link inside rich text.</summary>
public sealed record RichLink(string Text, string Url);

/// <summary>A map block's centre, zoom and size.</summary>
public sealed record RichMap(double Latitude, double Longitude, int? Zoom, int Width, int Height);

/// <summary>
/// One block of an accepted rich message as a reader sees it. Blocks are listed in reading order, nested ones
/// (inside details or a quotation) right after their parent with a greater <see cref="Depth"/>.
/// <see cref="Text"/> is the visible text (a details block's summary; a table's cells row by row; a map's caption).
/// </summary>
public sealed record RichBlockView(string Type, int Depth, string Text)
{
    public IReadOnlyList<RichDateTime> DateTimes { get; init; } = [];

    public IReadOnlyList<RichLink> Links { get; init; } = [];

    /// <summary>Formatting kinds used in the block's text (bold, italic, …), each once.</summary>
    public IReadOnlySet<string> Styles { get; init; } = new HashSet<string>();

    /// <summary>A table's cells, row by row (visible text of each).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; init; } = [];

    public RichMap? Map { get; init; }

    public string? Credit { get; init; }
}

/// <summary>Blocks compare by what a reader sees (records holding lists compare those lists by reference).</summary>
internal sealed class RichBlockComparer : IEqualityComparer<RichBlockView>
{
    public static readonly RichBlockComparer Instance = new();

    public bool Equals(RichBlockView? x, RichBlockView? y) =>
        x is not null && y is not null && x.Type == y.Type && x.Depth == y.Depth && x.Text == y.Text && x.Map == y.Map && x.Credit == y.Credit
        && x.DateTimes.SequenceEqual(y.DateTimes) && x.Links.SequenceEqual(y.Links) && x.Styles.SetEquals(y.Styles)
        && x.Rows.Count == y.Rows.Count && x.Rows.Zip(y.Rows).All(p => p.First.SequenceEqual(p.Second));

    public int GetHashCode(RichBlockView obj) => HashCode.Combine(obj.Type, obj.Text);
}

/// <summary>
/// <c>rich_message</c> as Telegram checks it (InputRichMessage with <c>blocks</c>): the documented block and rich-text
/// types only, each with its required fields, within Telegram's limits — 32,768 characters, 500 blocks (nested
/// blocks, list items and table rows count), 16 levels of nesting, 20 table columns. A date-time carries a Unix time
/// in the range a date-time entity holds and a format matching <c>r</c> or <c>w?[dD]?[tT]?</c>.
/// The <c>html</c> and <c>markdown</c> forms are not modelled (AlertBot sends blocks); they are refused.
/// </summary>
internal sealed class RichMessageReader
{
    public const int MaxCharacters = 32_768;
    public const int MaxBlocks = 500;
    public const int MaxDepth = 16;
    public const int MaxTableColumns = 20;

    private static readonly HashSet<string> SimpleStyles = new(StringComparer.Ordinal)
    {
        "bold", "italic", "underline", "strikethrough", "spoiler", "subscript", "superscript", "marked", "code",
        "email_address", "phone_number", "bank_card_number", "mention", "hashtag", "cashtag", "bot_command",
    };

    private static readonly HashSet<string> MediaBlocks = new(StringComparer.Ordinal)
    {
        "collage", "slideshow", "animation", "audio", "photo", "video", "voice_note", "document",
    };

    private readonly List<RichBlockView> _views = [];
    private int _characters;
    private int _blocks;

    public static IReadOnlyList<RichBlockView> Read(JsonNode? richMessage)
    {
        if (richMessage is not JsonObject message)
            throw Invalid("field \"rich_message\" must be an object");
        var forms = new[] { "html", "markdown", "blocks" }.Count(message.ContainsKey);
        if (forms != 1)
            throw Invalid("exactly one of the fields \"html\", \"markdown\" or \"blocks\" must be used");
        if (!message.ContainsKey("blocks"))
            throw BotApiError.BadRequest("the test Bot API server models only rich_message.blocks, which AlertBot sends");
        if (message["blocks"] is not JsonArray blocks || blocks.Count == 0)
            throw Invalid("field \"blocks\" must be a non-empty array");

        var reader = new RichMessageReader();
        reader.ReadBlocks(blocks, depth: 0);
        if (reader._characters > MaxCharacters)
            throw Invalid($"the message is too long ({reader._characters} characters, at most {MaxCharacters})");
        if (reader._characters == 0)
            throw Invalid("the message is empty");
        return reader._views;
    }

    private void ReadBlocks(JsonArray blocks, int depth)
    {
        foreach (var node in blocks)
            ReadBlock(node, depth);
    }

    private void ReadBlock(JsonNode? node, int depth)
    {
        if (depth >= MaxDepth)
            throw Invalid($"blocks are nested too deeply (at most {MaxDepth} levels)");
        if (++_blocks > MaxBlocks)
            throw Invalid($"too many blocks (at most {MaxBlocks})");
        if (node is not JsonObject block || block["type"] is not JsonValue typeValue || !typeValue.TryGetValue(out string? type))
            throw Invalid("a block must be an object with a string field \"type\"");

        switch (type)
        {
            case "paragraph" or "footer" or "pre" or "expandable_blockquote" or "pullquote":
                Add(type, depth, Required(block, "text", type), credit: Optional(block, "credit"));
                break;
            case "heading":
                var size = Int(block, "size") ?? throw Invalid("field \"size\" of a heading must be an integer");
                if (size is < 1 or > 6)
                    throw Invalid("heading size must be between 1 and 6");
                Add(type, depth, Required(block, "text", type));
                break;
            case "divider":
                _views.Add(new RichBlockView(type, depth, ""));
                break;
            case "blockquote":
                Add(type, depth, null, credit: Optional(block, "credit"));
                ReadBlocks(Array(block, "blocks", type), depth + 1);
                break;
            case "details":
                Add(type, depth, Required(block, "summary", type));
                ReadBlocks(Array(block, "blocks", type), depth + 1);
                break;
            case "list":
                Add(type, depth, null);
                foreach (var item in Array(block, "items", type))
                {
                    if (++_blocks > MaxBlocks)
                        throw Invalid($"too many blocks (at most {MaxBlocks})");
                    if (item is not JsonObject listItem || listItem["blocks"] is not JsonArray itemBlocks)
                        throw Invalid("a list item must be an object with an array field \"blocks\"");
                    ReadBlocks(itemBlocks, depth + 1);
                }

                break;
            case "table":
                ReadTable(block, depth);
                break;
            case "map":
                ReadMap(block, depth);
                break;
            case "mathematical_expression" or "anchor":
                var field = type == "anchor" ? "name" : "expression";
                if (block[field] is not JsonValue v || !v.TryGetValue(out string? _))
                    throw Invalid($"field \"{field}\" of a {type} block must be a string");
                _views.Add(new RichBlockView(type, depth, ""));
                break;
            case "thinking":
                throw Invalid("the thinking block can be used only in sendRichMessageDraft");
            case var media when MediaBlocks.Contains(media):
                throw BotApiError.BadRequest($"the test Bot API server does not model media blocks (\"{media}\")");
            default:
                throw Invalid($"unsupported block type \"{type}\"");
        }
    }

    private void ReadTable(JsonObject block, int depth)
    {
        var rows = new List<IReadOnlyList<string>>();
        var collected = new Collected();
        foreach (var rowNode in Array(block, "cells", "table"))
        {
            if (++_blocks > MaxBlocks)
                throw Invalid($"too many blocks (at most {MaxBlocks})");
            if (rowNode is not JsonArray row)
                throw Invalid("field \"cells\" of a table must be an array of arrays");
            if (row.Count > MaxTableColumns)
                throw Invalid($"a table can have at most {MaxTableColumns} columns");
            var cells = new List<string>();
            foreach (var cellNode in row)
            {
                if (cellNode is not JsonObject cell)
                    throw Invalid("a table cell must be an object");
                if (cell["align"]?.GetValue<string>() is not ("left" or "center" or "right"))
                    throw Invalid("field \"align\" of a table cell must be one of \"left\", \"center\" or \"right\"");
                if (cell["valign"]?.GetValue<string>() is not ("top" or "middle" or "bottom"))
                    throw Invalid("field \"valign\" of a table cell must be one of \"top\", \"middle\" or \"bottom\"");
                foreach (var span in new[] { "colspan", "rowspan" })
                {
                    if (cell.ContainsKey(span) && Int(cell, span) is not (>= 1 and <= MaxTableColumns))
                        throw Invalid($"field \"{span}\" of a table cell must be a positive integer");
                }

                cells.Add(cell.ContainsKey("text") ? Text(cell["text"], 1, collected) : "");
            }

            rows.Add(cells);
        }

        var caption = block.ContainsKey("caption") ? Text(block["caption"], 1, collected) : "";
        _views.Add(new RichBlockView("table", depth, string.Join("\n", rows.Select(r => string.Join(" | ", r))))
        {
            Rows = rows,
            Credit = caption.Length > 0 ? caption : null,
            DateTimes = collected.DateTimes,
            Links = collected.Links,
            Styles = collected.Styles,
        });
    }

    private void ReadMap(JsonObject block, int depth)
    {
        if (block["location"] is not JsonObject location
            || Double(location, "latitude") is not { } lat || Double(location, "longitude") is not { } lon)
            throw Invalid("field \"location\" of a map must be a Location with latitude and longitude");
        if (lat is < -90 or > 90 || lon is < -180 or > 180)
            throw Invalid("the map's location is invalid");
        var zoom = block.ContainsKey("zoom") ? Int(block, "zoom") ?? throw Invalid("field \"zoom\" of a map must be an integer") : (int?)null;
        if (zoom is < 0 or > 24)
            throw Invalid("map zoom must be between 0 and 24");
        var width = Int(block, "width") ?? 0;
        var height = Int(block, "height") ?? 0;
        if (width is < 0 or > 10_000 || height is < 0 or > 10_000 || width + height > 10_000)
            throw Invalid("the map's width and height must not exceed 10000 in total");
        if (width > 0 && height > 0 && Math.Max(width, height) > 20 * Math.Min(width, height))
            throw Invalid("the map's width and height ratio must be at most 20");

        var collected = new Collected();
        string caption = "", credit = "";
        if (block["caption"] is { } captionNode)
        {
            if (captionNode is not JsonObject c || !c.ContainsKey("text"))
                throw Invalid("field \"caption\" of a map must be a RichBlockCaption with a field \"text\"");
            caption = Text(c["text"], 1, collected);
            credit = c.ContainsKey("credit") ? Text(c["credit"], 1, collected) : "";
        }

        _views.Add(new RichBlockView("map", depth, caption)
        {
            Map = new RichMap(lat, lon, zoom, width, height),
            Credit = credit.Length > 0 ? credit : null,
            DateTimes = collected.DateTimes,
            Links = collected.Links,
            Styles = collected.Styles,
        });
    }

    private void Add(string type, int depth, (string Text, Collected Parts)? text, (string Text, Collected Parts)? credit = null)
    {
        var parts = text?.Parts ?? new Collected();
        if (credit is { } c)
        {
            parts.DateTimes.AddRange(c.Parts.DateTimes);
            parts.Links.AddRange(c.Parts.Links);
            parts.Styles.UnionWith(c.Parts.Styles);
        }

        _views.Add(new RichBlockView(type, depth, text?.Text ?? "")
        {
            DateTimes = parts.DateTimes,
            Links = parts.Links,
            Styles = parts.Styles,
            Credit = credit?.Text,
        });
    }

    private (string, Collected) Required(JsonObject block, string field, string type)
    {
        if (!block.ContainsKey(field))
            throw Invalid($"field \"{field}\" of a {type} block is required");
        var collected = new Collected();
        return (Text(block[field], 1, collected), collected);
    }

    private (string, Collected)? Optional(JsonObject block, string field)
    {
        if (!block.ContainsKey(field))
            return null;
        var collected = new Collected();
        return (Text(block[field], 1, collected), collected);
    }

    /// <summary>The visible text of a RichText: a string, an array of RichText, or a typed object.</summary>
    private string Text(JsonNode? node, int depth, Collected into)
    {
        if (depth > MaxDepth)
            throw Invalid($"text is nested too deeply (at most {MaxDepth} levels)");
        switch (node)
        {
            case JsonValue value when value.TryGetValue(out string? plain):
                _characters += plain.Length;
                return plain;
            case JsonArray array:
                return string.Concat(array.Select(item => Text(item, depth + 1, into)));
            case JsonObject rich when rich["type"] is JsonValue t && t.TryGetValue(out string? type):
                return TypedText(rich, type, depth, into);
            default:
                throw Invalid("a RichText must be a string, an array or an object with a field \"type\"");
        }
    }

    private string TypedText(JsonObject rich, string type, int depth, Collected into)
    {
        switch (type)
        {
            case "text":
                if (rich["text"] is not JsonValue v || !v.TryGetValue(out string? plain))
                    throw Invalid("field \"text\" of a RichTextText must be a string");
                _characters += plain.Length;
                return plain;
            case "date_time":
                if (rich["unix_time"] is not JsonValue u || !u.TryGetValue(out long unix) || unix is < 1 or > TelegramHtml.MaxUnixTime)
                    throw Invalid("field \"unix_time\" of a date_time must be a valid Unix time");
                var format = rich["date_time_format"] is JsonValue f && f.TryGetValue(out string? s) ? s : throw Invalid("field \"date_time_format\" of a date_time must be a string");
                if (!TelegramHtml.IsDateTimeFormat(format))
                    throw Invalid($"invalid date-time format \"{format}\"");
                var shown = Text(Field(rich, "text", type), depth + 1, into);
                into.DateTimes.Add(new RichDateTime(shown, unix, format));
                return shown;
            case "url":
                var url = rich["url"] is JsonValue uv && uv.TryGetValue(out string? us) ? us : throw Invalid("field \"url\" of a url must be a string");
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "tg"))
                    throw Invalid($"URL \"{url}\" is invalid");
                var linked = Text(Field(rich, "text", type), depth + 1, into);
                into.Links.Add(new RichLink(linked, url));
                return linked;
            case "array":
                return Text(Field(rich, "array", type), depth + 1, into);
            case var style when SimpleStyles.Contains(style):
                into.Styles.Add(style);
                return Text(Field(rich, "text", type), depth + 1, into);
            default:
                throw Invalid($"unsupported rich text type \"{type}\"");
        }
    }

    private static JsonNode Field(JsonObject rich, string name, string type) =>
        rich[name] ?? throw Invalid($"field \"{name}\" of a {type} rich text is required");

    private static JsonArray Array(JsonObject block, string field, string type) =>
        block[field] as JsonArray ?? throw Invalid($"field \"{field}\" of a {type} block must be an array");

    private static int? Int(JsonObject obj, string name) => obj[name] is JsonValue v && v.TryGetValue(out int i) ? i : null;

    private static double? Double(JsonObject obj, string name) => obj[name] is JsonValue v && v.TryGetValue(out double d) ? d : null;

    private static BotApiError Invalid(string what) => BotApiError.BadRequest("can't parse rich message: " + what);

    private sealed class Collected
    {
        public List<RichDateTime> DateTimes { get; } = [];

        public List<RichLink> Links { get; } = [];

        public HashSet<string> Styles { get; } = new(StringComparer.Ordinal);
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using AlertBot.Core.Render;
using AlertBot.Core.Route;
using AlertBot.Core.Understand;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace AlertBot.Telegram.Commands;

// Alerts near a place: /near <place> <km>, /near remove, /near off, and a shared location in a private chat.
public sealed partial class CommandHandler
{
    private const string NearButtonPrefix = "n:";

    /// <summary>The radii offered under a shared location.</summary>
    internal static readonly int[] NearButtonRadii = [10, 25, 50, 100, 250];

    private const string NearUsage =
        "Usage: <code>/near &lt;place&gt; &lt;km&gt;</code>, e.g. <code>/near Kharkiv 50</code> or <code>/near paris, texas 20</code>; " +
        "<code>/near remove &lt;place|number&gt;</code>, <code>/near off</code>. In a private chat you can also share your location.";

    private static (ChatSettings, string, string?) Near(ChatSettings chat, string[] args)
    {
        if (args.Length == 0)
            return (chat, chat.Near.Count == 0 ? "Near: none. " + NearUsage : NearList(chat.Near) + "\n<code>/near off</code> clears them.", null);
        if (args is [var only] && (only.Equals("off", StringComparison.OrdinalIgnoreCase) || only.Equals("clear", StringComparison.OrdinalIgnoreCase)))
            return (chat with { Near = [] }, "Near: none — alerts no longer come here for where they happened, only for their topics and keywords.", null);
        if (args[0].Equals("remove", StringComparison.OrdinalIgnoreCase))
            return RemoveCircle(chat, string.Join(' ', args[1..]));

        if (!TryRadius(args, out var radius, out var placeWords))
            return (chat, NearUsage, null);
        var query = string.Join(' ', placeWords).Trim();
        if (query.Length == 0)
            return (chat, NearUsage, null);
        if (radius < NearCircle.MinRadiusKm || radius > NearCircle.MaxRadiusKm)
            return (chat, $"The radius must be between {Km(NearCircle.MinRadiusKm)} and {Km(NearCircle.MaxRadiusKm)}.", null);
        if (PointOf(query) is not { } place)
        {
            var suggestions = TopicDirectory.PlaceSuggestions(query, 3);
            var unknown = $"I don't know {TelegramHtml.Escape(query)}.";
            return (chat, suggestions.Count == 0 ? unknown + " Try the town's English name." : $"{unknown} Did you mean: {TelegramHtml.Escape(string.Join(", ", suggestions))}?", null);
        }

        var circle = new NearCircle(CircleName(place), place.Lat, place.Lon, radius);
        return AddCircle(chat, circle, $"Alerts within {Km(radius)} of {TelegramHtml.Escape(circle.Name)} ({TelegramHtml.Escape(Where(place))}) come here, whatever their topics.");
    }

    /// <summary>The last argument is the radius ("50", "50km", or "50" "km"); the words before it name the place.</summary>
    private static bool TryRadius(string[] args, out double radius, out string[] placeWords)
    {
        radius = 0;
        placeWords = [];
        var words = args;
        if (words.Length > 1 && words[^1].Equals("km", StringComparison.OrdinalIgnoreCase))
            words = words[..^1];
        if (words.Length < 2)
            return false;
        var last = words[^1];
        if (last.EndsWith("km", StringComparison.OrdinalIgnoreCase))
            last = last[..^2];
        if (!double.TryParse(last, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out radius))
            return false;
        placeWords = words[..^1];
        return true;
    }

    private static (ChatSettings, string, string?) AddCircle(ChatSettings chat, NearCircle circle, string said)
    {
        var circles = chat.Near.ToList();
        var same = circles.FindIndex(c => string.Equals(c.Name, circle.Name, StringComparison.OrdinalIgnoreCase));
        if (same >= 0)
            circles[same] = circle; // the same place again: a new radius, not a second circle
        else if (circles.Count >= NearCircle.MaxPerChat)
            return (chat, $"At most {NearCircle.MaxPerChat} places per chat; <code>/near remove &lt;place&gt;</code> one first.", null);
        else
            circles.Add(circle);
        return (chat with { Near = circles }, said + "\n" + NearList(circles), null);
    }

    private static (ChatSettings, string, string?) RemoveCircle(ChatSettings chat, string which)
    {
        var circles = chat.Near.ToList();
        var index = int.TryParse(which, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= circles.Count
            ? n - 1
            : circles.FindIndex(c => string.Equals(c.Name, which.Trim(), StringComparison.OrdinalIgnoreCase));
        if (index < 0)
            return (chat, $"No place {TelegramHtml.Escape(which)} here. " + (circles.Count == 0 ? "Near: none." : NearList(circles)), null);
        circles.RemoveAt(index);
        return (chat with { Near = circles }, circles.Count == 0 ? "Near: none." : NearList(circles), null);
    }

    /// <summary>"Near: Kharkiv 50 km, Goma 20 km" — as /status shows it.</summary>
    internal static string NearList(IReadOnlyList<NearCircle> circles) =>
        "Near: " + (circles.Count == 0 ? "none" : TelegramHtml.Escape(string.Join(", ", circles.Select(c => $"{c.Name} {Km(c.RadiusKm)}"))));

    private static string Km(double km) => km.ToString("#,0.#", CultureInfo.InvariantCulture) + " km";

    /// <summary>The place a person means, as a point: of the places so named, a town before a region or sea (its centre means little).</summary>
    private static Place? PointOf(string query)
    {
        var found = Places.Lookup(query);
        return found.FirstOrDefault(p => p.Kind == PlaceKind.City) ?? (found.Count > 0 ? found[0] : null);
    }

    /// <summary>"Kharkiv"; "Paris, Texas" when the plain name would mean another place.</summary>
    private static string CircleName(Place place)
    {
        if (PointOf(place.Name) == place)
            return Clip(place.Name, 100);
        var qualifier = place.Admin1 is { Length: > 0 } admin1 && admin1 != place.Name ? admin1 : Places.CountryName(place.CountryCode);
        return Clip(qualifier is null ? place.Name : $"{place.Name}, {qualifier}", 100);
    }

    /// <summary>"Kharkiv Oblast, Ukraine" — enough to see which of several places of one name was meant.</summary>
    private static string Where(Place place)
    {
        var parts = new List<string>();
        if (place.Admin1 is { Length: > 0 } admin1 && admin1 != place.Name)
            parts.Add(admin1);
        if (Places.CountryName(place.CountryCode) is { } country && country != place.Name)
            parts.Add(country);
        return parts.Count == 0 ? place.Kind.ToString().ToLowerInvariant() : string.Join(", ", parts);
    }

    // ---- a shared location ------------------------------------------------------------------------

    /// <summary>A location shared in a private chat: the radius is asked with buttons that carry the point.</summary>
    private async Task<UpdateEffect> OnLocationAsync(int updateId, Message message, Location location, CancellationToken ct)
    {
        var chat = await LoadOrNewAsync(message.Chat, ct);
        var buttons = NearButtonRadii
            .Select(km => InlineKeyboardButton.WithCallbackData($"{km} km", NearButtonData(location.Latitude, location.Longitude, km)))
            .Chunk(NearButtonRadii.Length);
        var markup = JsonSerializer.Serialize(new InlineKeyboardMarkup(buttons), JsonBotAPI.Options);
        Log.CommandHandled(logger, "location", chat.Id, message.From?.Id, "radius asked");
        return new UpdateEffect(chat, [Reply(updateId, chat.Id, "Alerts within how far of here?", markup)]);
    }

    private async Task<UpdateEffect> OnNearButtonAsync(int updateId, CallbackQuery query, Message message, string data, CancellationToken ct)
    {
        if (message.Chat.Type != ChatType.Private || ParseNearButton(data) is not var (lat, lon, km))
        {
            await AnswerAsync(query, "This button is no longer valid.", ct);
            return UpdateEffect.None;
        }

        var chat = await LoadOrNewAsync(message.Chat, ct);
        var circle = new NearCircle(LocationName(lat, lon), lat, lon, km);
        var (updated, reply, _) = AddCircle(chat, circle, $"Alerts within {Km(km)} of {TelegramHtml.Escape(circle.Name)} come here, whatever their topics.");
        var added = !ReferenceEquals(updated, chat);
        await AnswerAsync(query, added ? $"Alerts within {Km(km)} of {circle.Name}" : "Not changed", ct);
        Log.CommandHandled(logger, "near (button)", chat.Id, query.From.Id, added ? $"+{km} km" : "refused: too many");
        return new UpdateEffect(updated, [Reply(updateId, chat.Id, reply)]);
    }

    /// <summary>"n:49.9935,36.2304:50" — the point (4 decimals, about 11 m) and the radius; at most 26 bytes, under Telegram's 64.</summary>
    internal static string NearButtonData(double lat, double lon, int km) =>
        string.Create(CultureInfo.InvariantCulture, $"{NearButtonPrefix}{Math.Round(lat, 4):0.####},{Math.Round(lon, 4):0.####}:{km}");

    internal static (double Lat, double Lon, int Km)? ParseNearButton(string data)
    {
        if (!data.StartsWith(NearButtonPrefix, StringComparison.Ordinal) || data[NearButtonPrefix.Length..].Split(':') is not [var point, var radius]
            || point.Split(',') is not [var latText, var lonText])
            return null;
        const NumberStyles Number = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (!double.TryParse(latText, Number, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90
            || !double.TryParse(lonText, Number, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180
            || !int.TryParse(radius, NumberStyles.None, CultureInfo.InvariantCulture, out var km) || km < NearCircle.MinRadiusKm || km > NearCircle.MaxRadiusKm)
            return null;
        return (lat, lon, km);
    }

    /// <summary>
    /// "your location near Kharkiv": the nearest town of 10,000 people or more within 30 km, else the nearest town
    /// within 10 km; else "your location (49.99, 36.23)".
    /// </summary>
    internal static string LocationName(double lat, double lon)
    {
        Place? big = null, any = null;
        double bigKm = 30, anyKm = 10;
        foreach (var place in Places.All)
        {
            if (place.Kind != PlaceKind.City || Math.Abs(place.Lat - lat) > 0.5)
                continue;
            var km = Places.DistanceKm(lat, lon, place.Lat, place.Lon);
            if (place.Population >= 10_000 && km < bigKm)
                (big, bigKm) = (place, km);
            if (km < anyKm)
                (any, anyKm) = (place, km);
        }

        return (big ?? any) is { } town
            ? Clip("your location near " + town.Name, 100)
            : string.Create(CultureInfo.InvariantCulture, $"your location ({lat:0.00}, {lon:0.00})");
    }

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}

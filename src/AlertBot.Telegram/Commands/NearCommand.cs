using System.Globalization;
using AlertBot.Core.Render;
using AlertBot.Core.Route;
using AlertBot.Core.Understand;

namespace AlertBot.Telegram.Commands;

/// <summary>/near &lt;place&gt; &lt;km&gt;, /near remove, /near off: the chat's circles, as a pure change of its settings.</summary>
internal static class NearCommand
{
    internal const string NearUsage =
        "Usage: <code>/near &lt;place&gt; &lt;km&gt;</code>, e.g. <code>/near Kharkiv 50</code> or <code>/near paris, texas 20</code>; " +
        "<code>/near remove &lt;place|number&gt;</code>, <code>/near off</code>. In a private chat you can also share your location.";

    internal static (ChatSettings, string, string?) Near(ChatSettings chat, string[] args)
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
    internal static bool TryRadius(string[] args, out double radius, out string[] placeWords)
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

    internal static (ChatSettings, string, string?) AddCircle(ChatSettings chat, NearCircle circle, string said)
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

    internal static (ChatSettings, string, string?) RemoveCircle(ChatSettings chat, string which)
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

    internal static string Km(double km) => km.ToString("#,0.#", CultureInfo.InvariantCulture) + " km";

    /// <summary>The place a person means, as a point: of the places so named, a town before a region or sea (its centre means little).</summary>
    internal static Place? PointOf(string query)
    {
        var found = Places.Lookup(query);
        return found.FirstOrDefault(p => p.Kind == PlaceKind.City) ?? (found.Count > 0 ? found[0] : null);
    }

    /// <summary>"Kharkiv"; "Paris, Texas" when the plain name would mean another place.</summary>
    internal static string CircleName(Place place)
    {
        if (PointOf(place.Name) == place)
            return Clip(place.Name, 100);
        var qualifier = place.Admin1 is { Length: > 0 } admin1 && admin1 != place.Name ? admin1 : Places.CountryName(place.CountryCode);
        return Clip(qualifier is null ? place.Name : $"{place.Name}, {qualifier}", 100);
    }

    /// <summary>"Kharkiv Oblast, Ukraine" — enough to see which of several places of one name was meant.</summary>
    internal static string Where(Place place)
    {
        var parts = new List<string>();
        if (place.Admin1 is { Length: > 0 } admin1 && admin1 != place.Name)
            parts.Add(admin1);
        if (Places.CountryName(place.CountryCode) is { } country && country != place.Name)
            parts.Add(country);
        return parts.Count == 0 ? place.Kind.ToString().ToLowerInvariant() : string.Join(", ", parts);
    }

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}

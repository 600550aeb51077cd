using System.Globalization;
using System.Text;
using System.Text.Json;
using AlertBot.Core.Render;
using AlertBot.Core.Route;
using AlertBot.Core.Understand;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace AlertBot.Telegram.Commands;

/// <summary>Alerts near a shared location: a location shared in a private chat, and the radius buttons asked under it.</summary>
internal sealed class NearLocation(CommandReplies replies, ILogger logger)
{
    internal const string NearButtonPrefix = "n:";

    /// <summary>The radii offered under a shared location.</summary>
    internal static readonly int[] NearButtonRadii = [10, 25, 50, 100, 250];

    // ---- a shared location ------------------------------------------------------------------------

    /// <summary>A location shared in a private chat: the radius is asked with buttons that carry the point.</summary>
    public async Task<UpdateEffect> OnLocationAsync(int updateId, Message message, Location location, CancellationToken ct)
    {
        var chat = await replies.LoadOrNewAsync(message.Chat, ct);
        var buttons = NearButtonRadii
            .Select(km => InlineKeyboardButton.WithCallbackData($"{km} km", NearButtonData(location.Latitude, location.Longitude, km)))
            .Chunk(NearButtonRadii.Length);
        var markup = JsonSerializer.Serialize(new InlineKeyboardMarkup(buttons), JsonBotAPI.Options);
        Log.CommandHandled(logger, "location", chat.Id, message.From?.Id, "radius asked");
        return new UpdateEffect(chat, [replies.Reply(updateId, chat.Id, "Alerts within how far of here?", markup)]);
    }

    public async Task<UpdateEffect> OnNearButtonAsync(int updateId, CallbackQuery query, Message message, string data, CancellationToken ct)
    {
        if (message.Chat.Type != ChatType.Private || ParseNearButton(data) is not var (lat, lon, km))
        {
            return UpdateEffect.Answered(query, "This button is no longer valid.");
        }

        var chat = await replies.LoadOrNewAsync(message.Chat, ct);
        var circle = new NearCircle(LocationName(lat, lon), lat, lon, km);
        var (updated, reply, _) = NearCommand.AddCircle(chat, circle, $"Alerts within {NearCommand.Km(km)} of {TelegramHtml.Escape(circle.Name)} come here, whatever their topics.");
        var added = !ReferenceEquals(updated, chat);
        Log.CommandHandled(logger, "near (button)", chat.Id, query.From.Id, added ? $"+{km} km" : "refused: too many");
        return new UpdateEffect(updated, [replies.Reply(updateId, chat.Id, reply)])
        {
            Answer = ButtonAnswer.For(query, added ? $"Alerts within {NearCommand.Km(km)} of {circle.Name}" : "Not changed"),
        };
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
        return (Places.NearestTown(lat, lon, 30, minPopulation: 10_000) ?? Places.NearestTown(lat, lon, 10)) is { } town
            ? Clip("your location near " + town.Name, 100)
            : string.Create(CultureInfo.InvariantCulture, $"your location ({lat:0.00}, {lon:0.00})");
    }

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}

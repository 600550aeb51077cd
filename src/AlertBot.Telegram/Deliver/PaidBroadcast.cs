namespace AlertBot.Telegram.Deliver;

/// <summary>
/// What the queued messages would cost with <see cref="TelegramOptions.AllowPaidBroadcast"/>: sent at
/// <see cref="TelegramOptions.MaxMessagesPerSecond"/>, each second's first 30 are free and every one beyond them is
/// charged 0.1 Stars (Telegram's allow_paid_broadcast). An estimate: a queue that waits on per-chat spacing, or
/// trickles in below 30/s, costs less.
/// </summary>
public static class PaidBroadcast
{
    /// <summary>Estimated Stars for sending <paramref name="queued"/> messages; 0 when paid broadcast is off.</summary>
    public static decimal EstimatedStars(long queued, TelegramOptions options)
    {
        if (!options.AllowPaidBroadcast || queued <= 0 || options.MaxMessagesPerSecond <= TelegramOptions.FreeMessagesPerSecond)
            return 0;
        var rate = options.MaxMessagesPerSecond;
        var paid = queued * (rate - TelegramOptions.FreeMessagesPerSecond) / (decimal)rate;
        return Math.Ceiling(paid) * TelegramOptions.StarsPerPaidMessage;
    }

    /// <summary>One line for the operator: the rate, and the estimated cost of what is queued.</summary>
    public static string Describe(long queued, TelegramOptions options) => options.AllowPaidBroadcast
        ? string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"paid broadcast: on, up to {options.MaxMessagesPerSecond}/s; the {queued} queued messages cost about {EstimatedStars(queued, options):0.0} Stars (0.1 per message beyond the free {TelegramOptions.FreeMessagesPerSecond}/s)")
        : string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"paid broadcast: off, {options.MaxMessagesPerSecond}/s free; the {queued} queued messages take about {Math.Ceiling((double)queued / options.MaxMessagesPerSecond):0} s to send");
}

namespace AlertBot.Core.Route;

/// <summary>When and how an alert goes to one chat, given its mode, zone and quiet hours.</summary>
public readonly record struct DeliveryPlan(DateTimeOffset Due, bool Silent, bool HeldForDigest);

public static class DeliveryPlanner
{
    public static DeliveryPlan Plan(ChatSettings chat, DateTimeOffset now)
    {
        if (chat.Mode == DeliveryMode.Digest)
            return new DeliveryPlan(now, Silent: true, HeldForDigest: true);
        if (chat.Quiet is not { } quiet || !TryZone(chat.TimeZone, out var zone))
            return new DeliveryPlan(now, false, false);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        if (!quiet.Contains(TimeOnly.FromDateTime(local.DateTime)))
            return new DeliveryPlan(now, false, false);
        return quiet.Policy == QuietPolicy.Silent
            ? new DeliveryPlan(now, Silent: true, HeldForDigest: false)
            : new DeliveryPlan(EndOfQuiet(quiet, local, zone), Silent: false, HeldForDigest: false);
    }

    /// <summary>The next moment, at or after <paramref name="local"/>, when the chat's clock shows the end of its quiet hours.</summary>
    internal static DateTimeOffset EndOfQuiet(QuietHours quiet, DateTimeOffset local, TimeZoneInfo zone)
    {
        var date = DateOnly.FromDateTime(local.DateTime);
        var end = date.ToDateTime(quiet.End);
        if (end <= local.DateTime)
            end = end.AddDays(1);
        // A wall time skipped by a DST jump does not exist: move forward past the gap.
        while (zone.IsInvalidTime(end))
            end = end.AddMinutes(30);
        return new DateTimeOffset(end, zone.GetUtcOffset(end)).ToUniversalTime();
    }

    public static bool TryZone(string name, out TimeZoneInfo zone)
    {
        if (name is "Etc/UTC" or "UTC")
        {
            zone = TimeZoneInfo.Utc;
            return true;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(name, out zone!);
    }
}

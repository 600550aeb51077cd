using System.Text.RegularExpressions;

namespace AlertBot.Core.Observe;

/// <summary>Keeps bot tokens out of anything written: logs, stored errors, exception text.</summary>
public static partial class Secrets
{
    public const string Mask = "[redacted-token]";

    /// <summary>Replaces anything shaped like a Telegram bot token (digits ':' 30+ token characters).</summary>
    public static string Redact(string text) =>
        text.Contains(':', StringComparison.Ordinal) ? TokenPattern().Replace(text, Mask) : text;

    [GeneratedRegex(@"\d{5,12}:[A-Za-z0-9_-]{30,}")]
    private static partial Regex TokenPattern();
}

using System.Security.Cryptography;
using System.Text;

namespace AlertBot.Storage;

/// <summary>PostgreSQL advisory-lock keys: a stable 64-bit number per name, the same on every node.</summary>
public static class LockKeys
{
    public const string Migrations = "alertbot:migrations";

    public static string Poller(long botId) => "alertbot:poller:" + botId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Node(string nodeId) => "alertbot:node:" + nodeId;

    /// <summary>Held while a webhook update of the chat is claimed, so two claims of one chat take turns.</summary>
    public static string UpdateChat(long chatId) => "alertbot:update-chat:" + chatId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static long For(string name) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0);
}

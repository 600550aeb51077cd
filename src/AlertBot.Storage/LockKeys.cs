using System.Security.Cryptography;
using System.Text;

namespace AlertBot.Storage;

/// <summary>PostgreSQL advisory-lock keys: a stable 64-bit number per name, the same on every node.</summary>
public static class LockKeys
{
    public const string Migrations = "alertbot:migrations";

    public static string Poller(long botId) => "alertbot:poller:" + botId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Node(string nodeId) => "alertbot:node:" + nodeId;

    public static long For(string name) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0);
}

using System.Data.Common;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using AlertBot.Core.Observe;
using AlertBot.Core.Route;
using AlertBot.Core.Understand;
using AlertBot.Storage;
using AlertBot.Testing;
using AlertBot.TestBotApi;

/// <summary>
/// <c>fanout --audience private</c>: private subscribers of the generated audience (topics, keywords, excludes,
/// circles), each given one more way in when the generated subscriptions alone would miss the harness's article
/// (its country's topic, the keyword "convoy", or a circle around Kharkiv), and none of its excludes in it — so
/// the one alert reaches every chat, through the index's three kinds of lookup.
/// </summary>
internal static class AudienceSeed
{
    public const string Article =
        """
        Flash Update: Convoy Attacked Near Kharkiv

        A supply convoy was attacked near Kharkiv on Monday, officials said.

        At 1530 UTC on June 3rd, 2024, the first vehicles were hit by an explosive device.
        """;

    private const long FirstUser = 500_000_000;

    /// <summary>The generated chats, adjusted so the article reaches each of them (checked by the index and a scan).</summary>
    public static List<ChatSettings> Chats(int count)
    {
        var understood = new ArticleUnderstander().Understand(new SourceDocument("flash.txt", System.Text.Encoding.UTF8.GetBytes(Article)));
        var topics = new Router([]).TopicsOf(understood);
        var kharkiv = understood.Location ?? throw new InvalidOperationException("the harness article must be located at Kharkiv");
        var chats = new List<ChatSettings>(count);
        foreach (var (generated, i) in Audience.Generate(count).Select((c, i) => (c, i)))
        {
            var chat = generated with
            {
                Id = FirstUser + i,
                Enabled = true,
                TopicThreads = new Dictionary<string, int>(StringComparer.Ordinal), // private chats have no forum threads
                Excludes = generated.Excludes.Where(w => !Excludes(w, understood)).ToHashSet(StringComparer.Ordinal),
            };
            if (Router.Route(chat, topics, understood.Headline, understood.Body, understood.Location) is null)
            {
                chat = (i % 3) switch
                {
                    0 => chat with { Topics = new HashSet<string>(chat.Topics.Append("ukraine"), StringComparer.Ordinal) },
                    1 => chat with { Keywords = new HashSet<string>(chat.Keywords.Append("convoy"), StringComparer.Ordinal) },
                    _ => chat with { Near = [.. chat.Near.Take(NearCircle.MaxPerChat - 1), new NearCircle("Kharkiv", kharkiv.Lat, kharkiv.Lon, 100)] },
                };
            }

            chats.Add(chat);
        }

        var reached = new ChatIndex(chats).Route(topics, understood.Headline, understood.Body, understood.Location).Count;
        if (reached != count)
            throw new InvalidOperationException($"the article reaches {reached} of {count} generated chats");
        return chats;
    }

    /// <summary>Whether the excluded word is in the article: a chat subscribed to everything but it does not get the article.</summary>
    private static bool Excludes(string word, Understanding article)
    {
        var probe = new ChatSettings
        {
            Id = 1,
            Kind = ChatKind.Private,
            Title = "probe",
            Topics = new HashSet<string>([ChatSettings.AllTopics], StringComparer.Ordinal),
            Excludes = new HashSet<string>([word], StringComparer.Ordinal),
        };
        return Router.Route(probe, new HashSet<string>(StringComparer.Ordinal), article.Headline, article.Body) is null;
    }

    /// <summary>Writes the chats and their subscriptions straight into a fresh database, in one transaction.</summary>
    public static async Task RegisterAsync(TestBotApiServer server, string dataPath, IReadOnlyList<ChatSettings> chats)
    {
        var database = new Database(StorageProvider.Sqlite, Database.SqliteConnectionString(dataPath));
        Migrator.MigrateUp(database);
        await using (var connection = await database.OpenAsync())
        await using (var tx = await connection.BeginTransactionAsync())
        {
            var chat = Command(connection, tx, "INSERT INTO chats (id, type, title, enabled, mode, time_zone, quiet_policy, next_send_ms, created_ms, updated_ms) VALUES ($id, 'private', $title, 1, 'instant', 'Etc/UTC', 'hold', 0, 0, 0)", "$id", "$title");
            var topic = Command(connection, tx, "INSERT INTO chat_topics (chat_id, topic) VALUES ($id, $topic)", "$id", "$topic");
            var keyword = Command(connection, tx, "INSERT INTO chat_keywords (chat_id, kind, keyword) VALUES ($id, $kind, $keyword)", "$id", "$kind", "$keyword");
            var circle = Command(connection, tx, "INSERT INTO chat_circles (chat_id, seq, name, lat, lon, radius_km) VALUES ($id, $seq, $name, $lat, $lon, $radius)", "$id", "$seq", "$name", "$lat", "$lon", "$radius");
            foreach (var c in chats)
            {
                server.AddPrivateChat(c.Id, c.Title);
                await Run(chat, c.Id, c.Title);
                foreach (var t in c.Topics)
                    await Run(topic, c.Id, t);
                foreach (var k in c.Keywords)
                    await Run(keyword, c.Id, "include", k);
                foreach (var k in c.Excludes)
                    await Run(keyword, c.Id, "exclude", k);
                for (var seq = 0; seq < c.Near.Count; seq++)
                    await Run(circle, c.Id, seq, c.Near[seq].Name, c.Near[seq].Lat, c.Near[seq].Lon, c.Near[seq].RadiusKm);
            }

            await tx.CommitAsync();
        }

        await database.DisposeAsync();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction tx, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in names)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            command.Parameters.Add(p);
        }

        return command;
    }

    private static async Task Run(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i];
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Durations of the sender's claims (alertbot.outbox.claim.duration), listened to in-process.</summary>
    public sealed class ClaimTimes : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<double> _seconds = [];

        public ClaimTimes()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == AlertBotMetrics.MeterName && instrument.Name == "alertbot.outbox.claim.duration")
                    listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
            {
                lock (_seconds)
                    _seconds.Add(value);
            });
            _listener.Start();
        }

        public string Summary()
        {
            double[] s;
            lock (_seconds)
                s = [.. _seconds.Order()];
            if (s.Length == 0)
                return "no claims seen";
            double At(double q) => s[Math.Min(s.Length - 1, (int)(q * s.Length))] * 1000;
            return FormattableString.Invariant($"{s.Length} claims, p50 {At(0.5):0.0} ms, p99 {At(0.99):0.0} ms, max {s[^1] * 1000:0.0} ms, total {s.Sum():0.00} s");
        }

        public void Dispose() => _listener.Dispose();
    }

    public static string Memory(long bytes) => FormattableString.Invariant($"{bytes / (1024.0 * 1024):0}");

    public static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using AlertBot.Core.Understand;
using AlertBot.Storage;
using AlertBot.Telegram;
using AlertBot.Telegram.Deliver;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace AlertBot.Cli;

/// <summary>Operator verbs: <c>preview</c>, <c>status</c>, <c>deliveries</c>, <c>replay</c>, <c>chats</c>.</summary>
public static class Commands
{
    /// <summary>Standard output in the console's encoding (never a byte-order mark), flushed when full or disposed.</summary>
    public static StreamWriter BufferedStandardOutput()
    {
        var encoding = Console.OutputEncoding.CodePage == Encoding.UTF8.CodePage ? new UTF8Encoding(false) : Console.OutputEncoding;
        return new StreamWriter(Console.OpenStandardOutput(), encoding, 1 << 16);
    }

    public static bool IsVerb(string verb) => verb is "preview" or "status" or "deliveries" or "replay" or "chats" or "feeds" or "--help" or "help";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        // Text from outside (headlines, titles, errors) reaches the operator's terminal: never its control codes.
        // JSON output escapes them itself and is read by programs, so it stays byte for byte.
        error = new TerminalSafeWriter(error);
        if (!(args[0] == "preview" && (args.Contains("--json") || args.Contains("--telegram"))))
            output = new TerminalSafeWriter(output);
        switch (args[0])
        {
            case "preview":
                return Preview(args[1..], output, error);
            case "status" or "deliveries" or "replay" or "chats" or "feeds":
                return await WithStoreAsync(args, output, error);
            default:
                await output.WriteLineAsync(
                    """
                    usage: AlertBot                       run the worker
                           AlertBot preview [--json] PATH  show what AlertBot understands of a file or folder
                           AlertBot preview --telegram [--format rich|classic] PATH
                                                           the exact Bot API calls the bot would make per article
                           AlertBot status                 outbox, failing chats, last alerts
                           AlertBot deliveries [--failed]  recent deliveries
                           AlertBot replay ID              re-queue a dead-lettered delivery
                           AlertBot chats                  registered chats and their settings
                           (status, deliveries, replay, chats, feeds: the worker's settings, --Section:Key=value
                            among them; --data PATH reads the SQLite file in PATH)
                    """ + "\n" + FeedCommands.Usage);
                return 0;
        }
    }

    /// <summary>One JSON object per article, one line each (the preview contract in DESIGN.md).</summary>
    public static int Preview(string[] args, TextWriter output, TextWriter error)
    {
        var json = args.Contains("--json");
        var telegram = args.Contains("--telegram");
        var formatAt = Array.IndexOf(args, "--format");
        var format = formatAt >= 0 && formatAt + 1 < args.Length ? args[formatAt + 1] : "rich";
        var paths = args.Where((a, i) => a is not ("--json" or "--telegram" or "--format") && (formatAt < 0 || i != formatAt + 1)).ToList();
        if (paths.Count != 1 || format is not ("rich" or "classic") || (json && telegram))
        {
            error.WriteLine("usage: preview [--json | --telegram [--format rich|classic]] PATH   (PATH: a file or a folder)");
            return 2;
        }

        var path = paths[0];
        IEnumerable<string> files;
        string root;
        if (Directory.Exists(path))
        {
            files = FilesUnder(path).Order(StringComparer.Ordinal);
            root = path;
        }
        else if (File.Exists(path) || new FileInfo(path).Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            files = [path];
            root = Path.GetDirectoryName(Path.GetFullPath(path))!;
        }
        else
        {
            error.WriteLine($"preview: no such file or folder: {path}");
            return 2;
        }

        // The worker's own reader: regular files only, links not followed, FIFOs and devices never waited on.
        var reader = new Ingest.ArticleFileReader(Options.Create(new Ingest.ArticlesOptions { Path = root }));
        var understander = new ArticleUnderstander();
        // The gazetteer loads while the folder is listed and the first files are read.
        _ = Task.Run(Places.Preload);
        var mode = json ? PreviewMode.Json : telegram ? (format == "rich" ? PreviewMode.TelegramRich : PreviewMode.TelegramClassic) : PreviewMode.Text;
        // Files are understood on every core at once; the lines come out in the files' order all the same.
        var lines = files.ToArray().AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(file => PreviewFile(file, reader, understander, mode));
        foreach (var fileLines in lines)
        {
            foreach (var line in fileLines)
                output.WriteLine(line);
        }

        output.Flush();
        return 0;
    }

    private enum PreviewMode
    {
        Text,
        Json,
        TelegramRich,
        TelegramClassic,
    }

    /// <summary>What <c>preview</c> prints for one file, line by line.</summary>
    private static List<string> PreviewFile(string file, Ingest.ArticleFileReader reader, ArticleUnderstander understander, PreviewMode mode)
    {
        try
        {
            var read = reader.Read(file);
            if (read.Refusal is { } refusal)
                throw new IOException($"{file} is {refusal.Reason}; not read");
            // As the worker reads a dropped file: its modification time is the publication time of last resort.
            var modified = new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero);
            var u = understander.Understand(new SourceDocument(Path.GetFileName(file), read.Content!) { Published = modified });
            switch (mode)
            {
                case PreviewMode.Json:
                    return [JsonSerializer.Serialize(PreviewLine.Of(file, u), PreviewJson.Relaxed.PreviewLine)];
                case PreviewMode.TelegramRich or PreviewMode.TelegramClassic:
                    return [TelegramPreview.Line(file, u, rich: mode == PreviewMode.TelegramRich)];
                default:
                    List<string> text = [$"{file}\n  {u.Headline}\n  {u.Summary}"];
                    foreach (var k in u.KeyTimes)
                        text.Add($"  {k.UtcText,-18} {k.Text} — {k.Event}");
                    text.Add($"  topics: {string.Join(", ", u.Topics)}; alert: {u.IsAlert}; warnings: {string.Join("; ", u.Warnings)}\n");
                    return text;
            }
        }
        catch (Exception e) when (e is ArticleRejectedException or IOException or UnauthorizedAccessException)
        {
            return mode == PreviewMode.Text
                ? [$"{file}\n  error: {e.Message}\n"]
                : [JsonSerializer.Serialize(new PreviewError(file, e.Message), PreviewJson.Relaxed.PreviewError)];
        }
    }

    /// <summary>Every entry under <paramref name="folder"/>, never entering a linked directory (its link is listed, and refused).</summary>
    private static IEnumerable<string> FilesUnder(string folder)
    {
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var entry in Directory.EnumerateFileSystemEntries(dir))
            {
                var attributes = File.GetAttributes(entry);
                if (attributes.HasFlag(FileAttributes.Directory) && !attributes.HasFlag(FileAttributes.ReparsePoint))
                    pending.Push(entry);
                else
                    yield return entry;
            }
        }
    }

    private static async Task<int> WithStoreAsync(string[] args, TextWriter output, TextWriter error)
    {
        // The worker's settings, read the worker's way (AlertBotApp.CreateBuilder): appsettings.json beside the
        // binary, then Section__Key environment variables, then --Section:Key=value arguments; `--data PATH`
        // (the SQLite folder, Storage:DataPath) last. The rest of the arguments are the verb's.
        List<string> settings = [.. args.Where(IsSetting)];
        args = [.. args.Where(a => !IsSetting(a))];
        var data = Array.IndexOf(args, "--data");
        if (data > 0)
        {
            if (data + 1 >= args.Length)
            {
                await error.WriteLineAsync("--data needs a folder: --data PATH");
                return 2;
            }

            settings.Add($"--{StorageOptions.Section}:DataPath={args[data + 1]}");
            args = [.. args[..data], .. args[(data + 2)..]];
        }

        var configuration = AlertBotApp.CreateBuilder([.. settings]).Configuration;
        StorageOptions storage;
        await using (var options = new ServiceCollection().AddAlertBotStorageOptions(configuration).BuildServiceProvider())
        {
            try
            {
                // Validated as at the worker's start: every problem named.
                storage = options.GetRequiredService<IOptions<StorageOptions>>().Value;
            }
            catch (OptionsValidationException e)
            {
                foreach (var failure in e.Failures)
                    await error.WriteLineAsync(failure);
                return 2;
            }
        }

        var connectionString = StorageSetup.ConnectionString(configuration, storage);
        await using var database = new Database(storage.Provider, connectionString);
        // A verb that changes the database brings its schema up to date first, as the worker does; one that only shows
        // (status, chats, deliveries, feeds, feeds export) changes nothing, and says so when there is nothing to show yet.
        if (args is ["replay", ..] or ["feeds", "import", ..])
        {
            Migrator.MigrateUp(database);
        }
        else if (await Migrator.SchemaVersionAsync(database) is var version && (version is null || version < Migrator.LatestVersion))
        {
            await error.WriteLineAsync(version is null
                ? "no AlertBot database here yet: start the worker once (dotnet run --project src/AlertBot) and ask again, or pass --data PATH"
                : $"the database is at schema version {version}, this AlertBot expects {Migrator.LatestVersion}: start the worker once to migrate it, then ask again");
            return 1;
        }

        var store = Stores.Create(database, TimeProvider.System);
        switch (args[0])
        {
            case "status":
                var stats = await store.Outbox.GetOutboxStatsAsync();
                await output.WriteLineAsync($"outbox: {stats.Pending} pending, {stats.Sending} sending, {stats.Held} held for digests, {stats.Sent} sent, {stats.Dead} dead");
                if (stats.OldestPendingDue is { } due)
                    await output.WriteLineAsync($"oldest pending due {due:u} ({(DateTimeOffset.UtcNow - due).TotalSeconds:F0} s ago)");
                var telegram = configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
                await output.WriteLineAsync(PaidBroadcast.Describe(stats.Pending + stats.Sending, telegram));
                var chats = await store.Chats.GetChatsAsync(enabledOnly: false);
                await output.WriteLineAsync($"chats: {chats.Count(c => c.Enabled)} enabled, {chats.Count(c => !c.Enabled)} disabled");
                foreach (var c in chats.Where(c => !c.Enabled).Take(10))
                    await output.WriteLineAsync($"  disabled {c.Id} {c.Title}: {c.DisabledReason}");
                await output.WriteLineAsync($"articles: {await store.Stories.CountArticlesAsync()}; last alerts:");
                foreach (var a in await store.Stories.RecentArticlesAsync(5))
                    await output.WriteLineAsync($"  #{a.Id} {a.Ingested:u} [{a.Source}] {a.Understanding.Headline}");
                await FeedCommands.WriteStatusAsync(store.Feeds, output);
                await WriteUpdatesStatusAsync(store.Updates, output);
                return 0;
            case "feeds":
                return await FeedCommands.RunAsync(store.Feeds, args[1..], output, error);
            case "deliveries":
                var failed = args.Contains("--failed");
                foreach (var d in await store.Outbox.GetDeliveriesAsync(failed ? DeliveryStates.Dead : null, null, 50))
                    await output.WriteLineAsync($"#{d.Id} chat {d.ChatId} article {d.ArticleId?.ToString(CultureInfo.InvariantCulture) ?? "-"} {d.Kind} {d.State} attempts {d.Attempts} {d.LastError}");
                return 0;
            case "replay":
                if (args.Length != 2 || !long.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    await error.WriteLineAsync("usage: replay DELIVERY_ID   (see: deliveries --failed)");
                    return 2;
                }

                if (await store.Outbox.ReplayAsync(id))
                {
                    await output.WriteLineAsync($"delivery {id} re-queued; a running AlertBot sends it within a second");
                    return 0;
                }

                await error.WriteLineAsync($"delivery {id} is not dead-lettered (or does not exist); nothing changed");
                return 1;
            default:
                foreach (var c in await store.Chats.GetChatsAsync(enabledOnly: false))
                {
                    await output.WriteLineAsync(
                        $"{c.Id} {c.Kind.ToString().ToLowerInvariant()} \"{c.Title}\" {(c.Enabled ? "enabled" : "disabled: " + c.DisabledReason)} "
                        + $"mode {c.Mode.ToString().ToLowerInvariant()}{(c.DigestAt is { } at ? " " + at.ToString("HH:mm", CultureInfo.InvariantCulture) : "")} "
                        + $"zone {c.TimeZone} quiet {(c.Quiet is { } q ? $"{q.Start:HH\\:mm}-{q.End:HH\\:mm} {q.Policy}" : "off")} topics {string.Join(",", c.Topics)}"
                        + ChatExtras(c));
                }

                return 0;
        }
    }

    /// <summary>A setting for the configuration (<c>--Section:Key=value</c>), not an argument of the verb.</summary>
    private static bool IsSetting(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal);

    /// <summary>How updates come in: by webhook (Telegram's last view of it, with its last delivery error) or long polling.</summary>
    private static async Task WriteUpdatesStatusAsync(UpdateStore updates, TextWriter output)
    {
        var (recorded, open) = await updates.CountAsync();
        await output.WriteLineAsync(await updates.GetWebhookStatusAsync() is { } webhook
            ? $"updates: {webhook}; {recorded} recorded in the last 24 h, {open} not handled yet"
            : "updates: long polling (no webhook)");
    }

    /// <summary>What a chat has beyond topics, only when it has it: keywords, excluded words, places near which it is alerted, its own format.</summary>
    private static string ChatExtras(AlertBot.Core.Route.ChatSettings c)
    {
        var extras = new System.Text.StringBuilder();
        if (c.Keywords.Count > 0) extras.Append(CultureInfo.InvariantCulture, $" keywords {string.Join(",", c.Keywords.Order(StringComparer.Ordinal))}");
        if (c.Excludes.Count > 0) extras.Append(CultureInfo.InvariantCulture, $" excludes {string.Join(",", c.Excludes.Order(StringComparer.Ordinal))}");
        if (c.Near.Count > 0)
            extras.Append(CultureInfo.InvariantCulture, $" near {string.Join(",", c.Near.Select(n => $"{n.Name.Replace(' ', '_')}:{n.RadiusKm.ToString("0.#", CultureInfo.InvariantCulture)}km"))}");
        if (c.Format is { } format) extras.Append(CultureInfo.InvariantCulture, $" format {(format == AlertBot.Core.Route.AlertFormat.Html ? "classic" : "rich")}");
        return extras.ToString();
    }
}

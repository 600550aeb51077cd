namespace AlertBot.Ingest;

/// <summary>One entry of the <c>Feeds</c> list: <c>{ "Url": …, "Name": …, "Interval": "00:05:00" }</c>.</summary>
public sealed class FeedOptions
{
    public string Url { get; set; } = "";

    /// <summary>Shown as the origin of its alerts ("also reported by"); defaults to the URL's host.</summary>
    public string? Name { get; set; }

    /// <summary>How often the feed is polled (its own Quartz trigger).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>The <c>Feeds</c> list and how feeds are fetched (<c>FeedPolling</c>).</summary>
public sealed class FeedsOptions
{
    public const string ListSection = "Feeds";
    public const string Section = "FeedPolling";

    public List<FeedOptions> Feeds { get; set; } = [];

    /// <summary>One request, connect to last byte.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>A failing feed waits interval × 2^failures, at most this long, between tries.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Larger feed documents are refused (counted as a failure).</summary>
    public int MaxBytes { get; set; } = 10 * 1024 * 1024;

    public string UserAgent { get; set; } = "AlertBot/1.0 (+feed reader)";

    public static string NameOf(FeedOptions feed) =>
        !string.IsNullOrWhiteSpace(feed.Name) ? feed.Name.Trim()
        : Uri.TryCreate(feed.Url, UriKind.Absolute, out var uri) ? uri.Host
        : feed.Url;
}

/// <summary>Names every problem with the feed settings at start.</summary>
public sealed class FeedsOptionsValidator : Microsoft.Extensions.Options.IValidateOptions<FeedsOptions>
{
    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, FeedsOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Feeds.Count; i++)
        {
            var feed = options.Feeds[i];
            if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                failures.Add($"Feeds:{i}:Url '{feed.Url}' is not an absolute http(s) URL.");
            if (feed.Interval < TimeSpan.FromSeconds(1))
                failures.Add($"Feeds:{i}:Interval {feed.Interval} is shorter than one second.");
        }

        foreach (var dup in options.Feeds.GroupBy(f => f.Url, StringComparer.Ordinal).Where(g => g.Count() > 1))
            failures.Add($"Feeds: '{dup.Key}' is listed {dup.Count()} times.");
        if (options.Timeout <= TimeSpan.Zero)
            failures.Add("FeedPolling:Timeout must be positive.");
        if (options.MaxBackoff < TimeSpan.FromSeconds(1))
            failures.Add("FeedPolling:MaxBackoff must be at least one second.");
        if (options.MaxBytes < 1024)
            failures.Add("FeedPolling:MaxBytes must be at least 1024.");
        return failures.Count == 0 ? Microsoft.Extensions.Options.ValidateOptionsResult.Success : Microsoft.Extensions.Options.ValidateOptionsResult.Fail(failures);
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlertBot.Tests.Ingest;

/// <summary>
/// An RSS server on 127.0.0.1 for the feed tests: serves the current document with a strong ETag and
/// Last-Modified, answers 304 to a matching If-None-Match, and can be told to fail with 500 or to serve
/// binary bytes where the feed should be.
/// </summary>
internal sealed class TestFeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private string _xml = "";
    private int _requests;
    private int _notModified;
    private readonly List<string?> _ifNoneMatch = [];

    private TestFeedServer(WebApplication app) => _app = app;

    public Uri FeedUrl { get; private set; } = null!;

    public bool Failing { get; set; }

    /// <summary>Serves 4 KiB of random bytes (NULs among them) as the feed, with 200 and an RSS content type.</summary>
    public bool Binary { get; set; }

    public int Requests => Volatile.Read(ref _requests);

    public int NotModified => Volatile.Read(ref _notModified);

    public IReadOnlyList<string?> IfNoneMatch
    {
        get
        {
            lock (_gate)
                return [.. _ifNoneMatch];
        }
    }

    public string ETag => "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_xml)))[..16] + "\"";

    public static async Task<TestFeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new TestFeedServer(app);
        app.MapGet("/feed.xml", server.Serve);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.FeedUrl = new Uri(new Uri(address), "/feed.xml");
        return server;
    }

    /// <summary>Serves an RSS 2.0 document with these items (guid, title, text).</summary>
    public void SetItems(params (string Guid, string Title, string Text)[] items)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>Test wire</title><link>https://wire.example.org/</link><description>flash</description>\n");
        foreach (var (guid, title, text) in items)
        {
            sb.Append("<item><guid isPermaLink=\"false\">").Append(guid).Append("</guid><title>").Append(System.Security.SecurityElement.Escape(title))
                .Append("</title><pubDate>Mon, 03 Jun 2024 16:00:00 GMT</pubDate><description>").Append(System.Security.SecurityElement.Escape(text)).Append("</description></item>\n");
        }

        sb.Append("</channel></rss>");
        lock (_gate)
            _xml = sb.ToString();
    }

    private IResult Serve(HttpRequest request)
    {
        Interlocked.Increment(ref _requests);
        string xml;
        lock (_gate)
        {
            _ifNoneMatch.Add(request.Headers.IfNoneMatch.Count > 0 ? request.Headers.IfNoneMatch.ToString() : null);
            xml = _xml;
        }

        if (Failing)
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        if (Binary)
            return Results.Bytes(RandomNumberGenerator.GetBytes(4096), "application/rss+xml");
        var etag = ETag;
        if (request.Headers.IfNoneMatch.ToString() == etag)
        {
            Interlocked.Increment(ref _notModified);
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        request.HttpContext.Response.Headers.ETag = etag;
        request.HttpContext.Response.Headers.LastModified = "Mon, 03 Jun 2024 16:00:00 GMT";
        return Results.Text(xml, "application/rss+xml; charset=utf-8");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

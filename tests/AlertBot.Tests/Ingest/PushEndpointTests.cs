using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AlertBot.Ingest;
using AlertBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests.Ingest;

/// <summary>POST /articles against the real host: good requests stored once, bad ones refused with the right 4xx.</summary>
public sealed class PushEndpointTests : IAsyncLifetime, IDisposable
{
    private const string Key = "test-push-key-0123456789";
    private HostRunner _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _host = await HostRunner.StartAsync(server: null, $"--Push:ApiKey={Key}", "--Push:MaxBytes=4096");
        _http = new HttpClient { BaseAddress = _host.BaseAddress() };
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Post_JsonArticleWithKey_Returns201WithIdOfTheStoredArticle()
    {
        var json = JsonSerializer.Serialize(new { title = "Ferry Seized Off the Coast", body = Fixtures.Numbered(41), url = "https://example.org/news/ferry-41" });

        using var response = await PostAsync(json, "application/json");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await AnswerAsync(response);
        Assert.Equal("stored", answer.GetProperty("outcome").GetString());
        var id = answer.GetProperty("id").GetInt64();
        var stored = await _host.Services.GetRequiredService<Stores>().Stories.GetArticleAsync(id);
        Assert.NotNull(stored);
        Assert.Equal(Sources.Push, stored.Source);
        Assert.Equal("https://example.org/news/ferry-41", stored.Understanding.Url);
        Assert.True(stored.Understanding.IsAlert);
    }

    [Fact]
    public async Task Post_SameArticleTwice_SecondIs200DuplicateWithTheSameId()
    {
        var first = await AnswerAsync(await PostAsync(Fixtures.Numbered(42), "text/plain; charset=utf-8"));
        using var again = await PostAsync(Fixtures.Numbered(42), "text/plain");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = await AnswerAsync(again);
        Assert.Equal("duplicate", second.GetProperty("outcome").GetString());
        Assert.Equal(first.GetProperty("id").GetInt64(), second.GetProperty("id").GetInt64());
        Assert.Equal(1, await _host.Services.GetRequiredService<Stores>().Stories.CountArticlesAsync());
    }

    [Theory]
    [InlineData("text/markdown", "# Drone Strike Hits Fuel Depot\n\nA drone struck a fuel depot near the port at 0230Z on May 2nd, 2024, local officials said. Fires burned for hours.\n")]
    [InlineData("text/html", "<html><head><title>Drone Strike Hits Fuel Depot</title></head><body><h1>Drone Strike Hits Fuel Depot</h1><p>A drone struck a fuel depot near the port at 0230Z on May 2nd, 2024, local officials said. Fires burned for hours.</p></body></html>")]
    public async Task Post_RawMarkdownOrHtml_IsUnderstoodByContentType(string contentType, string body)
    {
        using var response = await PostAsync(body, contentType);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await AnswerAsync(response)).GetProperty("id").GetInt64();
        var stored = await _host.Services.GetRequiredService<Stores>().Stories.GetArticleAsync(id);
        Assert.Equal("Drone Strike Hits Fuel Depot", stored!.Understanding.Headline);
        Assert.Contains(stored.Understanding.KeyTimes, k => k.UtcText == "2024-05-02T02:30Z");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Post_MissingOrWrongKey_Returns401AndStoresNothing(string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/articles") { Content = new StringContent(Fixtures.Numbered(43), Encoding.UTF8, "text/plain") };
        if (key is not null)
            request.Headers.Add("X-Api-Key", key);

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await _host.Services.GetRequiredService<Stores>().Stories.CountArticlesAsync());
    }

    [Fact]
    public async Task Post_OverTheSizeLimit_Returns413()
    {
        using var response = await PostAsync(Fixtures.Numbered(44) + new string('x', 5000), "text/plain");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Push:MaxBytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_Returns413()
    {
        // No Content-Length: the limit must hold while reading.
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string('y', 10_000))));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/articles") { Content = content };
        request.Headers.Add("X-Api-Key", Key);
        request.Headers.TransferEncodingChunked = true;

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("application/pdf")]
    [InlineData("image/png")]
    [InlineData(null)]
    public async Task Post_UnsupportedContentType_Returns415(string? contentType)
    {
        using var response = await PostAsync(Fixtures.Numbered(45), contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"title\": \"broken", "invalid JSON")]
    [InlineData("[1, 2, 3]", "invalid JSON")]
    [InlineData("", "empty article")]
    public async Task Post_BadBody_Returns400WithAClearError(string body, string title)
    {
        using var response = await PostAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(title, (await AnswerAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Post_BinaryAsText_Returns422()
    {
        var bytes = new byte[600];
        new Random(7).NextBytes(bytes);
        bytes[3] = 0;
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        using var response = await PostAsync(content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task Post_OnlyBoilerplate_IsStoredAsNotAnAlert()
    {
        using var response = await PostAsync("Subscribe to our newsletter\n\nAccept cookies\n", "text/plain");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("not-an-alert", (await AnswerAsync(response)).GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Post_WithoutConfiguredKey_EndpointIsNotThere()
    {
        await using var host = await HostRunner.StartAsync(server: null);
        using var http = new HttpClient { BaseAddress = host.BaseAddress() };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/articles") { Content = new StringContent(Fixtures.Numbered(46), Encoding.UTF8, "text/plain") };
        request.Headers.Add("X-Api-Key", "anything");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_BeyondMaxConcurrent_Returns429WithRetryAfter_AndIsAcceptedOnceTheSlowOnesFinish()
    {
        await using var host = await HostRunner.StartAsync(server: null, $"--Push:ApiKey={Key}", "--Push:MaxConcurrent=2");
        using var http = new HttpClient { BaseAddress = host.BaseAddress() };
        var gate = host.Services.GetRequiredService<PushGate>();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Two uploads that send their headers and part of their body, then hold the connection open.
        var slow = new[] { 47, 48 }.Select(n => SendAsync(http, new HeldContent(Encoding.UTF8.GetBytes(Fixtures.Numbered(n)), release.Task))).ToList();
        await HostRunnerHttp.WaitForAsync(() => Task.FromResult(gate.InUse == 2));
        using var refused = await SendAsync(http, new StringContent(Fixtures.Numbered(49), Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Push:MaxConcurrent", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        release.SetResult();
        foreach (var response in await Task.WhenAll(slow))
        {
            using (response)
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        using var again = await SendAsync(http, new StringContent(Fixtures.Numbered(49), Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(3, await host.Services.GetRequiredService<Stores>().Stories.CountArticlesAsync());
        Assert.Equal(0, gate.InUse);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public async Task Start_MaxConcurrentBelowOne_StopsTheHostNamingTheSetting(string value)
    {
        var root = Path.Combine(Path.GetTempPath(), "alertbot-push-" + Guid.NewGuid().ToString("N")[..8]);
        string[] args = [$"--Push:ApiKey={Key}", $"--Push:MaxConcurrent={value}", $"--Articles:Path={root}/a", $"--Storage:DataPath={root}/d", "--Urls=http://127.0.0.1:0", $"--Scheduling:SchedulerName=push-{Guid.NewGuid():N}"];

        // Mapping the endpoint reads the push settings, so the host stops while it is being built.
        var e = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var app = AlertBotApp.Build(args);
            await app.StartAsync();
        });

        Assert.Contains("MaxConcurrent", string.Join(" ", e.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ChunkedBodyLongerThanTheFirstBuffer_IsReadWhole()
    {
        // No Content-Length: the body is read into a buffer that starts at 64 KiB and doubles.
        await using var host = await HostRunner.StartAsync(server: null, $"--Push:ApiKey={Key}");
        using var http = new HttpClient { BaseAddress = host.BaseAddress() };
        var text = new StringBuilder(Fixtures.Numbered(50)).Append("\n\n");
        for (var i = 0; text.Length < 150_000; i++)
            text.Append("Witnesses described the scene in paragraph ").Append(i).Append(", and officials gave no further details at the time.\n\n");
        text.Append("The last paragraph ends here.");
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/articles") { Content = content };
        request.Headers.Add("X-Api-Key", Key);
        request.Headers.TransferEncodingChunked = true;

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await host.Services.GetRequiredService<Stores>().Stories.GetArticleAsync((await AnswerAsync(response)).GetProperty("id").GetInt64());
        Assert.EndsWith("The last paragraph ends here.", stored!.Understanding.Body, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/articles") { Content = content };
        request.Headers.Add("X-Api-Key", Key);
        return await http.SendAsync(request);
    }

    /// <summary>A text/plain body with its Content-Length: the first 100 bytes at once, the rest when released.</summary>
    private sealed class HeldContent : HttpContent
    {
        private readonly byte[] _body;
        private readonly Task _release;

        public HeldContent(byte[] body, Task release)
        {
            _body = body;
            _release = release;
            Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(_body.AsMemory(0, 100));
            await stream.FlushAsync();
            await _release;
            await stream.WriteAsync(_body.AsMemory(100));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _body.Length;
            return true;
        }
    }

    private Task<HttpResponseMessage> PostAsync(string body, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return PostAsync(content);
    }

    private async Task<HttpResponseMessage> PostAsync(HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/articles") { Content = content };
        request.Headers.Add("X-Api-Key", Key);
        return await _http.SendAsync(request);
    }

    private static async Task<JsonElement> AnswerAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}

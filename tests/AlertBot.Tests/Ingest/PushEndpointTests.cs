using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AlertBot.Storage;
using Microsoft.Extensions.DependencyInjection;

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
        var stored = await _host.Services.GetRequiredService<AlertStore>().GetArticleAsync(id);
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
        Assert.Equal(1, await _host.Services.GetRequiredService<AlertStore>().CountArticlesAsync());
    }

    [Theory]
    [InlineData("text/markdown", "# Drone Strike Hits Fuel Depot\n\nA drone struck a fuel depot near the port at 0230Z on May 2nd, 2024, local officials said. Fires burned for hours.\n")]
    [InlineData("text/html", "<html><head><title>Drone Strike Hits Fuel Depot</title></head><body><h1>Drone Strike Hits Fuel Depot</h1><p>A drone struck a fuel depot near the port at 0230Z on May 2nd, 2024, local officials said. Fires burned for hours.</p></body></html>")]
    public async Task Post_RawMarkdownOrHtml_IsUnderstoodByContentType(string contentType, string body)
    {
        using var response = await PostAsync(body, contentType);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await AnswerAsync(response)).GetProperty("id").GetInt64();
        var stored = await _host.Services.GetRequiredService<AlertStore>().GetArticleAsync(id);
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
        Assert.Equal(0, await _host.Services.GetRequiredService<AlertStore>().CountArticlesAsync());
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

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlertBot.Tests.Cluster;

/// <summary>
/// A load balancer in front of several AlertBot instances, as Telegram's webhook sees them: each request goes to one
/// instance at random; some go to two at once (a balancer retrying a slow backend), and some are answered 502 after the
/// instance took them (a timeout on the way back), so Telegram delivers them again — to either instance.
/// </summary>
internal sealed class WebhookBalancer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http = new();
    private readonly Random _random = new(19);
    private readonly Lock _gate = new();
    private Uri[] _backends = [];
    private int _doubled;
    private int _answeredBadGateway;
    private readonly Dictionary<int, int> _perBackend = [];

    private WebhookBalancer(WebApplication app) => _app = app;

    /// <summary>The URL to give Telegram: <c>http://127.0.0.1:PORT/telegram/webhook</c>.</summary>
    public string Url { get; private set; } = "";

    /// <summary>How often a request went to two instances at once.</summary>
    public int Doubled => Volatile.Read(ref _doubled);

    /// <summary>How often the instance's 200 was replaced by a 502, so that Telegram sent the update again.</summary>
    public int AnsweredBadGateway => Volatile.Read(ref _answeredBadGateway);

    /// <summary>Requests each backend got.</summary>
    public IReadOnlyDictionary<int, int> PerBackend
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<int, int>(_perBackend);
            }
        }
    }

    public double DoubleRate { get; init; } = 0.25;

    public double BadGatewayRate { get; init; } = 0.15;

    public static async Task<WebhookBalancer> StartAsync(double doubleRate = 0.25, double badGatewayRate = 0.15)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var balancer = new WebhookBalancer(app) { DoubleRate = doubleRate, BadGatewayRate = badGatewayRate };
        app.Run(balancer.ForwardAsync);
        await app.StartAsync();
        balancer.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + WebhookEndpoint.Path;
        return balancer;
    }

    /// <summary>The instances behind it (their base addresses); until there are some, it answers 503.</summary>
    public void SetBackends(params Uri[] backends)
    {
        lock (_gate)
        {
            _backends = backends;
        }
    }

    private async Task ForwardAsync(HttpContext http)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body);
        int first, second;
        bool doubled, badGateway;
        Uri[] backends;
        lock (_gate)
        {
            backends = _backends;
            if (backends.Length == 0)
            {
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            first = _random.Next(backends.Length);
            second = (first + 1 + _random.Next(Math.Max(1, backends.Length - 1))) % backends.Length;
            doubled = backends.Length > 1 && _random.NextDouble() < DoubleRate;
            badGateway = _random.NextDouble() < BadGatewayRate;
            Count(first);
            if (doubled)
                Count(second);
        }

        var secret = http.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].ToString();
        var answers = new List<Task<HttpStatusCode>> { SendAsync(backends[first], body.ToArray(), secret, http.RequestAborted) };
        if (doubled)
        {
            Interlocked.Increment(ref _doubled);
            answers.Add(SendAsync(backends[second], body.ToArray(), secret, http.RequestAborted));
        }

        var statuses = await Task.WhenAll(answers);
        if (badGateway && statuses[0] == HttpStatusCode.OK)
        {
            Interlocked.Increment(ref _answeredBadGateway);
            http.Response.StatusCode = StatusCodes.Status502BadGateway;
            return;
        }

        http.Response.StatusCode = (int)statuses[0];
    }

    private void Count(int backend) => _perBackend[backend] = _perBackend.GetValueOrDefault(backend) + 1;

    private async Task<HttpStatusCode> SendAsync(Uri backend, byte[] body, string secret, CancellationToken ct)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(backend, WebhookEndpoint.Path.TrimStart('/')))
            {
                Content = new ByteArrayContent(body),
            };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            if (secret.Length > 0)
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
            using var response = await _http.SendAsync(request, ct);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return HttpStatusCode.BadGateway;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
    }
}

using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace AlertBot.Tests.Observe;

internal static class ObserveKit
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    public static async Task<(HttpStatusCode Status, string Body)> GetAsync(Uri baseAddress, string path)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(15) };
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Polls until <paramref name="path"/> answers <paramref name="status"/>; returns the last body.</summary>
    public static async Task<string> WaitForStatusAsync(Uri baseAddress, string path, HttpStatusCode status, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var (got, body) = await GetAsync(baseAddress, path);
            if (got == status)
                return body;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{path} still answers {(int)got}, not {(int)status}: {body}");
            await Task.Delay(200);
        }
    }

    /// <summary>Scrapes /metrics until <paramref name="ready"/> holds for its text (a sample not there yet counts as not ready).</summary>
    public static async Task<(HttpStatusCode Status, string Text)> WaitForMetricsAsync(Uri baseAddress, string path, Func<string, bool> ready, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var (status, text) = await GetAsync(baseAddress, path);
            if (status == HttpStatusCode.OK && Holds(ready, text))
                return (status, text);
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"/{path} never showed what was waited for:\n{text}");
            await Task.Delay(50);
        }
    }

    public static Task<(HttpStatusCode Status, string Text)> WaitForMetricsAsync(Uri baseAddress, Func<string, bool> ready, TimeSpan timeout) =>
        WaitForMetricsAsync(baseAddress, "metrics", ready, timeout);

    /// <summary>Waits until <paramref name="condition"/> holds, polling; fails after <paramref name="timeout"/>.</summary>
    public static async Task UntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("timed out waiting for " + what);
            await Task.Delay(20);
        }
    }

    private static bool Holds(Func<string, bool> ready, string text)
    {
        try
        {
            return ready(text);
        }
        catch (Xunit.Sdk.XunitException)
        {
            return false;
        }
    }

    /// <summary>The sum of the samples of a Prometheus metric whose labels include every one given ("outcome=\"sent\"").</summary>
    public static double Sample(string metricsText, string name, params string[] labels)
    {
        var total = 0.0;
        var found = false;
        foreach (var line in metricsText.Split('\n'))
        {
            if (!line.StartsWith(name + "{", StringComparison.Ordinal) && !line.StartsWith(name + " ", StringComparison.Ordinal))
                continue;
            if (!labels.All(l => line.Contains(l, StringComparison.Ordinal)))
                continue;
            var value = line[(line.LastIndexOf(' ') + 1)..];
            total += double.Parse(value, CultureInfo.InvariantCulture);
            found = true;
        }

        return found ? total : throw new Xunit.Sdk.XunitException($"no sample {name}{{{string.Join(',', labels)}}} in:\n{metricsText}");
    }
}

/// <summary>
/// A TCP relay on a fixed loopback port in front of the test Bot API server: stopping it makes the Bot API
/// unreachable (connections refused) without changing the address the bot was configured with; starting it
/// again on the same port brings it back.
/// </summary>
internal sealed class TcpRelay : IDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource? _stop;

    public TcpRelay(Uri target)
    {
        _target = new IPEndPoint(IPAddress.Parse(target.Host), target.Port);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public void Start()
    {
        _stop = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptAsync(_listener, _stop.Token);
    }

    /// <summary>Stops listening and cuts every relayed connection.</summary>
    public void Stop()
    {
        _stop?.Cancel();
        _listener?.Stop();
        lock (_open)
        {
            foreach (var c in _open)
                c.Dispose();
            _open.Clear();
        }
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(inbound, ct);
        }
    }

    private async Task RelayAsync(TcpClient inbound, CancellationToken ct)
    {
        var outbound = new TcpClient();
        lock (_open)
        {
            _open.Add(inbound);
            _open.Add(outbound);
        }

        try
        {
            await outbound.ConnectAsync(_target, ct);
            var a = inbound.GetStream();
            var b = outbound.GetStream();
            await Task.WhenAny(a.CopyToAsync(b, ct), b.CopyToAsync(a, ct));
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
        }
        finally
        {
            inbound.Dispose();
            outbound.Dispose();
        }
    }

    public void Dispose()
    {
        Stop();
        _stop?.Dispose();
    }
}

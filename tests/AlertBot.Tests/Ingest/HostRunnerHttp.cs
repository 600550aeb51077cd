using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AlertBot.Tests.Ingest;

internal static class HostRunnerHttp
{
    /// <summary>The address Kestrel bound for the host (it listens on 127.0.0.1:0).</summary>
    public static Uri BaseAddress(this HostRunner host) =>
        new(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("condition not met in time");
            await Task.Delay(50);
        }
    }

    /// <summary>POST /articles with the push key and the source's id; answers the outcome ("stored", "updated" …).</summary>
    public static async Task<string> PushArticleAsync(this HttpClient http, string key, string id, string text, string mediaType = "text/plain")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/articles") { Content = new StringContent(text, System.Text.Encoding.UTF8, mediaType) };
        request.Headers.Add("X-Api-Key", key);
        request.Headers.Add("X-Article-Id", id);
        using var response = await http.SendAsync(request);
        Xunit.Assert.True(response.StatusCode is System.Net.HttpStatusCode.Created or System.Net.HttpStatusCode.OK, $"push answered {response.StatusCode}");
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("outcome").GetString()!;
    }

    /// <summary>Makes a chat's sent alert look <paramref name="age"/> old (past Telegram's edit window, say), once it is recorded as sent.</summary>
    public static async Task AgeSentAlertAsync(this HostRunner host, long chatId, TimeSpan age)
    {
        var store = await host.WaitForSentAlertAsync(chatId);
        await using var connection = await store.Database.OpenAsync();
        await Dapper.SqlMapper.ExecuteAsync(connection, "UPDATE deliveries SET sent_ms = sent_ms - @age WHERE kind = 'alert' AND chat_id = @chatId", new { age = (long)age.TotalMilliseconds, chatId });
    }

    /// <summary>Waits until the store records a chat's alert as sent (the sender records sends in batches, after Telegram answered).</summary>
    public static async Task<AlertBot.Storage.Stores> WaitForSentAlertAsync(this HostRunner host, long chatId)
    {
        var store = host.Services.GetRequiredService<AlertBot.Storage.Stores>();
        await WaitForAsync(async () => (await store.Outbox.GetDeliveriesAsync(AlertBot.Storage.DeliveryStates.Sent, chatId, 10)).Any(d => d.Kind == "alert"));
        return store;
    }
}

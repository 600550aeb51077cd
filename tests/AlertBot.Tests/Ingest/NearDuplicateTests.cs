using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AlertBot.Storage;
using AlertBot.TestBotApi;
using Microsoft.Extensions.DependencyInjection;

namespace AlertBot.Tests.Ingest;

/// <summary>The same event from two sources within the window is one alert, "also reported by" the second.</summary>
public sealed class NearDuplicateTests : HostedBotTest, IDisposable
{
    private const string Key = "near-dup-key";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private HttpClient _http = null!;

    private const string WireA =
        """
        Rebels Shell Airport Outside Provincial Capital

        Rebel fighters shelled the airport outside the provincial capital on Saturday morning, damaging the runway and a fuel depot, the regional governor said in a statement.

        At 0740 GMT on August 17th, 2024, the first rounds landed near the control tower, according to the governor. Flights were suspended for the rest of the day and two aid convoys were turned back.
        """;

    // The same wire copy as another outlet ran it: a new headline kicker and two words changed.
    private const string WireB =
        """
        BREAKING: Rebels Shell Airport Outside Provincial Capital

        Rebel fighters shelled the airport outside the provincial capital early on Saturday, damaging the runway and a fuel depot, the regional governor said in a statement.

        At 0740 GMT on August 17th, 2024, the first rounds landed near the control tower, according to the governor. Flights were halted for the rest of the day and two aid convoys were turned back.
        """;

    private const string Unrelated =
        """
        Coast Guard Intercepts Fishing Fleet in Disputed Waters

        The coast guard intercepted a fleet of fishing vessels in disputed waters north of the island chain on Saturday, the defence ministry said, and escorted three boats to port.

        At 1100 GMT on August 17th, 2024, patrol ships ordered the vessels to stop, the ministry said.
        """;

    protected override IEnumerable<string> HostArgs => [$"--Push:ApiKey={Key}"];

    protected override async Task HostStartedAsync()
    {
        _http = new HttpClient { BaseAddress = Host.BaseAddress() };
        Server.AddPrivateChat(4001, "Dee");
        Server.SendText(4001, 4001, "/start");
        await Server.WaitUntilAsync(s => s.SentTo(4001).Count == 1, Wait);
    }

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task SameEventFromTwoSources_MakesOneAlert_EditedToSayAlsoReportedBy()
    {
        var first = await PushAsync(WireA, "Wire A");
        await Server.WaitUntilAsync(s => s.SentTo(4001).Count == 2, Wait);

        var second = await PushAsync(WireB, "Wire B");
        await Server.WaitUntilAsync(s => s.Edits.Any(e => e.ChatId == 4001), Wait);
        await Host.WaitUntilSettledAsync();

        Assert.Equal("stored", first.GetProperty("outcome").GetString());
        Assert.Equal("near-duplicate", second.GetProperty("outcome").GetString());
        Assert.Equal(first.GetProperty("id").GetInt64(), second.GetProperty("originalId").GetInt64());
        Assert.Equal(2, Server.SentTo(4001).Count);
        var edit = Assert.Single(Server.Edits);
        Assert.Equal(Server.SentTo(4001)[1].MessageId, edit.MessageId);
        Assert.Contains("Also reported by: Wire B", edit.Text, StringComparison.Ordinal);
        var story = await Host.Services.GetRequiredService<Stores>().Stories.GetStoryAsync(first.GetProperty("id").GetInt64());
        Assert.Equal(["Wire B"], story!.AlsoReportedBy);
    }

    [Fact]
    public async Task NearDuplicate_UpdatedLater_StaysMergedAndSendsNoAlertOfItsOwn()
    {
        await PushAsync(WireA, "Wire A", id: "a-1");
        await Server.WaitUntilAsync(s => s.SentTo(4001).Count == 2, Wait);
        Assert.Equal("near-duplicate", (await PushAsync(WireB, "Wire B", id: "b-1")).GetProperty("outcome").GetString());

        var update = await PushAsync(WireB + "\n\nBy 1200 GMT on August 17th, 2024, the runway had reopened to military flights, the governor said.\n", "Wire B", id: "b-1");
        await Host.WaitUntilSettledAsync();

        Assert.Equal("updated", update.GetProperty("outcome").GetString());
        Assert.Equal(2, Server.SentTo(4001).Count);
    }

    [Fact]
    public async Task DifferentEventsFromTwoSources_MakeTwoAlerts()
    {
        await PushAsync(WireA, "Wire A");
        var other = await PushAsync(Unrelated, "Wire B");
        await Server.WaitUntilAsync(s => s.SentTo(4001).Count == 3, Wait);

        Assert.Equal("stored", other.GetProperty("outcome").GetString());
        Assert.Empty(Server.Edits);
    }

    [Fact]
    public async Task NearIdenticalFromTheSameSource_AreTwoAlerts()
    {
        // One source sending two similar items means two items (e.g. numbered flash updates), not a copy.
        await PushAsync(WireA, "Wire A");
        var again = await PushAsync(WireB, "Wire A");
        await Server.WaitUntilAsync(s => s.SentTo(4001).Count == 3, Wait);

        Assert.Equal("stored", again.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task ThresholdAboveTheSimilarity_MakesTwoAlerts()
    {
        await Host.RestartAsync($"--Push:ApiKey={Key}", "--Duplicates:Threshold=0.99");
        using var http = new HttpClient { BaseAddress = Host.BaseAddress() };

        await PushAsync(WireA, "Wire A", http);
        var second = await PushAsync(WireB, "Wire B", http);

        Assert.Equal("stored", second.GetProperty("outcome").GetString());
    }

    private async Task<JsonElement> PushAsync(string text, string source, HttpClient? http = null, string? id = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/articles") { Content = new StringContent(text, Encoding.UTF8, "text/plain") };
        request.Headers.Add("X-Api-Key", Key);
        request.Headers.Add("X-Source", source);
        if (id is not null)
            request.Headers.Add("X-Article-Id", id);
        using var response = await (http ?? _http).SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }
}

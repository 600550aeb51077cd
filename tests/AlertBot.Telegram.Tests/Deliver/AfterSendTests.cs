using AlertBot.Telegram.Deliver;
using Microsoft.Extensions.Time.Testing;

namespace AlertBot.Telegram.Tests.Deliver;

/// <summary>The decision after a send that did not succeed: a pure function of the answer, the attempts and the options.</summary>
public sealed class AfterSendTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero));

    private static TelegramOptions Options(UnknownOutcomePolicy policy = UnknownOutcomePolicy.Resend) =>
        new() { MaxAttempts = 3, UnknownOutcome = policy };

    public static TheoryData<string, SendResult, int, UnknownOutcomePolicy, AfterSend> Cases()
    {
        var now = new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);
        return new()
        {
            { "429 waits retry_after, whatever the attempts", new SendResult.RetryAfter(TimeSpan.FromSeconds(7)), 9, UnknownOutcomePolicy.Resend, new AfterSend.RateLimited(now.AddSeconds(7), TimeSpan.FromSeconds(7)) },
            { "a 502 on the first attempt backs off 1 s + jitter × 2 s", new SendResult.Transient("502 Bad Gateway", false), 1, UnknownOutcomePolicy.Resend, new AfterSend.Retry(now.AddSeconds(2), "502 Bad Gateway", false) },
            { "a timeout is retried, counted unknown", new SendResult.Transient("timed out", true), 2, UnknownOutcomePolicy.Resend, new AfterSend.Retry(now.AddSeconds(3), "timed out", true) },
            { "a timeout under DeadLetter is given up at once", new SendResult.Transient("timed out", true), 1, UnknownOutcomePolicy.DeadLetter, new AfterSend.DeadLetter("timed out (after 1 attempts)") },
            { "a known 5xx under DeadLetter is still retried", new SendResult.Transient("500", false), 1, UnknownOutcomePolicy.DeadLetter, new AfterSend.Retry(now.AddSeconds(2), "500", false) },
            { "the last allowed attempt dead-letters", new SendResult.Transient("503", false), 3, UnknownOutcomePolicy.Resend, new AfterSend.DeadLetter("503 (after 3 attempts)") },
            { "403 disables the chat", new SendResult.ChatGone("bot was blocked by the user"), 1, UnknownOutcomePolicy.Resend, new AfterSend.DisableChat("bot was blocked by the user") },
            { "an upgraded group moves to its supergroup", new SendResult.Migrated(-1009), 1, UnknownOutcomePolicy.Resend, new AfterSend.MigrateChat(-1009) },
            { "another 400 dead-letters", new SendResult.Rejected("Bad Request: chat not found"), 1, UnknownOutcomePolicy.Resend, new AfterSend.DeadLetter("Bad Request: chat not found") },
            { "markup refused again (as plain text) dead-letters", new SendResult.BadMarkup("can't parse entities"), 1, UnknownOutcomePolicy.Resend, new AfterSend.DeadLetter("can't parse entities") },
            { "a success records nothing here", new SendResult.Sent(42), 1, UnknownOutcomePolicy.Resend, new AfterSend.None() },
            { "a rich refusal records nothing here", new SendResult.RichUnsupported("404"), 1, UnknownOutcomePolicy.Resend, new AfterSend.None() },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_EachAnswer_TheOutboxMoveItCallsFor(string because, SendResult result, int attempts, UnknownOutcomePolicy policy, AfterSend expected)
    {
        var decision = AfterSend.Decide(result, attempts, Options(policy), _time.GetUtcNow(), jitter: 0.5);

        Assert.True(expected == decision, $"{because}: expected {expected}, got {decision}");
    }

    [Theory]
    [InlineData(1, 0.0, 1)]
    [InlineData(1, 0.999, 2.998)]
    [InlineData(3, 0.5, 5)]
    [InlineData(8, 1.0, 257)]
    [InlineData(9, 1.0, 301)]
    [InlineData(50, 0.5, 151)]
    [InlineData(0, 0.5, 2)]
    public void Backoff_DoublesPerAttempt_WithFullJitter_CappedAtFiveMinutes(int attempt, double jitter, double seconds) =>
        Assert.Equal(seconds, AfterSend.Backoff(attempt, jitter).TotalSeconds, precision: 6);

    [Fact]
    public void Decide_RetryDue_IsCountedFromTheAnswer_NotFromTheClaim()
    {
        var first = AfterSend.Decide(new SendResult.Transient("502", false), 2, Options(), _time.GetUtcNow(), jitter: 0);
        _time.Advance(TimeSpan.FromMinutes(3));
        var later = AfterSend.Decide(new SendResult.Transient("502", false), 2, Options(), _time.GetUtcNow(), jitter: 0);

        Assert.Equal(TimeSpan.FromMinutes(3), ((AfterSend.Retry)later).Due - ((AfterSend.Retry)first).Due);
        Assert.Equal(_time.GetUtcNow().AddSeconds(1), ((AfterSend.Retry)later).Due);
    }
}

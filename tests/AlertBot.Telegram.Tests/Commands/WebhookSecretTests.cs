using AlertBot.Telegram.Commands;

namespace AlertBot.Telegram.Tests.Commands;

public sealed class WebhookSecretTests
{
    private const string Secret = "Abc_123-xyz";

    [Theory]
    [InlineData(Secret, true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("abc_123-xyz", false)] // case matters
    [InlineData("Abc_123-xy", false)] // a prefix
    [InlineData("Abc_123-xyzz", false)] // longer
    [InlineData(" Abc_123-xyz", false)]
    [InlineData("Abc_123-xyz\n", false)]
    [InlineData("Abc_123-xyz, Abc_123-xyz", false)] // a header sent twice arrives joined
    public void Matches_ComparesTheWholeHeader(string? given, bool expected) =>
        Assert.Equal(expected, WebhookSecret.Matches(given, Secret));

    [Fact]
    public void Matches_NoExpectedSecret_AcceptsNothing() => Assert.False(WebhookSecret.Matches("", ""));

    [Fact]
    public void Generate_GivesTelegramValidSecrets_ThatDiffer()
    {
        var secrets = Enumerable.Range(0, 50).Select(_ => WebhookSecret.Generate()).ToList();

        Assert.All(secrets, s => Assert.True(TelegramOptions.IsValidWebhookSecret(s), s));
        Assert.All(secrets, s => Assert.Equal(43, s.Length));
        Assert.Equal(50, secrets.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("""{"update_id":42,"message":{}}""", 42L)]
    [InlineData("""{"message":{},"update_id":7}""", 7L)]
    [InlineData("""{"update_id":0}""", 0L)]
    [InlineData("""{"update_id":4294967296}""", 4294967296L)]
    [InlineData("""{"update_id":"42"}""", null)]
    [InlineData("""{"update_id":-1}""", null)]
    [InlineData("""{"update_id":1.5}""", null)]
    [InlineData("""{"message":{}}""", null)]
    [InlineData("""[{"update_id":42}]""", null)]
    [InlineData("42", null)]
    [InlineData("", null)]
    [InlineData("{\"update_id\":42", null)]
    [InlineData("<html>not json</html>", null)]
    public void UpdateId_ReadsOnlyAJsonObjectsNumericUpdateId(string body, long? expected) =>
        Assert.Equal(expected, WebhookUpdates.UpdateId(System.Text.Encoding.UTF8.GetBytes(body)));
}

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
    public void Identify_ReadsOnlyAJsonObjectsNumericUpdateId(string body, long? expected) =>
        Assert.Equal(expected, WebhookUpdates.Identify(System.Text.Encoding.UTF8.GetBytes(body))?.UpdateId);

    [Theory]
    [InlineData("""{"update_id":1,"message":{"message_id":5,"chat":{"id":4242,"type":"private"},"from":{"id":4242}}}""", 4242L)]
    [InlineData("""{"update_id":2,"channel_post":{"message_id":5,"chat":{"id":-1001234567890,"type":"channel"}}}""", -1001234567890L)]
    [InlineData("""{"update_id":3,"callback_query":{"id":"q","from":{"id":7},"message":{"message_id":9,"chat":{"id":-100555,"type":"supergroup"}},"data":"t:x"}}""", -100555L)]
    [InlineData("""{"update_id":4,"callback_query":{"id":"q","from":{"id":7},"inline_message_id":"abc","data":"t:x"}}""", 7L)]
    [InlineData("""{"update_id":5,"my_chat_member":{"chat":{"id":-100777,"type":"channel"},"from":{"id":8}}}""", -100777L)]
    [InlineData("""{"update_id":6,"edited_message":{"message_id":5,"chat":{"id":31,"type":"private"}}}""", 31L)]
    [InlineData("""{"update_id":7,"poll":{"id":"p","question":"?"}}""", null)]
    [InlineData("""{"update_id":8}""", null)]
    [InlineData("""{"update_id":9,"message":{"chat":{"id":"31"}}}""", null)]
    public void Identify_TheChatTheUpdateBelongsTo(string body, long? chat) =>
        Assert.Equal(chat, WebhookUpdates.Identify(System.Text.Encoding.UTF8.GetBytes(body))?.ChatId);
}

using AlertBot.Core.Render;
using AlertBot.Core.Understand;
using AlertBot.Telegram.Deliver;
using AlertBot.Telegram.Tests.TestBotApi;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace AlertBot.Telegram.Tests.Deliver;

/// <summary>
/// Every story of the understanding corpus (Core.Tests/Corpus: wires, feeds, HTML pages, hostile input) renders as a
/// rich alert and as a classic HTML alert that the strict test server accepts, in a chat with its own zone too.
/// </summary>
public sealed class RichAlertCorpusTests
{
    private const long UserId = 1001;

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Corpus")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task CorpusStory_RendersAsARichAndAnHtmlAlert_TheStrictServerAccepts(string name)
    {
        var article = new ArticleUnderstander().Understand(new SourceDocument(name, await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Corpus", name))));
        if (!article.IsAlert)
            return;
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        var kyiv = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");

        await h.Bot.SendRichMessage(UserId, RichAlert.Build(article));
        await h.Bot.SendRichMessage(UserId, RichAlert.Build(article, kyiv, "Europe/Kyiv", new RichAlert.Extras(DateTimeOffset.UtcNow, ["Wire A", "Wire B"])));
        foreach (var part in AlertRenderer.Render(article, kyiv, "Europe/Kyiv"))
            await h.Bot.SendMessage(UserId, part, ParseMode.Html);

        var rich = h.Server.Sent[0];
        Assert.Equal(article.Location is not null, rich.RichBlocks!.Any(b => b.Type == "map"));
        // One reader-local time per clock key time shown, in the table and in the HTML alike.
        var clockTimes = article.KeyTimes.Take(RichAlert.MaxKeyTimeRows).Count(k => !k.IsDateOnly);
        Assert.Equal(clockTimes, rich.RichBlocks!.Where(b => b.Type == "table").Sum(b => b.DateTimes.Count));
        Assert.Equal(article.KeyTimes.Count(k => !k.IsDateOnly), h.Server.Sent.Skip(2).Sum(m => m.DateTimes.Count()));
    }
}

using AlertBot.Core.Render;
using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Render;

/// <summary>The lines a story's revisions and withdrawal put on its alert.</summary>
public sealed class UpdateRendererTests
{
    private static readonly DateTimeOffset At1530 = new(2023, 11, 13, 20, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset At1430 = new(2023, 11, 13, 19, 30, 0, TimeSpan.Zero);

    private static Understanding Story(string headline, string body, params KeyTime[] times) => new()
    {
        Headline = headline,
        Summary = "",
        KeyTimes = times,
        Topics = [],
        IsAlert = true,
        Warnings = [],
        Body = body,
    };

    public static TheoryData<string, Understanding, Understanding, string> Changes => new()
    {
        {
            "the article's own note",
            Story("Army retakes town", "Troops entered the town."),
            Story("Army retakes town", "Troops entered the town.") with { RevisionNote = "Corrects time of the attack" },
            "Corrects time of the attack"
        },
        {
            "a key time moved",
            Story("Army retakes town", "At 1530 EST operations began.", new KeyTime(At1530, false, "1530 EST", "operations began")),
            Story("Army retakes town", "At 1430 EST operations began.", new KeyTime(At1430, false, "1430 EST", "operations began")),
            "key time 2023-11-13T19:30Z (operations began), was 2023-11-13T20:30Z"
        },
        {
            "a new headline",
            Story("Army retakes town", "Troops entered the town."),
            Story("Army enters town", "Troops entered the town."),
            "headline now “Army enters town”"
        },
        {
            "only a line of text",
            Story("Army retakes town", "Troops entered the town on Monday."),
            Story("Army retakes town", "Troops entered the town on Tuesday."),
            "“Troops entered the town on Tuesday.”"
        },
        {
            "nothing the reader can see",
            Story("Army retakes town", "Troops entered the town."),
            Story("Army retakes town", "Troops  entered the town."),
            "wording"
        },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void WhatChanged_SaysWhatTheCorrectionChanged(string change, Understanding before, Understanding after, string expected)
    {
        Assert.NotEmpty(change);
        Assert.Equal(expected, UpdateRenderer.WhatChanged(before, after, StoryDiff.Compare(before, after)));
    }

    [Fact]
    public void CorrectedBlock_SaysCorrectedAndWhat_Escaped()
    {
        Assert.Equal("⚠️ <b>Corrected:</b> <i>headline now “A &lt;b&gt; &amp; C”</i>", UpdateRenderer.CorrectedBlock("headline now “A <b> & C”"));
    }

    [Theory]
    [InlineData("sent in error", "🚫 <b>Withdrawn:</b> <s>Army &lt;retakes&gt; town</s> — sent in error")]
    [InlineData(null, "🚫 <b>Withdrawn:</b> <s>Army &lt;retakes&gt; town</s>")]
    [InlineData("  ", "🚫 <b>Withdrawn:</b> <s>Army &lt;retakes&gt; town</s>")]
    public void Withdrawn_IsTheHeadlineStruckThrough_AndTheReason(string? reason, string expected)
    {
        Assert.Equal(expected, UpdateRenderer.Withdrawn("Army <retakes> town", reason));
    }
}

using System.Text.RegularExpressions;
using AlertBot.Telegram.Commands;

namespace AlertBot.Telegram.Tests.Commands;

/// <summary>The one command table: Telegram's "/" menu, /help and the dispatcher are all made from it.</summary>
public sealed partial class CommandTableTests
{
    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex TelegramCommandName();

    [Fact]
    public void Menu_EveryCommandOnce_InTableOrder_WithinTelegramsLimits()
    {
        Assert.Equal(CommandTable.All.Select(c => c.Name), CommandTable.Menu.Select(c => c.Command));
        Assert.Equal(CommandTable.All.Count, CommandTable.All.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(CommandTable.Menu, c =>
        {
            Assert.Matches(TelegramCommandName(), c.Command); // setMyCommands: 1-32 of a-z, 0-9, _
            Assert.InRange(c.Description.Length, 1, 256);
        });
    }

    [Fact]
    public void HelpText_HasEachListedCommandsLines_InHelpOrder_AndEveryCommandButTheObviousOnes()
    {
        var help = CommandTable.HelpText;
        var lines = CommandTable.All.Where(c => c.HelpOrder > 0).OrderBy(c => c.HelpOrder).SelectMany(c => c.Help).ToList();

        var positions = lines.Select(l => help.IndexOf(l + "\n", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(["start", "use", "help"], CommandTable.All.Where(c => c.HelpOrder == 0).Select(c => c.Name));
        Assert.Contains("/use", help, StringComparison.Ordinal); // under /channels
        Assert.All(CommandTable.All.Where(c => c.HelpOrder > 0), c => Assert.StartsWith("/" + c.Name + " ", c.Help[0], StringComparison.Ordinal));
    }

    [Fact]
    public void Find_EveryCommandRuns_ButTheTargetOnes_WhichTheHandlerRuns()
    {
        Assert.All(CommandTable.All, c => Assert.Same(c, CommandTable.Find(c.Name)));
        Assert.All(CommandTable.All, c => Assert.Equal(c.Access != CommandAccess.Targets, c.Run is not null));
        Assert.Null(CommandTable.Find("frobnicate"));
        Assert.Null(CommandTable.Find("Status")); // names are looked up as parsed: lower case
    }

    [Theory]
    [InlineData("status", "", true)]
    [InlineData("help", "", true)]
    [InlineData("topics", "kivu", true)]
    [InlineData("keywords", "", true)]
    [InlineData("keywords", "add drone", false)]
    [InlineData("near", "", true)]
    [InlineData("near", "Kharkiv 50", false)]
    [InlineData("format", "", true)]
    [InlineData("format", "classic", false)]
    [InlineData("subscribe", "", false)]
    [InlineData("start", "", false)]
    [InlineData("stop", "", false)]
    [InlineData("frobnicate", "", false)] // unknown: not shown to anyone but admins, as before
    public void OnlyShows_WhoMayRunIt_InAGroup(string command, string args, bool anyone) =>
        Assert.Equal(anyone, CommandTable.OnlyShows(CommandTable.Find(command), args.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    [Fact]
    public void ForSelectedChat_StartAndHelpStayWithThePrivateChat()
    {
        Assert.Equal(["start", "help"], CommandTable.All.Where(c => !c.ForSelectedChat).Select(c => c.Name));
    }
}

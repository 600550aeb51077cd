using System.Text;
using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Understand;

/// <summary>Wire-style revision markers, item numbers of a series, and withdrawal documents.</summary>
public sealed class RevisionsTests
{
    [Theory]
    [InlineData("CORRECTION: Army retakes desert town", "Army retakes desert town", RevisionKinds.Correction)]
    [InlineData("CORRECTED-Army retakes desert town", "Army retakes desert town", RevisionKinds.Correction)]
    [InlineData("Corrected - Army retakes desert town", "Army retakes desert town", RevisionKinds.Correction)]
    [InlineData("UPDATE 2-Army retakes desert town", "Army retakes desert town", RevisionKinds.Update)]
    [InlineData("UPDATE 12 – Army retakes desert town", "Army retakes desert town", RevisionKinds.Update)]
    [InlineData("REFILE-Army retakes desert town", "Army retakes desert town", RevisionKinds.Refile)]
    [InlineData("REFILE-UPDATE 1-Army retakes desert town", "Army retakes desert town", RevisionKinds.Refile)]
    [InlineData("REFILE-CORRECTED-Army retakes desert town", "Army retakes desert town", RevisionKinds.Correction)]
    [InlineData("Army retakes desert town", "Army retakes desert town", null)]
    [InlineData("Update: Army retakes desert town", "Update: Army retakes desert town", null)] // a kicker, Noise's business
    [InlineData("Corrections officers strike at state prison", "Corrections officers strike at state prison", null)]
    [InlineData("Updated guidance on travel to the north", "Updated guidance on travel to the north", null)]
    [InlineData("CORRECTION:", "CORRECTION:", null)] // a marker with no headline after it is not one
    public void Strip_RemovesTheMarker_AndSaysWhichRevision(string headline, string expected, string? kind)
    {
        Assert.Equal((expected, kind), Revisions.Strip(headline));
    }

    [Theory]
    [InlineData("(Corrects time of the attack in paragraph 4)", RevisionKinds.Correction, "Corrects time of the attack in paragraph 4")]
    [InlineData("(Refiles to fix typo in headline)", RevisionKinds.Refile, "Refiles to fix typo in headline")]
    [InlineData("[Updates with army statement, adds casualty figures]", RevisionKinds.Update, "Updates with army statement, adds casualty figures")]
    [InlineData("(fixes spelling of the town's name).", RevisionKinds.Correction, "Fixes spelling of the town's name")]
    public void Note_ReadsWhatTheRevisionChanged(string line, string kind, string note)
    {
        Assert.Equal((kind, note), Revisions.Note(line));
    }

    [Theory]
    [InlineData("(Reuters) - Government troops entered the town on Tuesday.")]
    [InlineData("Corrects were made overnight.")]
    [InlineData("(Photo: troops entering the town)")]
    public void Note_OfAnyOtherLine_IsNull(string line)
    {
        Assert.Null(Revisions.Note(line));
    }

    [Theory]
    [InlineData("CORRECTED-Army Retakes Northern Desert Town", true)]
    [InlineData("UPDATE 3-Army retakes desert town, president says", true)]
    [InlineData("Correction: An earlier version of this article misstated the time of the attack.", false)]
    [InlineData("Correction: This story has been updated to correct the name of the town", false)]
    [InlineData("Correction: the attack began at 1430, not 1530.", false)]
    [InlineData("Army Retakes Northern Desert Town", false)]
    public void IsMarked_TellsAMarkedHeadlineFromAnEditorsNote(string line, bool marked)
    {
        Assert.Equal(marked, Revisions.IsMarked(line));
    }

    [Fact]
    public void Understand_EditorsNoteOnTop_IsStillNoise_AndTheHeadlineIsTheNextLine()
    {
        var text = "Correction: An earlier version of this article misstated the time of the attack.\n\nArmy Retakes Northern Desert Town\n\n"
                   + "Government troops entered the northern desert town on Tuesday, officials said.";
        var u = new ArticleUnderstander().Understand(new SourceDocument("n.txt", Encoding.UTF8.GetBytes(text)));

        Assert.Equal("Army Retakes Northern Desert Town", u.Headline);
        Assert.Null(u.Revision);
    }

    [Fact]
    public void Understand_CorrectionFirstLineAndNote_GiveTheCleanHeadline_TheKind_AndTheNote()
    {
        var text = "CORRECTED-Army Retakes Northern Desert Town\n\n(Corrects time operations began in paragraph 2)\n\n"
                   + "Government troops entered the northern desert town on Tuesday, officials said.\n\nAt 1430 EST on November 13th, 2023, operations began on the outskirts.";
        var u = new ArticleUnderstander().Understand(new SourceDocument("c.txt", Encoding.UTF8.GetBytes(text)));

        Assert.Equal("Army Retakes Northern Desert Town", u.Headline);
        Assert.Equal(RevisionKinds.Correction, u.Revision);
        Assert.Equal("Corrects time operations began in paragraph 2", u.RevisionNote);
        Assert.DoesNotContain("Corrects", u.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Flash Update 3: Flooding along the river", "Flash Update 4: Flooding along the river", true)]
    [InlineData("Situation Report No. 12: Fighting in the east", "Situation Report No. 13: Fighting in the east", true)]
    [InlineData("Sitrep #7 – northern districts", "Sitrep #8 – northern districts", true)]
    [InlineData("Flash Update 3: Flooding along the river", "Flash Update 03: Flooding along the river", false)]
    [InlineData("Flash Update 3: Flooding along the river", "Flooding along the river", false)]
    [InlineData("Army retakes town after 12 years", "Army retakes town after 11 years", false)]
    public void DifferentItems_TellsNumberedItemsOfASeriesApart(string a, string b, bool different)
    {
        Assert.Equal(different, NearDuplicates.DifferentItems(a, b));
    }

    [Theory]
    [InlineData("""{"id": "wire-9", "withdrawn": true, "reason": "sent in error"}""", "wire-9", null, "sent in error")]
    [InlineData("""{"guid": 42, "withdrawn": "true"}""", "42", null, null)]
    [InlineData("""{"story": {"url": "https://example.org/a", "withdrawn": true, "withdrawReason": "legal"}}""", null, "https://example.org/a", "legal")]
    public void Withdrawal_ReadsTheStoryAndTheReason(string json, string? id, string? url, string? reason)
    {
        Assert.Equal(new Withdrawal(id, url, reason), Withdrawals.Read(new SourceDocument("w.json", Encoding.UTF8.GetBytes(json))));
    }

    [Theory]
    [InlineData("""{"id": "wire-9", "withdrawn": false}""")]
    [InlineData("""{"id": "wire-9", "title": "Army retakes town", "body": "Troops entered the town."}""")]
    [InlineData("""{"withdrawn": true, "reason": "names no story"}""")]
    [InlineData("withdrawn: true")]
    [InlineData("""{"id": "wire-9", "withdrawn": tru""")]
    public void Withdrawal_OfAnythingElse_IsNull(string content)
    {
        Assert.Null(Withdrawals.Read(new SourceDocument("w.json", Encoding.UTF8.GetBytes(content))));
    }
}

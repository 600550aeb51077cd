namespace AlertBot.Core.Understand;

/// <summary>
/// Dates a story cites for context rather than as its events: the day an agreement was made or began ("a ceasefire
/// that took effect on 27 November 2024", "the truce agreed on 12 August", "under the 2015 accord signed on 12
/// February"). A date counts as such when an agreement's noun stands before it in the same clause, within a few
/// words, with the verb of its making or starting between them and no other date after that verb.
/// </summary>
internal static class Background
{
    private static readonly string[] Agreements = ["ceasefire", "cease-fire", "truce", "accord", "agreement", "deal", "treaty", "pact", "armistice", "memorandum"];

    private static readonly string[] Makings = ["took effect", "came into force", "began", "started", "agreed", "signed", "reached", "brokered", "struck", "announced", "declared", "concluded"];

    public static bool IsAgreementDate(string text, int start)
    {
        var from = Math.Max(0, start - 80);
        var before = text.AsSpan(from, start - from);
        var clause = before.LastIndexOfAny('.', ';');
        if (clause >= 0)
            before = before[(clause + 1)..];
        var noun = -1;
        foreach (var a in Agreements)
            noun = Math.Max(noun, before.LastIndexOf(a, StringComparison.OrdinalIgnoreCase));
        if (noun < 0)
            return false;
        // The making verb is the one this date belongs to: nothing dated stands between them ("the truce agreed on 12
        // February broke on March 3": March 3 is the breaking, an event).
        var between = before[noun..];
        foreach (var m in Makings)
        {
            var at = between.LastIndexOf(m, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && between[(at + m.Length)..].IndexOfAnyInRange('0', '9') < 0)
                return true;
        }

        return false;
    }
}

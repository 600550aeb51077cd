namespace AlertBot.Core.Understand;

/// <summary>
/// Times that recur are schedules, not events: "every Thursday", "each night at 2100", "on Tuesday nights", "from
/// 2100 to 0600 daily", "a curfew from 2200 to 0500 local time". None of them says when something happened, so
/// none is a key time. Read from the words around the mention, within its clause.
/// </summary>
internal static class Recurrence
{
    private static readonly HashSet<string> Before = new(StringComparer.OrdinalIgnoreCase)
    {
        "every", "each", "nightly", "daily", "weekly", "normally", "usually", "typically", "routinely",
        // "held Tuesdays and Thursdays from 09h00": weekdays in the plural are every such day.
        "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "weekdays", "weekends",
    };

    private static readonly HashSet<string> PluralParts = new(StringComparer.OrdinalIgnoreCase) { "nights", "mornings", "evenings", "afternoons" };

    private static readonly string[] After = ["daily", "nightly", "every day", "every night", "every morning", "every evening", "each day", "each night", "each morning", "each evening",
        // Spanish, Portuguese, French, Italian: "de 9:00 p.m. a 4:00 a.m. todas las noches", "tous les soirs".
        "todas las noches", "todos los días", "cada noche", "cada día", "todas as noites", "todos os dias", "cada noite", "toutes les nuits", "tous les soirs",
        "tous les jours", "chaque nuit", "chaque soir", "chaque jour", "ogni notte", "ogni sera", "ogni giorno", "tutte le notti"];

    /// <summary>Whether the weekday at [start, end) names every such day ("every Monday", "Tuesday nights").</summary>
    public static bool IsRecurringDay(string text, int start, int end)
    {
        if (Before.Contains(WordBefore(text, start)))
            return true;
        // "the first Wednesday of each month": a day that comes round.
        var (following, followingEnd) = WordAfter(text, end);
        if ((WordBefore(text, start) is "first" or "second" or "third" or "fourth" or "last" || text.AsSpan(start).StartsWith("last ", StringComparison.OrdinalIgnoreCase)) && following == "of"
            && WordAfter(text, followingEnd).Word is "each" or "every")
            return true;
        // Opening hours: "Monday–Friday 0800–1700", "Monday-Sunday", "Monday through Friday" — and the day that ends them.
        if (DayRangeJoins(text, end, forward: true) || DayRangeJoins(text, start, forward: false))
            return true;
        // "on Monday and Tuesday nights", "Saturday or Sunday mornings": the plural after the last day of the list.
        var (word, next) = WordAfter(text, end);
        for (var steps = 0; steps < 12; steps++)
        {
            var joined = word is "and" or "or";
            var (day, after) = joined ? WordAfter(text, next) : (word, next);
            if (!IsWeekday(day)) break;
            (word, next) = WordAfter(text, after);
        }
        return PluralParts.Contains(word);
    }

    private static bool DayRangeJoins(string text, int at, bool forward)
    {
        if (forward)
        {
            if (at < text.Length && text[at] is '–' or '-' or '—' && IsWeekday(WordAfter(text, at + 1).Word))
                return true;
            var (joiner, next) = WordAfter(text, at);
            return joiner is "through" or "thru" && IsWeekday(WordAfter(text, next).Word);
        }

        if (at > 0 && text[at - 1] is '–' or '-' or '—')
            return IsWeekday(WordBefore(text, at - 1));
        var before = WordBefore(text, at);
        return before is "through" or "thru" && IsWeekday(WordBefore(text, Math.Max(0, at - before.Length - 1)));
    }

    private static bool IsWeekday(string word) =>
        word.Length >= 6 && word.EndsWith("day", StringComparison.Ordinal) && Enum.TryParse<DayOfWeek>(word, ignoreCase: false, out _);

    /// <summary>Whether the clock at [start, end) is part of a schedule ("each night at 2100", "from 2100 to 0600 daily", "curfew from 2200").</summary>
    public static bool IsRecurringClock(string text, int start, int end)
    {
        // The clause around the clock, at most 120 characters either side (a long unpunctuated text stays linear).
        var clauseStart = start;
        var lowest = Math.Max(0, start - 120);
        while (clauseStart > lowest && !Clauses.IsBreak(text, clauseStart - 1)) clauseStart--;
        var clauseEnd = end;
        var highest = Math.Min(text.Length, end + 120);
        while (clauseEnd < highest && !Clauses.IsBreak(text, clauseEnd)) clauseEnd++;
        var before = text.AsSpan(clauseStart, start - clauseStart);
        var after = text.AsSpan(end, clauseEnd - end);
        // "each night at 2100", "every day from 0600"
        foreach (var w in Before)
        {
            var i = before.LastIndexOf(w, StringComparison.OrdinalIgnoreCase);
            if (i >= 0 && before.Length - i <= 40 && IsWord(before, i, w.Length))
                return true;
        }

        // "from 2100 to 0600 daily", "between 2200 and 0500 every night": the schedule word follows the range.
        foreach (var w in After)
        {
            var i = after.IndexOf(w, StringComparison.OrdinalIgnoreCase);
            if (i >= 0 && i <= 40 && IsWord(after, i, w.Length))
                return true;
        }

        // A curfew's hours are a schedule: "a curfew from 2100 to 0600 local time", "curfew between 2200 and 0500". A
        // curfew from one hour of a named day on ("a 24-hour curfew from 6 a.m. on Sunday") is one, starting then.
        var curfew = -1;
        var word = 0;
        foreach (var w in CurfewWords)
        {
            var at = before.LastIndexOf(w, StringComparison.OrdinalIgnoreCase);
            if (at > curfew) (curfew, word) = (at, w.Length);
        }
        return curfew >= 0 && InRange(before[(curfew + word)..], after) && !(OpensRange(before) && !RangeGoesOn(after));
    }

    // The words that join a range's two ends, in English, the Romance languages and German: "to", "hasta", "à", "bis".
    private static readonly string[] RangeJoiners = ["to", "until", "till", "and", "a", "hasta", "à", "au", "até", "às", "alle", "bis"];

    // Before a range's second clock: English "to", "and", "until"; Romance "a", "hasta", "à" (and "hasta las", "y", "et").
    private static readonly string[] EnglishEndJoiners = ["to", "and", "until"];
    private static readonly string[] RomanceEndJoiners = ["a", "hasta", "à", "au", "até", "às", "alle", "las", "y", "et", "e"];

    private static readonly string[] CurfewWords = ["curfew", "toque de queda", "couvre-feu", "recolher obrigatório", "coprifuoco", "Ausgangssperre"];

    private static bool OpensRange(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd();
        foreach (var opener in (ReadOnlySpan<string>)["from", "between", "de", "desde", "entre", "du", "das", "dalle", "de las", "desde las", "entre las"])
        {
            if (trimmed.EndsWith(opener, StringComparison.OrdinalIgnoreCase) && (trimmed.Length == opener.Length || trimmed[^(opener.Length + 1)] == ' '))
                return true;
        }
        return false;
    }

    /// <summary>" to 0600", " until 5 a.m.", "–0500", " and 0500": the other end of the range follows the clock.</summary>
    private static bool RangeGoesOn(ReadOnlySpan<char> after)
    {
        var a = after.TrimStart();
        if (a.Length > 0 && a[0] is '-' or '–' or '—') return true;
        foreach (var w in RangeJoiners)
        {
            if (a.StartsWith(w, StringComparison.OrdinalIgnoreCase) && a.Length > w.Length && a[w.Length] == ' ') return true;
        }

        // "from 2100 local time to 0600": the zone words sit between.
        var to = a.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (to is < 0 or > 16) return false;
        var between = a[..to];
        return !between.StartsWith("on ", StringComparison.OrdinalIgnoreCase) && between.IndexOf(" on ", StringComparison.OrdinalIgnoreCase) < 0;
    }

    /// <summary>"from X to Y" / "between X and Y": the text between the cue word and the clock, and after the clock.</summary>
    private static bool InRange(ReadOnlySpan<char> leadIn, ReadOnlySpan<char> after)
    {
        var trimmed = leadIn.Trim();
        if (trimmed.Length > 30)
            return false;
        // Its start: "from", "between", "toque de queda nocturno de 22:00 a 05:00", "desde las 22:00".
        if (OpensRange(trimmed))
            return true;
        // … and its end: "from 2100 to", "between 2200 and", "de 22:00 a", "desde las 22:00 hasta las".
        var digit = trimmed.IndexOfAnyInRange('0', '9');
        var lastWord = trimmed.LastIndexOf(' ') is var lp and > 0 ? trimmed[(lp + 1)..] : trimmed;
        var english = trimmed.StartsWith("from", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("between", StringComparison.OrdinalIgnoreCase);
        return english ? IsOneOf(lastWord, EnglishEndJoiners) : digit > 0 && OpensRange(trimmed[..digit]) && IsOneOf(lastWord, RomanceEndJoiners);
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool IsWord(ReadOnlySpan<char> s, int at, int length) =>
        (at == 0 || !char.IsLetter(s[at - 1])) && (at + length >= s.Length || !char.IsLetter(s[at + length]));

    private static string WordBefore(string text, int at)
    {
        var (s, e) = Clauses.WordBefore(text, at);
        return text[s..e];
    }

    /// <summary>The word after <paramref name="at"/> (past spaces and one comma) and where it ends.</summary>
    private static (string Word, int End) WordAfter(string text, int at)
    {
        var (s, e) = Clauses.WordAfter(text, at, pastComma: true);
        return (text[s..e], e);
    }
}

using System.Collections.Frozen;
using static AlertBot.Core.Understand.MentionText;

namespace AlertBot.Core.Understand;

/// <summary>Finds clock times, dates and relative days in text: one pass over the candidate word starts, each handed to the reader of its kind (<see cref="DateMentions"/>, <see cref="ClockMentions"/>, <see cref="RelativeMentions"/>).</summary>
internal static class TimeMentions
{
    private static readonly System.Buffers.SearchValues<char> CandidateStarts =
        System.Buffers.SearchValues.Create("0123456789ABCDEFJLMNOSTWYelmnty" + RelativeMentions.ForeignWeekdayStarts);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordPrefixes =
        new[]
        {
            "Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun", "June", "Jul", "July", "Aug", "August",
            "Sep", "Sept", "September", "Oct", "October", "Nov", "November", "Dec", "December",
            "Mon", "Monday", "Tue", "Tues", "Tuesday", "Wed", "Wednesday", "Thu", "Thur", "Thurs", "Thursday", "Fri", "Friday",
            "Sat", "Saturday", "Sun", "Sunday", "early", "earlier", "late", "later", "last", "today", "tonight", "this", "the",
            "yesterday", "tomorrow", "next", "noon", "midday", "midnight",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Appends the mentions in <paramref name="text"/> to <paramref name="into"/>, in text order. One left-to-right
    /// pass: only word starts that can begin a time expression (a digit, a month, a weekday, a relative-day word)
    /// run the anchored patterns, so the cost grows with candidates rather than with every character.
    /// </summary>
    public static void Find(string text, int paragraph, List<Mention> into)
    {
        var words = WordClocks.Find(text, paragraph);
        var nextWord = 0;
        var i = 0;
        while (i < text.Length)
        {
            var j = text.AsSpan(i).IndexOfAny(CandidateStarts);
            // "quarter to midnight", "ten past eleven": a clock in words is read whole, before the numbers and words in it.
            if (words is not null && nextWord < words.Count && (j < 0 || words[nextWord].Start <= i + j))
            {
                var w = words[nextWord++];
                if (w.Start < i) continue;
                into.Add(w);
                i = w.End;
                continue;
            }
            if (j < 0) break;
            i += j;
            var c = text[i];
            var prev = i == 0 ? ' ' : text[i - 1];
            var digit = char.IsAsciiDigit(c);
            var wordStart = !char.IsLetterOrDigit(prev) || (digit && prev == 'T' && i > 1 && char.IsAsciiDigit(text[i - 2]));
            var end = -1;
            if (wordStart)
            {
                if (digit)
                {
                    var run = text.AsSpan(i).IndexOfAnyExceptInRange('0', '9');
                    if (run < 0) run = text.Length - i;
                    var next = i + run < text.Length ? text[i + run] : ' ';
                    if (run >= 6 && char.IsAsciiLetter(next) || run == 6 && next == ' ') end = DateMentions.TryDtg(text, i, paragraph, into);
                    if (end < 0 && (run <= 2 && (next == '/' || MonthFollows(text, i + run) || DottedDateFollows(text, i + run) || next == '-' && HyphenDateFollows(text, i + run)) || run == 4 && (next == '-' || next == '.' && i + run + 2 < text.Length && char.IsAsciiDigit(text[i + run + 1])))) end = DateMentions.TryDate(text, i, paragraph, into);
                    if (end < 0 && (run is 1 or 2 && (ClockFollows(text, i + run) || ClockMentions.RomanceHourAt(text, i)) || run == 4 && MilitaryClockFollows(text, i))) end = ClockMentions.TryClock(text, i, paragraph, into);
                }
                else if (MayStartTimeWord(text, i) && !IsPlainThe(text, i) && WordPrefixes.Contains(WordAt(text.AsSpan(i))))
                {
                    if (char.IsUpper(c)) end = DateMentions.TryDate(text, i, paragraph, into);
                    if (end < 0) end = RelativeMentions.TryRelative(text, i, paragraph, into);
                    if (end < 0 && c is 'n' or 'm') end = ClockMentions.TryClock(text, i, paragraph, into);
                }
                else if (c is 'N' or 'C' or 'B')
                {
                    end = DateMentions.TryNamedDay(text, i, paragraph, into);
                }
                if (end < 0 && !digit && RelativeMentions.ForeignWeekdayStarts.Contains(c, StringComparison.Ordinal))
                    end = RelativeMentions.TryForeignWeekday(text, i, paragraph, into);
            }
            if (end > i)
            {
                i = end;
                continue;
            }
            // skip the rest of this word or number
            i++;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                // "2023-11-13T15:30Z": the clock starts right after the T
                if (char.IsAsciiDigit(text[i]) && text[i - 1] == 'T' && i > 1 && char.IsAsciiDigit(text[i - 2])) break;
                i++;
            }
        }
    }

    /// <summary>After a day number: ".MM.YYYY" ("26.01.2025").</summary>
    private static bool DottedDateFollows(string text, int j) =>
        j + 7 < text.Length && text[j] == '.' && char.IsAsciiDigit(text[j + 1]) && text.AsSpan(j + 1, Math.Min(8, text.Length - j - 1)).IndexOf('.') is 1 or 2;

    /// <summary>After a day number: an ordinal suffix, spaces, maybe "of", then a capital (the month).</summary>
    internal static bool MonthFollows(string text, int j)
    {
        while (j < text.Length && char.IsAsciiLetterLower(text[j]) && j < text.Length) j++;
        // "26. Februar 2026": German writes the day with a full stop.
        var stop = j < text.Length && text[j] == '.';
        if (stop) j++;
        if (j >= text.Length || !char.IsWhiteSpace(text[j])) return false;
        while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
        if (text.AsSpan(j).StartsWith("of ", StringComparison.Ordinal) || text.AsSpan(j).StartsWith("de ", StringComparison.Ordinal)) j += 3;
        if (stop) return j < text.Length && DateMentions.IsForeignMonthAt(text, j);
        return j < text.Length && (char.IsAsciiLetterUpper(text[j]) || char.IsLetter(text[j]) && DateMentions.IsForeignMonthAt(text, j));
    }

    /// <summary>
    /// A four-digit number is worth the clock pattern only when a zone, "hrs", "local" or a letter follows,
    /// or when it cannot be a year and "at/by/until…" comes before it. Years are the commonest numbers in news.
    /// </summary>
    private static bool MilitaryClockFollows(string text, int i)
    {
        var j = i + 4;
        if (j < text.Length && char.IsAsciiLetterUpper(text[j])) return true; // 0412Z
        while (j < text.Length && text[j] == ' ') j++;
        if (j < text.Length && (char.IsAsciiLetterUpper(text[j]) || text[j] is 'h' or 'l' or '(')) return true;
        var year = text[i] is '1' && text[i + 1] == '9' || text[i] is '2' && text[i + 1] == '0';
        return !year && ClockMentions.ClockLeadIn().IsMatch(text.AsSpan(Math.Max(0, i - 30), Math.Min(30, i))) || ClockMentions.ZonedRangeFollows(text, i + 4);
    }

    /// <summary>"-10-2026" after a day: a date written with hyphens, the year in full.</summary>
    private static bool HyphenDateFollows(string text, int j)
    {
        var k = j + 1;
        var digits = 0;
        while (k < text.Length && char.IsAsciiDigit(text[k]) && digits < 3) { k++; digits++; }
        return digits is 1 or 2 && k + 5 <= text.Length && text[k] == '-' && text.AsSpan(k + 1, 4).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    /// <summary>After a one- or two-digit hour: ":MM", ".MMam", "am/pm", "a.m.", "o'clock".</summary>
    private static bool ClockFollows(string text, int j)
    {
        if (j >= text.Length) return false;
        var c = text[j];
        if (c == ':' || c == '.') return j + 1 < text.Length && char.IsAsciiDigit(text[j + 1]);
        if (c == 'h') return j + 2 < text.Length && char.IsAsciiDigit(text[j + 1]) && char.IsAsciiDigit(text[j + 2]);
        if (c == ' ' && j + 1 < text.Length) c = text[++j];
        // "5 h 30", "8 heures": the French hour written out.
        if (c == 'h') return text.AsSpan(j).StartsWith("heure", StringComparison.Ordinal) || j + 3 < text.Length && text[j + 1] == ' ' && char.IsAsciiDigit(text[j + 2]) && char.IsAsciiDigit(text[j + 3]);
        return c is 'a' or 'p' or 'A' or 'P' || text.AsSpan(j).StartsWith("o'clock", StringComparison.Ordinal);
    }

    /// <summary>A two-letter look at a lower-case word before the set look-up: "the", "to", "that" dominate news text.</summary>
    private static bool MayStartTimeWord(string text, int i)
    {
        var c = text[i];
        if (char.IsUpper(c)) return true;
        if (i + 1 >= text.Length) return false;
        var d = text[i + 1];
        return (c, d) switch
        {
            ('t', 'h' or 'o') or ('l', 'a') or ('e', 'a') or ('y', 'e') or ('n', 'e' or 'o') or ('m', 'i') => true,
            _ => false,
        };
    }

    /// <summary>"the"/"this" not followed by next/following/day/morning…: the commonest word in news, never a time.</summary>
    private static bool IsPlainThe(string text, int i)
    {
        var w = text.AsSpan(i);
        if (!(w.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || w.StartsWith("this ", StringComparison.OrdinalIgnoreCase))) return false;
        var rest = w[(w.IndexOf(' ') + 1)..];
        return !(rest.StartsWith("next", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("following", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("previous", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("preceding", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("day", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("morning", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("afternoon", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("evening", StringComparison.OrdinalIgnoreCase));
    }
}

namespace AlertBot.Core.Understand;

/// <summary>
/// Which way a bare weekday points. Reports are written after the fact, so a bare weekday is the past by
/// default ("the king met Monday", "officials said Thursday"); a clause that announces something points
/// forward ("talks are set to resume Monday", "the deal is scheduled to close Monday", "will meet Bush on
/// Thursday", "postponed until Saturday", "this coming Sunday"). Only the clause before the weekday counts,
/// from its last clause break, and a past-tense verb right before the weekday wins over an earlier cue
/// ("he said he will go, officials said Monday").
/// </summary>
internal static class Tense
{
    /// <summary>How many words before the weekday the cues are looked for.</summary>
    private const int Window = 24;

    // One word that, before the weekday in its clause, announces the future.
    private static readonly HashSet<string> FutureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "won't", "shall", "would", "scheduled", "expected", "planned", "plans", "intends", "upcoming", "coming",
        "postponed", "delayed", "deferred", "rescheduled", "until", "till", "deadline", "ultimatum", "tomorrow", "next",
        "slated", "poised", "pending", "ahead", "expects", "expect", "forecast", "forecasts", "predicts", "projected",
    };

    // Verbs in the present or base form that name a scheduled event: "talks resume Thursday", "polls open Sunday".
    private static readonly HashSet<string> ScheduleVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "resume", "resumes", "begin", "begins", "start", "starts", "open", "opens", "reopen", "reopens", "close", "closes",
        "meet", "meets", "convene", "convenes", "end", "ends", "expire", "expires", "vote", "votes", "arrive", "arrives",
        "depart", "departs", "leave", "leaves", "return", "returns", "visit", "visits",
        "effect", // "takes effect", "taking effect at noon on Friday"
    };

    // A future seen from the past is over by the time of writing: "had been due to expire Friday".
    private static readonly HashSet<string> PastMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "had", "previously", "originally", "initially", "ago",
    };

    // Past forms common in reports that do not end in -ed.
    private static readonly HashSet<string> IrregularPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "met", "told", "came", "began", "fell", "hit", "struck", "shot", "took", "went", "made", "saw", "held",
        "left", "sent", "fought", "won", "lost", "rose", "bought", "paid", "fled", "hid", "broke", "brought", "built", "caught", "drove", "flew", "gave",
        "got", "grew", "heard", "kept", "knew", "led", "meant", "ran", "sank", "sold", "spoke", "stood", "threw", "wrote",
        "did", "found", "felt", "quit", "spent", "stole", "swept", "tore", "woke", "overran", "was", "were", "broadcast", "read", "set", "put", "cut", "shut", "spread", "beat",
    };

    /// <summary>
    /// Whether the clause before <paramref name="at"/> announces the future (the weekday is the next one). The words
    /// are read from the weekday backwards and the first that says something decides: a past form ("met", "said")
    /// means the past, a cue of the future or a scheduling verb the future. A future seen from the past anywhere in
    /// the clause ("had been due to expire", "as previously planned") is over: the past.
    /// </summary>
    public static bool PointsForward(string text, int at)
    {
        var start = ClauseStart(text, at);
        var words = Words(text, start, at);
        var from = Math.Max(0, words.Count - Window);
        // "officials had decided that the crossing would reopen on Monday": a marker of the past before "that" belongs
        // to the reporting clause, not to the one the weekday is in.
        var reported = words.FindLastIndex(w => w is "that");
        for (var i = Math.Max(from, reported + 1); i < words.Count; i++)
        {
            // "had been due to expire Friday", "had planned to meet": a plan seen from the past. "it said it had suspended
            // flights until Friday" is only the tense of reported speech.
            if (words[i] == "had" ? HadAPlan(words, i) : PastMarkers.Contains(words[i]))
                return false;
        }

        // "a meeting has been proposed for 11am on Tuesday", "talks set for Monday": a time something is set for.
        var k = words.Count - 1;
        while (k >= 0 && ClockWords.Contains(words[k])) k--;
        if (k >= from && words[k] == "for")
            return true;

        // "ordered a curfew from 6 a.m. on Sunday", "imposed a ban starting Monday": an order's start is ahead of it.
        if (OrdersAStart(words))
            return true;
        for (var i = words.Count - 1; i >= from; i--)
        {
            var w = words[i];
            // "agreed to hold a meeting on Tuesday", "decided to reopen": an intention in the past points forward.
            if (IntentionVerbs.Contains(w) && i + 1 < words.Count && words[i + 1] == "to")
                return true;
            // "in a televised speech", "the armed group": after a determiner an -ed form is an adjective; "will be held",
            // "to be reopened": a participle after "be" takes its tense from what comes before.
            if (IsPast(w) && !(i > 0 && Determiners.Contains(words[i - 1]) && w.EndsWith("ed", StringComparison.Ordinal))
                && !(i > 0 && Copulas.Contains(words[i - 1])))
                return false;
            // "fighting lasted until about 10:30am", "shelling continued until Friday": a past state's end. A measure taken
            // until a day ("suspended flights until Friday", "would remain closed until Saturday") ends ahead.
            if (w is "until" or "till" && i > 0 && DurationVerbs.Contains(words[i - 1]))
                return false;
            // "took effect at 6 a.m. on Sunday": the verb that governs the scheduling word is past.
            if (ScheduleVerbs.Contains(w) && i > 0 && IsPast(words[i - 1]))
                return false;
            // "at the close of business Thursday": after a determiner the verb's form is a noun, no arrangement.
            // "were ordered to leave their homes Monday": after "to" the verb takes its tense from the one governing it
            // ("set to resume", "is to leave", "plans to leave" point forward).
            // A past verb of making someone do it ("ordered to leave") is past; one of meaning to ("prepared to vote",
            // "agreed to meet") and a headline's "Flights to resume" point forward.
            if (ScheduleVerbs.Contains(w) && i > 1 && words[i - 1] == "to" && IsPast(words[i - 2])
                && !(IntentionVerbs.Contains(words[i - 2]) || FutureWords.Contains(words[i - 2]) || words[i - 2] is "prepared" or "hoped" or "wanted" or "aimed" or "sought" or "intended" or "set"))
                continue;
            if (FutureWords.Contains(w) || ScheduleVerbs.Contains(w) && !(i > 0 && Determiners.Contains(words[i - 1])) || IsRomanceFuture(words, i))
                return true;
            // "is to resume", "are due to meet", "set to reopen": an arrangement.
            if (i + 1 < words.Count && (w, words[i + 1]) is ("is" or "are", "to") or ("is" or "are", "due") or ("set" or "due", "to"))
                return true;
        }

        return false;
    }

    // "a partir de las 6:00 del lunes", "à partir de mardi", "hasta el lunes", "jusqu'à lundi", "até segunda-feira":
    // Spanish, Portuguese, French and Italian cues of what lies ahead.
    private static readonly HashSet<string> RomanceFutureWords = new(StringComparer.Ordinal)
    {
        "partir", "hasta", "jusqu'à", "jusqu'au", "até", "fino", "próximo", "próxima", "prochain", "prochaine", "prossimo", "prossima",
        "mañana", "demain", "amanhã", "domani", "previsto", "prevista", "prévu", "prévue", "programado", "programada", "programmé", "programmée",
        // German: "wird … am Freitag", "will die Regierung am Freitag", "soll ab Montag", "morgen", "bis".
        "wird", "werden", "will", "soll", "sollen", "morgen", "nächsten", "nächste", "kommenden",
    };

    // Words a French future's ending shares: "ahora", "contra", "frontera" are Spanish; only a French clause reads "-ra" as a future.
    private static readonly HashSet<string> FrenchMarkers = new(StringComparer.Ordinal) { "à", "au", "aux", "du", "des", "est", "sont", "une", "les" };

    // French futures of "to be", "to have", "to do", "to go", "can", "must"; "sera" is also Italian for the evening ("di sera").
    private static readonly HashSet<string> FrenchFutures = new(StringComparer.Ordinal) { "sera", "seront", "aura", "auront", "fera", "feront", "ira", "iront", "pourra", "devra" };

    /// <summary>
    /// A future in Spanish, Portuguese or Italian ("será", "celebrará", "reabrirão", "sarà", "riapriranno") or, in a
    /// French clause, French ("sera", "rouvrira", "partira", "reprendront"), or one of their cue words.
    /// </summary>
    private static bool IsRomanceFuture(List<string> words, int i)
    {
        var w = words[i];
        if (RomanceFutureWords.Contains(w)) return true;
        if (FrenchFutures.Contains(w))
            return !(w == "sera" && i > 0 && words[i - 1] is "di" or "la" or "della" or "alla" or "questa" or "ogni" or "in");
        if (w.Length >= 4 && (w.EndsWith("rá", StringComparison.Ordinal) || w.EndsWith("rán", StringComparison.Ordinal) || w.EndsWith("rão", StringComparison.Ordinal)
                              || w.EndsWith("rà", StringComparison.Ordinal) || w.EndsWith("ranno", StringComparison.Ordinal)))
            return true;
        return w.Length >= 4 && (w.EndsWith("ra", StringComparison.Ordinal) || w.EndsWith("ront", StringComparison.Ordinal)) && words.Exists(FrenchMarkers.Contains);
    }

    private static bool HadAPlan(List<string> words, int had)
    {
        for (var i = had + 1; i < Math.Min(words.Count, had + 4); i++)
        {
            if (words[i] is "due" or "scheduled" or "expected" or "set" or "planned" or "supposed" or "meant" or "intended" or "hoped" or "slated")
                return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the weekday at <paramref name="at"/> is the start of a measure an order set ("ordered a curfew from 6 a.m.
    /// on Sunday", "imposed a ban starting Monday"): ahead of the writing, or the day before it.
    /// </summary>
    public static bool StartsAMeasure(string text, int at) => OrdersAStart(Words(text, ClauseStart(text, at), at));

    /// <summary>
    /// The clause's words end in "from", "starting", "beginning" or "effective" (past the clock and its zone: "from 6 a.m.
    /// on", "beginning at 1800 EAT on") and an order's verb comes before them.
    /// </summary>
    private static bool OrdersAStart(List<string> words)
    {
        var head = words.Count - 1;
        while (head >= 0 && (ClockWords.Contains(words[head]) || Zones.TryAbbreviation(words[head].ToUpperInvariant(), out _))) head--;
        if (head < 0 || words[head] is not ("from" or "starting" or "beginning" or "effective"))
            return false;
        for (var i = head - 1; i >= Math.Max(0, words.Count - Window); i--)
        {
            if (OrderVerbs.Contains(words[i]))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the clause before <paramref name="at"/> bounds a state ("suspended until 6 a.m. on Wednesday", "a curfew from
    /// 10 p.m. on Tuesday"): its start or end may have come by the time of writing.
    /// </summary>
    public static bool BoundsAState(string text, int at) => ClauseHas(text, at, static w => w is "until" or "till" or "from" or "starting" or "beginning" or "effective");

    /// <summary>
    /// Whether the clause before <paramref name="at"/> sets a limit ("the offer expires at midnight Friday", "an
    /// ultimatum ending at midnight on May 3", "the deadline is midnight Friday"): a midnight there is the end of the
    /// day named, not its first minute. Tense does not matter ("had been due to expire at midnight Friday").
    /// </summary>
    public static bool SetsDeadline(string text, int at) => ClauseHas(text, at, DeadlineWords.Contains);

    /// <summary>Whether one of the last <see cref="Window"/> words of the clause before <paramref name="at"/> is such a word.</summary>
    private static bool ClauseHas(string text, int at, Func<string, bool> word)
    {
        var words = Words(text, ClauseStart(text, at), at);
        for (var i = Math.Max(0, words.Count - Window); i < words.Count; i++)
        {
            if (word(words[i]))
                return true;
        }

        return false;
    }

    private static readonly HashSet<string> DeadlineWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "expire", "expires", "expired", "expiring", "expiry", "deadline", "ultimatum", "lapse", "lapses", "lapsed", "ending", "runs", "ran",
    };

    // The words of a clock and its zone between "for" and the weekday: "for 11am local time on Tuesday".
    private static readonly HashSet<string> ClockWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "am", "pm", "on", "at", "noon", "midday", "midnight", "local", "time", "gmt", "utc", "hrs", "hours", "about", "around", "approximately",
    };

    // "to be reopened", "would remain closed until Saturday": a participle after these takes its tense from before them.
    private static readonly HashSet<string> Copulas = new(StringComparer.OrdinalIgnoreCase)
    {
        "be", "remain", "remains", "stay", "stays",
    };

    // Verbs of a state that went on: "until" after their past form ends it in the past.
    private static readonly HashSet<string> DurationVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "lasted", "continued", "raged", "persisted", "remained", "stayed", "waited", "lingered", "burned", "went", "kept", "held", "ran",
    };

    // Verbs of an order or a measure: "from" or "starting" before the day it starts points ahead of the order.
    private static readonly HashSet<string> OrderVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "ordered", "imposed", "declared", "announced", "decreed", "extended", "introduced", "issued",
    };

    // Verbs whose past form announces what comes next when "to" follows: "agreed to meet on Tuesday".
    private static readonly HashSet<string> IntentionVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "agreed", "decided", "planned", "promised", "pledged", "vowed", "threatened", "offered", "arranged", "resolved", "undertook",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "whose",
    };

    /// <summary>"later on Friday", "later Friday", "later that Friday": the rest of the day written about.</summary>
    public static bool LaterSameDay(string text, int at)
    {
        var before = text.AsSpan(Math.Max(0, at - 16), Math.Min(16, at)).TrimEnd();
        return before.EndsWith("later on", StringComparison.OrdinalIgnoreCase) || before.EndsWith("later", StringComparison.OrdinalIgnoreCase)
               || before.EndsWith("later that", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsPast(string word) =>
        IrregularPast.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                                         && !FutureWords.Contains(word));

    private static int ClauseStart(string text, int at)
    {
        // A clause is short: looking further back than this would make a long unpunctuated text quadratic.
        var limit = Math.Max(0, at - 200);
        for (var i = at - 1; i >= limit; i--)
        {
            // A bracket or a quotation closed before the weekday is inside the clause: "will meet him at noon (0900
            // GMT) on Friday", "would announce "a new phase" in a speech on Thursday". One left open starts it.
            if (text[i] is ')' or '”' || (text[i] == '"' && QuoteCloses(text, i, limit)))
            {
                var open = text[i] == ')' ? text.LastIndexOf('(', i, i - limit + 1) : text[i] == '”' ? text.LastIndexOf('“', i, i - limit + 1) : text.LastIndexOf('"', i - 1, Math.Max(0, i - limit));
                if (open > limit)
                {
                    i = open;
                    continue;
                }
                return i + 1;
            }
            if (text[i] is '(' or '"' or '“' or '—' || Clauses.IsBreak(text, i))
                return i + 1;
        }

        return limit;
    }

    /// <summary>Whether the straight quote at <paramref name="i"/> closes a quotation: an even number of them after <paramref name="limit"/> up to it.</summary>
    private static bool QuoteCloses(string text, int i, int limit) => text.AsSpan(limit, i - limit + 1).Count('"') % 2 == 0;

    private static List<string> Words(string text, int start, int end)
    {
        var words = new List<string>();
        var i = start;
        while (i < end)
        {
            while (i < end && !char.IsLetter(text[i]) && text[i] != '\'') i++;
            var s = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] == '\'')) i++;
            // "a.m."/"p.m." are abbreviations, not words: their letters say nothing of tense and use up the window.
            if (i > s + 1 || (i == s + 1 && (i >= end || text[i] != '.')))
                words.Add(text[s..i].ToLowerInvariant());
        }

        return words;
    }
}

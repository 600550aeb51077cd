using System.Globalization;
using System.Buffers;
using System.Text.RegularExpressions;

namespace AlertBot.Core.Understand;

/// <summary>What a block of page text is, when it is not the story.</summary>
internal enum NoiseKind
{
    Story,
    Kicker,
    Byline,
    Caption,
    Share,
    EditorsNote,
    Bio,
    RelatedHeading,
}

/// <summary>
/// Recognises the page furniture around a story: kickers, bylines, captions, share/cookie text, editor's
/// notes, author bios and related-article teasers. Works on paragraphs, whatever format they came from.
/// </summary>
internal static partial class Noise
{
    [GeneratedRegex(@"^(?:[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,2} [-–—] )?(?:BREAKING(?:\s+NEWS)?|FLASH(?:\s+(?:UPDATE|NEWS|ALERT))?|JUST\s+IN|DEVELOPING(?:\s+STORY)?|UPDATE[D]?|URGENT|ALERT|EXCLUSIVE|LIVE(?:\s+UPDATES)?|WATCH|ANALYSIS)\b\s*(?:[:|–—-]\s*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex KickerPrefix();

    [GeneratedRegex(@"^\(?[1-9][0-9]?/[1-9][0-9]?\)? (?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex ThreadCounter();

    /// <summary>
    /// Wire services' slugs before a headline, in capitals as they send them, repeatable: "RPT-", "WRAPUP 1-",
    /// "EXCLUSIVE-", "FACTBOX-", and Yonhap's "(LEAD)", "(2nd LD)", "(URGENT)". The revision markers ("UPDATE 2-",
    /// "REFILE-", "CORRECTED-") say what the article is to its story, and <see cref="Revisions"/> reads them.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:RPT|REPEAT|WRAPUP|EXCLUSIVE|INSIGHT|FOCUS|FACTBOX|ANALYSIS|BREAKINGVIEWS|URGENT|FLASH)(?:\s?\d{1,2})?\s?[-:]\s*|\((?:LEAD|URGENT|\d(?:st|nd|rd|th)\s+LD|News\s+Focus)(?:[^)\n]{0,30})\)\s*)+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex WireSlug();

    [GeneratedRegex(@"^(?:Breaking(?:\s+News)?|Flash(?:\s+Update)?|Just\s+In|Developing(?:\s+Story)?|Live(?:\s+Updates)?|Exclusive|Alert|Urgent|Analysis|News|World|Africa|Europe|Middle\s+East|Asia|Americas|Defen[cs]e|Security|Politics|Conflict|War|Home)(?:\s*[|/>»›:–—-]\s*[\w&'-]+(?:\s[\w&'-]+){0,2})*\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex KickerLine();

    [GeneratedRegex(@"^(?:(?:Our|From our|Staff|Special|A) (?:Own )?(?:Correspondent|Reporter|Staff Reporter|Staff Correspondent|Bureau)s?(?:\s*(?:,|\||–|—|-|·)\s*[\p{L}'’. -]{1,40})?$|(?:By|BY|Written by|Words by|Reporting by|Story by)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|the|late|early|dawn|noon|midnight|then|now|contrast|comparison)\b)[A-Z][\p{L}'’.-]*(?:\s+(?:[A-Z][\p{L}'’.-]*|and|&|de|van|von|der|al|el|bin|ibn|la|le|da|dos|du))*(?:\s*(?:,|\||–|—|-|·|•)\s*.*)?$)", RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^[(\[]?\s*(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Produced|Translated|Fact-checked)\s+by\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex WireCredit();

    [GeneratedRegex(@"^(?:Posted|Published|Updated|Last\s+updated|Posted\s+on|First\s+published|Filed|Dateline|(?:Last\s+)?(?:revised|modified|reviewed))\b[:\s]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\b(?:\d+|an?|one|two|few)\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\b|\b\d+\s+min(?:ute)?s?\s+read\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AgoOrReadTime();

    [GeneratedRegex(@"^(?:\(|\[)?\s*(?:Photo(?:graph)?s?|Image|Picture|Pictured|Caption|Credit|Video|File\s+photo|Illustration|Source\s+image)\b\s*(?:credit|by|courtesy)?\s*[:(-]|^\((?:Photo|Image|Credit|Picture)|(?:\((?:Photo|Image|Picture)\s*(?:credit)?\s*:?[^)]*\)|Getty\s+Images|via\s+Reuters|/\s*AFP|\(AP\s+Photo[^)]*\))\s*\)?\.?$|^!\[", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^(?:Share(?:\s+(?:this|on|via|article|story))?|Tweet|Email|Print|Copy\s+link|Subscribe|Sign\s+up|Sign\s+in|Log\s+in|Follow\s+us|Join\s+(?:us|our)|Click\s+here|Read\s+more|Advertisement|ADVERTISEMENT|Sponsored|Tags?|Topics|Filed\s+under|Comments?|Leave\s+a\s+(?:comment|reply)|Like\s+this|Loading|Support\s+(?:us|our)|Donate|Download\s+(?:the|our)\s+app|Listen\s+to\s+this|Skip\s+to|Menu|Search|Newsletter|Cookie|We\s+use\s+cookies|This\s+(?:site|website)\s+uses\s+cookies|Accept(?:\s+all)?|Reject|Manage\s+(?:cookies|preferences)|Privacy|Terms|All\s+rights\s+reserved|Copyright|©|Enable\s+JavaScript|Please\s+enable|Get\s+the\s+latest|Never\s+miss|Want\s+more|Don't\s+miss|Got\s+a\s+tip|Read\s+(?:also|next)|See\s+also|Also\s+read)\b|^(?:Related(?:\s+(?:stor(?:y|ies)|articles?|coverage|news))?|More|Watch|Listen|Recommended)\s*:|^(?:©|\(c\)\s)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ShareStart();

    [GeneratedRegex(@"\b(?:cookies?|newsletter|subscribe|subscription|sign\s+up|privacy\s+policy|terms\s+of\s+(?:use|service)|all\s+rights\s+reserved|share\s+(?:this|on)|follow\s+us|inbox|unsubscribe|paywall|ad\s?blocker|advertisement)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ShareAnywhere();

    [GeneratedRegex(@"^[\[(]?\s*(?:Editor['’]?s['’]?\s+note|Editors['’]\s+note|EDITOR['’]S\s+NOTE|Correction|Clarification|Disclaimer|Note\s+from\s+the\s+editor)\b|^(?:This|An\s+earlier\s+version\s+of\s+this)\s+(?:article|story|report|post)\s+(?:has\s+been|was|is\s+being|will\s+be)?\s*(?:updated|corrected|amended|misstated|developing)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex EditorsNote();

    [GeneratedRegex(@"\b(?:covers|covering|reports\s+on|writes\s+(?:about|on|for)|has\s+written\s+for|is\s+an?\s+(?:\w+\s+){0,3}(?:journalist|reporter|writer|correspondent|editor|analyst|contributor|freelancer|columnist)|Alumni|alumnus|alumna|graduate\s+of|holds\s+an?\s+(?:degree|master|bachelor|BA|MA|PhD)|[Ff]ollow\s+(?:him|her|them)\s+on|can\s+be\s+reached\s+at|[Rr]each\s+(?:him|her|them)\s+at|veteran\s+of\s+the|served\s+(?:\w+\s+){0,4}years\s+in\s+the)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Bio();

    [GeneratedRegex(@"^(?:Related(?:\s+(?:Articles?|Stories|News|Posts|Content|Coverage|Reading))?|Read\s+(?:more|next|also)|More\s+(?:from|on|stories|news|like\s+this|in)(?:\s+(?:this|the)\s+(?:story|topic|subject))?|(?:Related|More|Further)\s+coverage|Explore\s+more|Editor['’]s\s+picks|You\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in)|Recommended(?:\s+for\s+you)?|Trending(?:\s+now)?|Latest(?:\s+(?:news|stories|articles))?|Most\s+(?:read|popular|viewed)|Popular(?:\s+(?:stories|posts))?|See\s+also|Also\s+read|Further\s+reading|Up\s+next)\b[\s:.…-]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex RelatedHeading();

    // Cheap vectorised pre-checks: the unanchored patterns only run on paragraphs that contain one of their words.
    private static readonly SearchValues<string> ShareWords = SearchValues.Create(
        ["cookie", "newsletter", "subscri", "sign up", "privacy", "terms of", "rights reserved", "share this", "share on", "follow us", "inbox", "paywall", "ad blocker", "adblocker", "advertisement"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> BioWords = SearchValues.Create(
        ["covers", "covering", "reports on", "writes", "written for", "journalist", "reporter", "writer", "correspondent", "editor", "analyst", "contributor", "freelancer", "columnist", "lumn", "graduate", "holds a", "ollow him", "ollow her", "ollow them", "reached at", "each him", "each her", "each them", "veteran of", "served"],
        StringComparison.Ordinal);

    private static readonly SearchValues<string> CaptionTailWords = SearchValues.Create(
        ["Photo", "Image", "Picture", "Getty", "Reuters", "AFP", "AP Photo"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> AgoWords = SearchValues.Create([" ago", " read"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Captions start with a bracket or a caption word, or end with a credit: "(Photo: Reuters)", "… /AFP".</summary>
    private static bool MayBeCaption(ReadOnlySpan<char> p)
    {
        if (p[0] is '(' or '[' or '!') return true;
        if (p.EndsWith(")") || p.EndsWith(").") || p.EndsWith("Images") || p.EndsWith("AFP") || p.EndsWith("Reuters")) return p.IndexOfAny(CaptionTailWords) >= 0;
        foreach (var w in CaptionStarts)
            if (p.StartsWith(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] CaptionStarts = ["Photo", "Image", "Picture", "Pictured", "Caption", "Credit", "Video", "File", "Illustration", "Source"];

    /// <summary>" – live updates", " - LIVE", ": as it happened": a live page's tail, not the story's words.</summary>
    [GeneratedRegex(@"\s*(?:[-–—|:]\s*|\()(?:live(?:\s+(?:updates?|blog|coverage))?|as\s+it\s+happened|latest\s+updates)\)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex LiveTail();

    /// <summary>Strips a "BREAKING:" style kicker from the front of a headline, and a live page's tail from its end.</summary>
    public static string StripKickerPrefix(string headline)
    {
        if (LiveTail().Match(headline) is { Success: true } tail && tail.Index >= 20)
            headline = headline[..tail.Index];
        // "🔴 URGENT: …", "⚡️ BREAKING — …": a channel's signs before its kicker go with the kicker.
        var signs = 0;
        while (signs < headline.Length && signs < 12 && (char.IsSurrogate(headline[signs]) || char.GetUnicodeCategory(headline[signs]) is UnicodeCategory.OtherSymbol or UnicodeCategory.NonSpacingMark or UnicodeCategory.Format || headline[signs] == ' '))
            signs++;
        if (signs > 0 && signs < headline.Length && KickerPrefix().IsMatch(headline.AsSpan(signs)))
            headline = headline[signs..];
        // A thread's counter ("1/6 China Coast Guard again uses …").
        if (ThreadCounter().Match(headline) is { Success: true } counter && headline.AsSpan(counter.Length).Count(' ') >= 2)
            headline = headline[counter.Length..];
        // A notice's reference before its title ("UKMTO WARNING 049/2024 – Vessel reports …") is part of its headline.
        foreach (var m in (ReadOnlySpan<Match>)[WireSlug().Match(headline), KickerPrefix().Match(headline)])
        {
            // What is left must still read as a headline: three words or more.
            if (m.Success && m.Length < headline.Length && headline.AsSpan(m.Length).Trim().Count(' ') >= 2)
                return StripKickerPrefix(headline[m.Length..].TrimStart());
        }

        return headline;
    }

    /// <summary>"UPDATE 2-Rebels seize the town": a headline behind a wire slug, not a line of furniture.</summary>
    private static bool IsSluggedHeadline(string line) =>
        WireSlug().Match(line) is { Success: true } m && line.Length - m.Length >= 20 && line.AsSpan(m.Length).Count(' ') >= 3;

    /// <summary>A line that sits above the headline: a kicker, a section trail, a byline or a date line.</summary>
    /// <param name="aboveHeadline">The line stands above the headline, where notes, forwarded headers, lines of parts,
    /// lone datelines and wire slugs are furniture too (under it, such a line may be the page's live-coverage heading).</param>
    public static bool IsLeadNoise(string line, bool aboveHeadline = false)
    {
        if (line.Length == 0) return true;
        if (line.Length <= 300 && IsSluggedHeadline(line)) return false;
        if (line.Length <= 60 && (KickerLine().IsMatch(line) || IsShoutedKicker(line))) return true;
        if (line.Length <= 160 && (Byline().IsMatch(line) || Dateline().IsMatch(line) || IsAgoStamp(line))) return true;
        // A date-time group heads a military message and is the story's first key time, not a date line.
        if (line.Length <= 80 && IsOnlyDate(line)) return true;
        if (aboveHeadline && line.Length <= 160 && IsFurniture(line.Trim().Trim('*', '_').Trim())) return true;
        return Classify(line, 0, 1) is not NoiseKind.Story;
    }

    /// <summary>
    /// Lines above a headline that are not one: a note in brackets ("[Translated from Spanish - Outlet, 14 August
    /// 2026]"), a forwarded post's header ("Forwarded from Mindanao Watch"), a line of parts with a date ("ANALYST BRIEF |
    /// Monitor | 9 September 2026"), a dateline on its own ("BISHKEK, 10 February 2026 (Central Asia Wire)"), a wire
    /// slug with its stamp ("BC-Estonia-Border/Narva 2026-03-03 08:41 GMT").
    /// </summary>
    /// <summary>
    /// "Posted 3 hours ago", "By Jane Doe · 2 days ago | 5 min read": a short line that is not a sentence. "The cyclone made
    /// landfall two days ago, around noon on Thursday." is the story.
    /// </summary>
    internal static bool IsAgoStamp(string line) =>
        line.Length <= 80 && !line.AsSpan().TrimEnd().TrimEnd('*').TrimEnd('_').EndsWith(".") && AgoOrReadTime().IsMatch(line);

    /// <summary>A line of furniture (see <see cref="IsFurniture"/>), its Markdown emphasis aside.</summary>
    public static bool IsFurnitureLine(string line) => line.Length <= 160 && IsFurniture(line.Trim().Trim('*', '_').Trim());

    private static bool IsFurniture(string line)
    {
        if (line.Length < 3) return false;
        if ((line[0] == '[' && line[^1] == ']') || (line[0] == '(' && line[^1] == ')')) return true;
        if (line.StartsWith("Forwarded from ", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Forwarded message", StringComparison.OrdinalIgnoreCase)) return true;
        // "FLASH UPDATE No. 1", "Press Statement No. 112/2026": a document's serial; "channel · 48.2K subscribers",
        // "Sagaing News Desk (Telegram)": a channel's name and audience.
        if ((line.Length <= 60 && DocumentSerial().IsMatch(line)) || (line.Length <= 160 && ChannelLine().IsMatch(line))) return true;
        if (!HasDate(line)) return false;
        if (IsLabelledStamp(line)) return true;
        if (line.Contains(" | ", StringComparison.Ordinal) || line.Contains(" · ", StringComparison.Ordinal)) return true;
        // "BISHKEK, 10 February 2026 (Agency)": a place in capitals, a comma, its date.
        var firstWord = line.AsSpan(0, Math.Max(0, line.AsSpan().IndexOfAny(", ")));
        if (firstWord.Length >= 3 && line.Length is > 0 and <= 80 && line[firstWord.Length] == ',' && !firstWord.ContainsAnyInRange('a', 'z')
            && line.AsSpan().IndexOfAny("—–") < 0 && !line.Contains(" - ", StringComparison.Ordinal) && !line.Contains("--", StringComparison.Ordinal)) return true;
        // "Port Blair, 03/02/2026 (Tuesday)": a place in one to four capitalised words, a comma, and nothing but a date
        // written in figures or with a note in brackets after it ("Iran Update, January 22, 2026" is a title).
        var comma = line.IndexOf(',');
        if (comma is > 2 and <= 40 && line.Length <= 80 && line.AsSpan(0, comma).ToString().Split(' ') is { Length: <= 4 } placeWords
            && placeWords.All(w => w.Length > 0 && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '-' or '\''))
            && line[(comma + 1)..] is var after && (after.IndexOf('(') is var open && open > 0 && after[^1] == ')' ? after[..open] : after).Trim() is { Length: > 0 } dateOnly
            && (open > 0 || !dateOnly.Any(char.IsLetter) || Places.TryNamed(line.AsSpan(0, comma), out _)) && IsOnlyDate(dateOnly)) return true;
        // "Ramallah — Tuesday, 17 November 2026, 10:20": a place the gazetteer knows, a dash, and nothing but its date.
        var dash = line.AsSpan().IndexOfAny("—–");
        if (dash is > 2 and <= 40 && line.Length <= 80 && line.AsSpan(0, dash).Trim() is var where && where.Length > 2 && char.IsUpper(where[0])
            && Places.TryNamed(where, out _) && IsOnlyDate(line[(dash + 1)..].Trim())) return true;
        // "BC-Estonia-Border/Narva 2026-03-03 08:41 GMT": a slug (no spaces, joined by hyphens or slashes) and its stamp.
        var space = line.IndexOf(' ');
        return space > 3 && line.AsSpan(0, space).IndexOfAny('-', '/') > 0 && char.IsUpper(line[0]) && !line.AsSpan(0, space).EndsWith(":");
    }

    [GeneratedRegex(@"^(?:[A-Z][\p{L}&/-]*\s+){1,5}(?:(?:No\.?|Nr\.?|N°|#|Number)\s*:?\s*(?:[A-Z]{1,4}-)?\d{1,5}(?:[/-][\dA-Z]{1,6}){0,4}|\d{1,5}(?:[/-][\dA-Z]{1,6}){1,4})(?:\s+(?:of|dated)\s+[\w ,.]{4,30})?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DocumentSerial();

    [GeneratedRegex(@"(?:^|\s)(?:(?:public\s+)?(?:channel|group|chat)\s*[·•|,-]\s*)?[\d.,]+\s*[KkMm]?\s+(?:subscribers|members|followers)$|\((?:Telegram|WhatsApp|Signal)(?:\s+channel)?\)$|^(?:Telegram|WhatsApp)\s+channel\b|[—–|·]\s*(?:official\s+)?(?:Telegram|WhatsApp|Signal|Viber)\s+channel\b|\([^()]*\btranslat(?:ion|ed)\b[^()]*\)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ChannelLine();

    /// <summary>
    /// "SANTIAGO WIRE SERVICE - 05/04/2026 11:02 GMT", "12/03/2026 — AIRSTRIKE": an issuer's name or a label in capitals
    /// and a stamp, on either side of a dash or a bar, and nothing else.
    /// </summary>
    private static bool IsLabelledStamp(string line)
    {
        var cut = line.AsSpan().IndexOfAny("—–|");
        if (line.IndexOf(" - ", StringComparison.Ordinal) is var hyphen and > 0 && (cut < 0 || hyphen < cut)) cut = hyphen + 1;
        if (cut <= 0 || cut >= line.Length - 1) return false;
        var left = line[..cut].Trim();
        var right = line[(cut + 1)..].Trim();
        return (IsCapitalLabel(left) && IsOnlyDate(right)) || (IsOnlyDate(left) && IsCapitalLabel(right));
    }

    /// <summary>Words in capitals, no figures, at most six ("CENTRAL ASIA NEWSWIRE", "⚠️ AIRSTRIKE").</summary>
    private static bool IsCapitalLabel(string s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsDigit(c) || char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 3 && s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6;
    }

    internal static bool HasDate(string line)
    {
        var list = new List<Mention>();
        TimeMentions.Find(line, 0, list);
        return list.Exists(m => m.Kind == MentionKind.Date);
    }

    /// <summary>What a body paragraph is; <paramref name="index"/> of <paramref name="count"/> says where it sits.</summary>
    public static NoiseKind Classify(string p, int index, int count)
    {
        var len = p.Length;
        var span = p.AsSpan();
        if (len <= 80 && RelatedHeading().IsMatch(p)) return NoiseKind.RelatedHeading;
        if (len <= 300 && MayBeCaption(span) && Caption().IsMatch(p)) return NoiseKind.Caption;
        if (len <= 400 && EditorsNote().IsMatch(p)) return NoiseKind.EditorsNote;
        if (len <= 160 && (Byline().IsMatch(p) || Dateline().IsMatch(p) || (span.IndexOfAny(AgoWords) >= 0 && IsAgoStamp(p)))) return NoiseKind.Byline;
        if (len <= 240 && WireCredit().IsMatch(p)) return NoiseKind.Byline;
        var shareWords = len <= 240 && span.IndexOfAny(ShareWords) >= 0;
        if (len <= 200 && (ShareStart().IsMatch(p) || (len <= 140 && shareWords && ShareAnywhere().IsMatch(p)))) return NoiseKind.Share;
        if (shareWords && ShareAnywhere().Count(p) >= 2) return NoiseKind.Share;
        if (len <= 350 && (index * 2 >= count || p.Contains("lumn", StringComparison.Ordinal)) && span.IndexOfAny(BioWords) >= 0 && Bio().IsMatch(p) && !HasClock(p)) return NoiseKind.Bio;
        if (len <= 40 && IsShoutedKicker(p) && index == 0) return NoiseKind.Kicker;
        return NoiseKind.Story;
    }

    /// <summary>
    /// Removes noise from body paragraphs in place. A bio or a related-articles heading in the second half
    /// ends the story; a title line followed by a blurb that trails off ("…") starts the teasers.
    /// </summary>
    public static List<string> FilterBody(List<string> paragraphs, Deadline deadline)
    {
        var count = paragraphs.Count;
        var kept = new List<string>(count);
        // A run of two or more bare titles closing the page is a list of teasers, whatever its heading says.
        var tail = count;
        while (tail > 0 && (IsTitleLike(paragraphs[tail - 1]) || IsShoutedKicker(paragraphs[tail - 1]))) tail--;
        if (count - tail < 2 || tail * 2 < count || tail == 0) tail = count;
        for (var i = 0; i < tail; i++)
        {
            deadline.Check();
            var p = paragraphs[i];
            var kind = Classify(p, i, count);
            if (kind is NoiseKind.RelatedHeading) break;
            if (kind is NoiseKind.Bio && i * 2 >= count) break;
            if (IsTeaserStart(paragraphs, i)) break;
            // A line that is only a date or a time ("10:22 GMT", "[26.01.2025 08:14]") stays: it is an entry's stamp,
            // never a key time (KeyTimeSelection marks it), and the day the entries under it speak from.
            if (kind is NoiseKind.Story) kept.Add(p);
        }
        return kept;
    }

    /// <summary>True when paragraph <paramref name="i"/> is a teaser's title followed by its trailing-off blurb.</summary>
    private static bool IsTeaserStart(List<string> paragraphs, int i)
    {
        if (i + 1 >= paragraphs.Count || i == 0) return false;
        var title = paragraphs[i];
        var blurb = paragraphs[i + 1];
        return IsTitleLike(title) && blurb.Length <= 500 && (blurb.EndsWith("...", StringComparison.Ordinal) || blurb.EndsWith('…') || blurb.EndsWith("[…]", StringComparison.Ordinal));
    }

    public static bool IsTitleLike(string s)
    {
        if (s.Length is < 12 or > 160) return false;
        var last = s[^1];
        if (last is '.' or ':' or ',' or ';' or '"' or '”') return false;
        return char.IsUpper(s[0]) || char.IsDigit(s[0]);
    }

    private static bool IsShoutedKicker(string line)
    {
        var letters = 0;
        var words = 1;
        foreach (var c in line)
        {
            if (char.IsDigit(c)) return false;
            if (char.IsLetter(c))
            {
                if (char.IsLower(c)) return false;
                letters++;
            }
            else if (c == ' ')
            {
                words++;
            }
        }
        return letters >= 3 && (words <= 4 || line.Contains('|', StringComparison.Ordinal));
    }

    internal static bool HasClock(string p)
    {
        var list = new List<Mention>();
        TimeMentions.Find(p, 0, list);
        return list.Exists(m => m.Kind == MentionKind.Clock);
    }

    /// <summary>A line that is nothing but a date or time ("November 14, 2023 | 08:12 GMT").</summary>
    private static bool IsOnlyDate(string line)
    {
        if (line.StartsWith("DTG", StringComparison.OrdinalIgnoreCase)) return false;
        var list = new List<Mention>();
        TimeMentions.Find(line, 0, list);
        if (list.Count == 0) return false;
        var covered = 0;
        var reach = 0;
        foreach (var m in list)
        {
            // mentions are in text order; a DTG yields a date and a clock over the same characters
            var from = Math.Max(m.Start, reach);
            if (m.End > from) covered += m.End - from;
            reach = Math.Max(reach, m.End);
        }
        var letters = 0;
        foreach (var c in line) if (char.IsLetterOrDigit(c)) letters++;
        return covered * 10 >= line.Length * 6 && letters < 60 && !HasSentenceOutside(line, list);
    }

    /// <summary>
    /// Two or more words outside the times, one of them a lower-case word no stamp uses: "Rebels attacked at quarter to
    /// four on 3 March 2026." is a story's sentence, "Situation as of 3 March 2026, 14:00" and "Tuesday, 1 December 2026"
    /// are date lines.
    /// </summary>
    private static bool HasSentenceOutside(string line, List<Mention> mentions)
    {
        var words = 0;
        var plain = false;
        var at = 0;
        var next = 0;
        while (at < line.Length)
        {
            while (next < mentions.Count && mentions[next].End <= at) next++;
            if (next < mentions.Count && mentions[next].Start <= at)
            {
                at = mentions[next].End;
                continue;
            }
            if (!char.IsLetter(line[at]))
            {
                at++;
                continue;
            }
            var end = at;
            while (end < line.Length && char.IsLetter(line[end])) end++;
            words++;
            var word = line.AsSpan(at, end - at);
            plain |= char.IsLower(word[0]) && !StampWords.Contains(word.ToString());
            at = end;
        }

        return words >= 2 && plain;
    }

    private static readonly HashSet<string> StampWords = new(StringComparer.Ordinal)
    {
        "as", "of", "on", "at", "updated", "published", "posted", "issued", "filed", "last", "time", "date", "local", "hrs", "hours", "the", "and", "from", "to", "until", "valid",
    };
}

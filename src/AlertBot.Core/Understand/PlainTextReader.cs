using System.Text;
using System.Text.RegularExpressions;

namespace AlertBot.Core.Understand;

/// <summary>Reads reference-style plain text and Markdown: kicker and byline lines, a headline line, paragraphs, page noise.</summary>
internal static partial class PlainTextReader
{
    public static ArticleParts Read(string text, bool markdown, Deadline deadline)
    {
        var parts = new ArticleParts();
        var lines = text.Split('\n');
        var start = 0;
        if (lines.Length > 0 && lines[0].Trim() == "---") start = ReadFrontMatter(lines, parts);

        // Paragraphs: one per line, hard-wrapped prose joined back together. A paragraph of wrapped lines grows in a
        // StringBuilder: joining by string concatenation copied it once per line (400 KB of short lines took 30 s).
        var paragraphs = new List<string>();
        // Whether each paragraph opened after a blank line (else it began on the line after the one before it).
        var blockStarts = new List<bool>();
        string? single = null;
        StringBuilder? joined = null;
        var prevBlank = true;
        var wrapWidth = WrapWidth(lines, start);
        var prevLineLength = 0;
        var firstHeading = -1;
        var nextHeading = -1;
        for (var i = start; i < lines.Length; i++)
        {
            deadline.Check();
            var raw = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(raw))
            {
                prevBlank = true;
                continue;
            }
            if (TextClean.LooksLikeMarkdownRule(raw)) { prevBlank = true; continue; }
            var line = TextClean.CollapseWhitespace(markdown || LooksMarkdownish(raw) ? TextClean.StripMarkdown(raw) : raw.Trim());
            if (line.Length == 0) { prevBlank = true; continue; }
            var isMdBlock = raw.TrimStart() is ['#' or '>' or '-' or '*' or '+', ..];
            // A hard-wrapped text breaks its lines wherever the width ran out: a line that filled the width and did not end
            // a sentence goes on in the next, whatever letter that starts with ("at 14:30 on" / "Monday, the …").
            var wrapped = wrapWidth > 0 && prevLineLength >= wrapWidth - 12 && !char.IsLower(line[0]);
            if (!prevBlank && !isMdBlock && single is not null && ShouldJoin(joined?.Length ?? single.Length, joined is null ? single[^1] : joined[^1], line, wrapped))
            {
                (joined ??= new StringBuilder(single)).Append(' ').Append(line);
            }
            else
            {
                if (single is not null) paragraphs.Add(joined?.ToString() ?? single);
                blockStarts.Add(prevBlank);
                (single, joined) = (line, null);
                if (raw.TrimStart() is ['#', ' ', ..] or ['#', '#', ' ', ..])
                {
                    if (firstHeading < 0) firstHeading = paragraphs.Count;
                    else if (nextHeading < 0) nextHeading = paragraphs.Count;
                }
            }
            prevBlank = false;
            prevLineLength = line.Length;
        }
        if (single is not null) paragraphs.Add(joined?.ToString() ?? single);

        // Lead: kickers, bylines and date lines above the headline.
        var h = 0;
        // An official notice names its subject in a field under its letterhead ("Subject: Air-threat warning in …",
        // "Incident: Drone sighting near …"): that is its headline.
        if (parts.Headline.Length == 0 && SubjectField(paragraphs) is var (subjectAt, subject))
        {
            for (; h <= subjectAt; h++) parts.SetPublished(paragraphs[h]);
            parts.Headline = subject;
        }
        // A press release names itself above its headline ("PRESS RELEASE", "Media Release", "NEWS RELEASE  Release No.
        // 2026-114"): the issuer's letterhead, address and reference above it are furniture, the headline is the first
        // block under it that is no stamp or reference, its lines as broken in the PDF it came from joined again.
        if (parts.Headline.Length == 0 && ReleaseHeadline(paragraphs, blockStarts) is var (headAt, headEnd))
        {
            parts.Letterhead.AddRange(paragraphs.GetRange(h, headAt - h));
            h = TakeHeadline(parts, paragraphs, blockStarts, h, headAt, headEnd);
        }
        // A Markdown page's first heading may be the site's name, the second its headline ("# PRIMICIAS — EN VIVO" /
        // "## Live: Gunmen storm …").
        if (parts.Headline.Length == 0 && firstHeading >= 0 && nextHeading == firstHeading + 1 && IsSiteHeading(paragraphs[firstHeading]) && !Noise.HasDate(paragraphs[nextHeading])
            && paragraphs.Take(firstHeading).All(p => p.Length <= 200 && p[^1] != '.'))
        {
            for (; h <= firstHeading; h++) parts.SetPublished(paragraphs[h]);
            firstHeading = nextHeading;
        }
        // A Markdown page's "# " heading under a few short lines that are not prose ("**BRIEF — Thursday 22 October
        // 2026, 7.30am**"): the heading is the headline, the lines above it furniture (their date is the writing's).
        if (parts.Headline.Length == 0 && firstHeading is > 0 and <= 3 && paragraphs.Take(firstHeading).All(p => p.Length <= 200 && p[^1] != '.'))
        {
            for (; h < firstHeading; h++) parts.SetPublished(paragraphs[h]);
        }
        // "CORRECTION: …" reads like an editor's note, but on the first line it is the headline of a correction.
        // A Markdown "# " heading is the page's title, whatever its words ("# Privacy Policy Update" is no footer link).
        while (h < paragraphs.Count && !Revisions.IsMarked(paragraphs[h]) && (h != firstHeading || IsBanner(paragraphs, h))
               && (Noise.IsLeadNoise(paragraphs[h], aboveHeadline: true) || IsBanner(paragraphs, h)))
        {
            deadline.Check();
            parts.SetPublished(paragraphs[h]);
            h++;
        }
        // A site's masthead above the headline ("Ahram Online" / "Sunday 12 Jul 2026 - 14:02" / headline; "THE KATHMANDU
        // POST" / "Madhesh Province" / "Published at : …"): its names and stamps are furniture.
        var bodyAt = -1;
        // A Markdown page's top heading is a masthead's name only as a short name, in capitals or as a menu.
        if (parts.Headline.Length == 0 && !(h == firstHeading && !IsSiteHeading(paragraphs[h])) && MastheadHeadline(paragraphs, h) is var (headlineAt, storyAt))
        {
            for (; h < headlineAt; h++) parts.SetPublished(paragraphs[h]);
            bodyAt = storyAt;
        }
        // A masthead of its own block over the headline's ("GARDEN ISLE SCANNER DESK — INCIDENT SUMMARY / Kaua'i, Hawai'i |
        // Summary #2026-0214 / Posted: …", "Hansard — UK Parliament / House of Commons / Volume 786: …", "KNR | Nyheder /
        // News in English"): lines that follow each other above a blank line, none ending a sentence, or one line of parts;
        // the headline is the next block that is no stamp, reference or byline.
        if (parts.Headline.Length == 0 && bodyAt < 0 && BlockMasthead(paragraphs, blockStarts, h) is var (blockHeadAt, blockHeadEnd))
            h = TakeHeadline(parts, paragraphs, blockStarts, h, blockHeadAt, blockHeadEnd);
        if (parts.Headline.Length > 0)
        {
            // Front matter named the headline; a repeated "# Title" line is not body.
            parts.Headline = TextClean.CollapseWhitespace(TextClean.StripMarkdown(parts.Headline));
            if (h < paragraphs.Count && paragraphs[h] == parts.Headline) h++;
        }
        else if (h < paragraphs.Count)
        {
            var candidate = Noise.StripKickerPrefix(paragraphs[h]);
            // "NIAMEY, 12 September 2026 (Agency) — Niger: army says …": a dateline run into the headline line.
            if (Datelined(candidate) is var (dateline, rest))
            {
                parts.SetPublished(dateline);
                candidate = rest;
            }
            if (candidate.Length <= 200 && !EndsLikeProse(candidate))
            {
                parts.Headline = candidate;
                h++;
            }
            else
            {
                parts.Headline = HeadlineFromProse(candidate);
            }
        }
        // Bylines and date lines right under the headline.
        while (h < paragraphs.Count && IsLeadLine(paragraphs[h]))
        {
            deadline.Check();
            parts.SetPublished(paragraphs[h]);
            h++;
        }
        // A standfirst between the headline and its byline and stamp ("NORAD says small plane failed to respond" / "By …" /
        // "Published: Tuesday, February 17, 2026 at 9:05 p.m. EST"): it stays the story's first lines, the byline and
        // stamp under it are furniture.
        if (bodyAt < 0 && h + 1 < paragraphs.Count && paragraphs[h].Length <= 200 && paragraphs[h][^1] is not ('.' or '!' or '?')
            && !Noise.HasDate(paragraphs[h]) && IsLeadLine(paragraphs[h + 1]))
        {
            var k = h + 1;
            for (; k < paragraphs.Count && IsLeadLine(paragraphs[k]); k++) parts.SetPublished(paragraphs[k]);
            paragraphs.RemoveRange(h + 1, k - h - 1);
        }
        // A masthead's stamps and credits under the headline.
        for (; h < bodyAt; h++) parts.SetPublished(paragraphs[h]);
        // With no stamp above the story, its first line of furniture says when it was written: a desk and its stamp under
        // the headline ("_East Africa bureau · Saturday 14 February 2026, 08:30 EAT_"), else the page's footer ("*Thursday
        // 17 September 2026 · Updated 11:42 · Share*", a channel post's "👁 31.4K · 20.11.2026, 22:41 · edited"). The line
        // stays for the story's reading (a live page's "All times are AEDT", its stamps).
        for (var f = h; parts.Published is null && f < paragraphs.Count; f++)
        {
            if (Noise.IsFurnitureLine(paragraphs[f])) parts.SetPublished(paragraphs[f]);
        }
        parts.Paragraphs = Noise.FilterBody(paragraphs.GetRange(h, paragraphs.Count - h), deadline);
        return parts;
    }

    /// <summary>
    /// An issuer's banner in capitals above the headline ("U.S. COAST GUARD SECTOR GUAM — NEWS RELEASE", "MINISTRY OF
    /// DEFENCE / PRESS OFFICE"): no lower-case letter, and under it, before any prose, a headline in mixed case. A headline
    /// in capitals followed by its lede is not one (the lede ends a sentence).
    /// </summary>
    private static bool IsBanner(List<string> paragraphs, int i)
    {
        var line = paragraphs[i];
        if (line.Length is < 6 or > 80 || line.Any(char.IsAsciiDigit) || line.Count(char.IsLetter) < 6 || line.IndexOf(' ') < 0 || line[^1] == '.'
            || line.Any(char.IsLower) && !IsInstitutionName(line))
            return false;
        for (var j = i + 1; j < Math.Min(paragraphs.Count, i + 6); j++)
        {
            var next = paragraphs[j];
            if (next.Length > 200 || next[^1] is '.' or '!' or '?') return false;
            // Furniture, or another line of the letterhead in capitals ("IMMEDIATE RELEASE", "PRESS OFFICE").
            if (Noise.IsLeadNoise(next, aboveHeadline: true) || next.Length <= 60 && !next.Any(char.IsLower) && !Noise.HasDate(next)) continue;
            // The headline under it: mixed case, no "Label:" field ("Ministry of Health: two killed …" is a speaker and
            // what it says), no date of its own.
            var colon = next.IndexOf(':');
            return next.Any(char.IsLower) && (colon < 0 || next.AsSpan(0, colon).Count(' ') >= 3 || IsInstitutionName(next[..colon])) && !Noise.HasDate(next);
        }

        return false;
    }

    /// <summary>
    /// Where the headline stands under a site's masthead that starts at <paramref name="h"/>, and where the story starts
    /// under it, or null. A masthead is up to four lines of names (the site or issuer, its tagline, its section or trail:
    /// "Focus Taiwan — CNA English News", "Plural news and views on Sudan", "Home > News > Finland"), its stamps (lines
    /// that are a date and a few words: "Cross-Strait | 03/17/2026 10:42 AM", "Last updated: 6 March 2026, 13:40") and
    /// notes in brackets; then the headline, a line that is not prose and has no date; then, before the story's prose,
    /// at most four lines of stamps, bylines and short credits ("Koroi Hawkins, RNZ Pacific Editor"). The names may be
    /// left out when a stamp with its clock stands above the headline ("HaitiLibre - 10/04/2026 08:17:42"); with neither
    /// a stamp above nor a second line of names, one short name stands for the masthead ("Sudan Tribune") over a
    /// headline of six words or more.
    /// </summary>
    private static (int Headline, int Body)? MastheadHeadline(List<string> paragraphs, int h)
    {
        var k = h;
        // Under a kicker or banner already read, a line is the masthead's second ("SUDAN TRIBUNE" / "Plural news and views on Sudan").
        var under = h > 0 && !Noise.HasDate(paragraphs[h - 1]) && !Noise.IsAgoStamp(paragraphs[h - 1]);
        for (; k < Math.Min(paragraphs.Count, h + 4) && !Noise.HasDate(paragraphs[k]) && Noise.Classify(paragraphs[k], 0, 1) is not NoiseKind.Byline
               && IsMastheadName(paragraphs[k], k - h + (under ? 1 : 0)); k++) { }
        var names = k - h;
        var stamps = 0;
        for (; k < Math.Min(paragraphs.Count, h + 8); k++)
        {
            var line = paragraphs[k];
            // With no name above it, a stamp has its clock ("HaitiLibre - 10/04/2026 08:17:42"): a headline may carry its day
            // ("Russian Offensive Campaign Assessment, March 20, 2025").
            if (IsStamp(line) && (names > 0 || Noise.HasClock(line))) stamps++;
            else if (!(line.Length <= 80 && Noise.IsFurnitureLine(line))) break;
        }
        if (k >= paragraphs.Count || names + stamps == 0) return null;
        var headline = paragraphs[k];
        var words = headline.Count(c => c == ' ') + 1;
        // A post's author and handle need no stamp ("Jay Tarriela @jaytaryela · Philippine Coast Guard spokesperson").
        if (stamps == 0 && names < 2 && !(names == 1 && IsShortName(paragraphs[h]) && words >= 6) && !(names == 1 && (Handle().IsMatch(paragraphs[h]) || IsNavigation(paragraphs[h]))))
            return null;
        // A sentence of a dozen words is the story's lede, unless a post's text is its headline.
        if (headline.Length > 200 || words < 3 || !headline.Any(char.IsLower) || EndsLikeProse(headline) || Noise.HasDate(headline)
            || Noise.IsLeadNoise(headline, aboveHeadline: true) || headline[^1] == '.' && words >= 12 && !Handle().IsMatch(paragraphs[h]))
            return null;
        // The story under it, past its stamps, bylines and credits ("Our Correspondent, Cox's Bazar", "PUBLISHED : 8 Aug
        // 2026 at 14:27", "WRITER: Post Reporters").
        for (var b = k + 1; b < Math.Min(paragraphs.Count, k + 7); b++)
        {
            var next = paragraphs[b];
            if (next.Length >= 80 && next.Count(c => c == ' ') >= 11) return (k, b);
            // A standfirst right under the headline ("Crew unharmed; Information Fusion Centre alerts vessels").
            var standfirst = b == k + 1 && next.Length <= 200 && next[^1] is not ('.' or '!' or '?') && !Noise.HasDate(next);
            if (!standfirst && !(next.Length <= 160 && Noise.IsLeadNoise(next)) && !IsStamp(next) && !Noise.IsFurnitureLine(next)
                && !(next.Length <= 60 && next.Count(c => c == ' ') <= 5 && next[^1] is not ('.' or '!' or '?')))
                return null;
        }
        return null;
    }

    [GeneratedRegex(@"^(?:for\s+immediate\s+release|(?:press|media|news)\s+(?:release|statement|note|advisory)|joint\s+(?:press\s+)?statement|communiqu[ée](?:\s+de\s+presse)?|comunicado(?:\s+de\s+prensa)?|nota\s+(?:de\s+prensa|stampa|à\s+imprensa)|note\s+de\s+presse|pressemitteilung)\b(?<rest>.{0,70})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReleaseLabel();

    /// <summary>
    /// Under a release's label among the first lines, above any prose: where its headline starts and where it ends
    /// (exclusive), or null. The headline is the block right above the release's first paragraph of prose — the lines
    /// that follow each other without a blank one — past any stamp, reference or byline between them; everything
    /// between the label and it is the issuer's letterhead, address, reference and date ("Deutsche Bahn AG / Group
    /// Communications / No. 027/2026 / Berlin, 9 February 2026"), and a note in brackets opening the block ("(2nd
    /// report)") is not part of it.
    /// </summary>
    private static (int Start, int End)? ReleaseHeadline(List<string> paragraphs, List<bool> blockStarts)
    {
        var label = -1;
        for (var i = 0; i < Math.Min(paragraphs.Count, 10) && label < 0; i++)
        {
            if (IsProse(paragraphs[i])) return null;
            if (ReleaseLabel().IsMatch(paragraphs[i])) label = i;
        }
        if (label < 0) return null;
        var prose = label + 1;
        while (prose < Math.Min(paragraphs.Count, label + 14) && !IsProse(paragraphs[prose])) prose++;
        if (prose >= paragraphs.Count || !IsProse(paragraphs[prose])) return null;
        var end = prose;
        var start = end;
        for (var tries = 0; tries < 4; tries++)
        {
            start = end - 1;
            while (start > label && !blockStarts[start]) start--;
            if (start <= label) return null;
            var only = end - start == 1 ? paragraphs[start] : null;
            if (only is null || !(IsStamp(only) || IsReference(only) || Noise.HasDate(only) || only.Length <= 160 && Noise.IsLeadNoise(only) || Noise.IsFurnitureLine(only)))
                break;
            end = start;
        }
        while (start < end - 1 && paragraphs[start] is ['(', .., ')'] or ['[', .., ']']) start++;
        var headline = string.Join(' ', paragraphs.GetRange(start, end - start));
        var words = headline.Count(c => c == ' ') + 1;
        if (end - start > 3 || headline.Length > 220 || words < 3 || headline[^1] == '.' && words >= 12 || Noise.HasDate(headline)) return null;
        return (start, end);
    }

    /// <summary>A byline or a date line of the lead: "By Amina Diallo", "Published: 2 March 2024".</summary>
    private static bool IsLeadLine(string line) =>
        line.Length <= 160 && Noise.IsLeadNoise(line) && Noise.Classify(line, 0, 1) is NoiseKind.Byline or NoiseKind.Story or NoiseKind.Kicker;

    /// <summary>
    /// Where the headline under a masthead block starting at <paramref name="h"/> starts and ends (exclusive), or null. The
    /// block is two lines or more of at most 160 characters, none ending a sentence, or one line joining parts (" | ",
    /// " — "); under it, past stamps, references and bylines, the headline is a block of one to three lines with no date,
    /// not prose, and something follows it.
    /// </summary>
    private static (int Start, int End)? BlockMasthead(List<string> paragraphs, List<bool> blockStarts, int h)
    {
        if (h >= paragraphs.Count || h >= blockStarts.Count) return null;
        var end = BlockEnd(paragraphs, blockStarts, h);
        var lines = end - h;
        for (var i = h; i < end; i++)
        {
            var line = paragraphs[i];
            if (line.Length > 160 || line[^1] is '.' or '!' or '?') return null;
        }
        // The first line names the site or issuer: a short name and its parts ("KNR | Nyheder", "Hansard — UK Parliament"),
        // or a banner in capitals without figures or a "Label:" ("PRESIDIO COUNTY OFFICE OF EMERGENCY MANAGEMENT"). A
        // headline over its stamp ("UKMTO WARNING 031/26 - …", "RAIL STRIKE: YOUR QUESTIONS ANSWERED") is none.
        var first = paragraphs[h];
        var named = !first.Contains(':') && PartSeparators.FirstOrDefault(p => first.Contains(p, StringComparison.Ordinal)) is { } sep
                    && first[..first.IndexOf(sep, StringComparison.Ordinal)].Trim() is var name && !name.Any(char.IsAsciiDigit) && IsShortName(name);
        var banner = !first.Any(char.IsLower) && !first.Any(char.IsAsciiDigit) && !first.Contains(':') && first.Count(c => c == ' ') <= 7;
        if (!(named || banner) || lines == 1 && !named || lines > 5) return null;
        var k = end;
        for (var tries = 0; tries < 3 && k < paragraphs.Count; tries++)
        {
            var blockEnd = BlockEnd(paragraphs, blockStarts, k);
            var stampsOnly = true;
            for (var i = k; i < blockEnd && stampsOnly; i++)
                stampsOnly = IsStamp(paragraphs[i]) || IsReference(paragraphs[i]) || IsLeadLine(paragraphs[i]) || Noise.IsFurnitureLine(paragraphs[i]);
            if (!stampsOnly) break;
            k = blockEnd;
        }
        if (k >= paragraphs.Count) return null;
        var headEnd = k + 1;
        while (headEnd < paragraphs.Count && !blockStarts[headEnd] && paragraphs[headEnd - 1][^1] is not ('.' or '!' or '?' or ':')
               && paragraphs[headEnd].Length <= 120 && !Noise.HasDate(paragraphs[headEnd]) && !IsLeadLine(paragraphs[headEnd]))
            headEnd++;
        if (headEnd - k > 3 || headEnd >= paragraphs.Count) return null;
        var headline = string.Join(' ', paragraphs.GetRange(k, headEnd - k));
        var words = headline.Count(c => c == ' ') + 1;
        if (headline.Length > 220 || words < 4 || IsProse(headline) && headline[^1] == '.' || headline[^1] == '?' || Noise.HasDate(headline) || !headline.Any(char.IsLower)
            || Noise.IsLeadNoise(headline, aboveHeadline: true))
            return null;
        // Under a one-line masthead the headline has its stamp or byline under it ("KNR | Nyheder / News in English" /
        // headline / "17. juli 2026 kl. 09:12"), unlike a page's title over its blurb ("The Frontline Briefing - all episodes").
        if (lines == 1 && (headline[^1] == '.' || !(IsStamp(paragraphs[headEnd]) || IsLeadLine(paragraphs[headEnd]))))
            return null;
        return (k, headEnd);
    }

    private static bool IsProse(string line) => line.Length >= 80 && line.Count(c => c == ' ') >= 11;

    /// <summary>Where the block that <paramref name="start"/> is in ends: the next paragraph that opened after a blank line.</summary>
    private static int BlockEnd(List<string> paragraphs, List<bool> blockStarts, int start)
    {
        var end = start + 1;
        while (end < paragraphs.Count && !blockStarts[end]) end++;
        return end;
    }

    /// <summary>
    /// Makes the lines [<paramref name="headAt"/>, <paramref name="headEnd"/>) the headline, joined into one (a PDF's broken
    /// title), after the lines from <paramref name="h"/> above it have given the publication; returns where the headline is.
    /// </summary>
    private static int TakeHeadline(ArticleParts parts, List<string> paragraphs, List<bool> blockStarts, int h, int headAt, int headEnd)
    {
        for (; h < headAt; h++) parts.SetPublished(paragraphs[h]);
        parts.Headline = string.Join(' ', paragraphs.GetRange(headAt, headEnd - headAt));
        paragraphs.RemoveRange(headAt, headEnd - headAt - 1);
        blockStarts.RemoveRange(headAt, headEnd - headAt - 1);
        paragraphs[headAt] = parts.Headline;
        return headAt;
    }

    /// <summary>A release's reference line: "No. PAA/PR/2026/047", "Ref: MoD/PR/114", "Release No. 2026-114".</summary>
    private static bool IsReference(string line) =>
        line.Length <= 60 && (line.StartsWith("No.", StringComparison.Ordinal) || line.StartsWith("Ref", StringComparison.OrdinalIgnoreCase)
                              || line.StartsWith("Release No", StringComparison.OrdinalIgnoreCase)) && line.Any(char.IsAsciiDigit);

    [GeneratedRegex(@"^(?:Subject|Re|Incident|Title|Objet|Asunto|Assunto|Oggetto|Betreff)\s*:\s*(?<value>\S.{10,198})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubjectLine();

    /// <summary>A "Subject:" field among the first lines, above any prose: (its line, its value), or null.</summary>
    private static (int At, string Value)? SubjectField(List<string> paragraphs)
    {
        for (var i = 0; i < Math.Min(paragraphs.Count, 8); i++)
        {
            var line = paragraphs[i];
            if (line.Length > 200 || line[^1] == '.' && line.Count(c => c == ' ') >= 12) return null;
            if (SubjectLine().Match(line) is { Success: true } m && m.Groups["value"].Value.Count(c => c == ' ') >= 2)
                return (i, m.Groups["value"].Value.Trim());
        }
        return null;
    }

    /// <summary>
    /// A heading that names the site or issuer: a short name, capitals, a menu, a short name and its tagline or section
    /// ("SVT Nyheter – in English", "Lothian Buses — Service Updates"), an institution with its initials ("… (MONUSCO)").
    /// </summary>
    private static bool IsSiteHeading(string line)
    {
        if (IsShortName(line) || !line.Any(char.IsLower) || IsNavigation(line) || IsInstitutionName(line)) return true;
        if (line.EndsWith(')') && line.LastIndexOf('(') is var open and > 0 && line[(open + 1)..^1] is { Length: >= 2 and <= 8 } initials && initials.All(char.IsAsciiLetterUpper))
            return true;
        foreach (var sep in PartSeparators)
        {
            var at = line.IndexOf(sep, StringComparison.Ordinal);
            if (at > 0 && IsShortName(line[..at])) return true;
        }
        return false;
    }

    private static bool IsStamp(string line)
    {
        if (line.Length > 120) return false;
        var mentions = new List<Mention>();
        TimeMentions.Find(line, 0, mentions);
        return mentions.Exists(m => m.Kind == MentionKind.Date) && WordsBesideTimes(line, mentions) <= 8;
    }

    /// <summary>
    /// A line of a masthead's names: the first a site's or issuer's name (a short name, an institution's name, or parts
    /// joined by " | ", " · ", " — ", " - ", " / ", " > "); the ones under it a tagline, a section, a trail or a note of
    /// eight words at most. None ends a sentence or has a "Label:"; only a short name has a figure ("24.kg news agency").
    /// </summary>
    private static bool IsMastheadName(string line, int index)
    {
        if (IsNavigation(line)) return true;
        // A "Label: …" line is a headline's form ("RAIL STRIKE: YOUR QUESTIONS ANSWERED").
        if (line.Length > 100 || line[^1] is '!' or '?' || line.Contains(':')) return false;
        var words = line.Count(c => c == ' ') + 1;
        if (line.Any(char.IsAsciiDigit) && !(words <= 3 && IsShortName(line)) && !(words <= 8 && HasParts(line))) return false;
        if (line[^1] == '.' && !IsInstitutionName(line)) return false;
        // A tagline, a section, a trail or a note: "Pacific News", "Society / Incidents", "Home > News > Finland",
        // "Plural news and views on Sudan", "[Translated from Russian]".
        if (index > 0)
            return words <= 4 || words <= 8 && (HasParts(line) || line[0] is '[' or '(' || IsInstitutionName(line))
                   || words <= 10 && line.Split(' ').Any(MediaWords.Contains);
        // A headline may be a few words in title case ("Army Repels Attack Near Kidal"), a name has three at most.
        return IsShortName(line) || IsInstitutionName(line) || words <= 16 && HasParts(line);
    }

    /// <summary>A site's name: three words at most, each capitalised, a joiner or a word of the trade ("Carta de Moçambique", "24.kg news agency", "RNZ Pacific").</summary>
    private static bool IsShortName(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "hindustantimes", "ekathimerini.com": a site's name written as its address, one word in lower case.
        if (words.Length == 1 && words[0].Length is >= 5 and <= 30 && words[0].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-'))
            return true;
        return words.Length <= 3 && words.All(w => !char.IsLower(w[0]) || NameJoiners.Contains(w) || MediaWords.Contains(w));
    }

    private static readonly HashSet<string> MediaWords = new(StringComparer.Ordinal)
    {
        "news", "agency", "online", "daily", "times", "post", "tv", "radio", "newspaper", "service", "edition", "channel", "network", "press", "media", "magazine", "wire", "views",
    };

    [GeneratedRegex(@"(?:^| )@[A-Za-z0-9_]{3,30}(?: |$)", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    private static readonly string[] PartSeparators = [" | ", " · ", " — ", " – ", " - ", " / ", " > ", " › "];

    /// <summary>Whether a line joins parts with a separator ("Focus Taiwan — CNA English News", "News | Estonia").</summary>
    private static bool HasParts(string line) => PartSeparators.Any(p => line.Contains(p, StringComparison.Ordinal));

    /// <summary>
    /// A site's menu or trail: three parts or more joined by " | ", " · ", " › ", " > " or " / ", each of three words at
    /// most ("Singapore | Asia | World | Opinion", "derStandard.at › International › Europa").
    /// </summary>
    private static bool IsNavigation(string line)
    {
        if (line.Length > 160) return false;
        foreach (var sep in (ReadOnlySpan<string>)[" | ", " · ", " › ", " > ", " / ", " » "])
        {
            var parts = line.Split(sep);
            // "Home / India News", "Inicio › Nacionales": a trail of two parts from the home page.
            var fromHome = parts.Length == 2 && parts[0].Trim() is "Home" or "HOME" or "Inicio" or "Início" or "Accueil" or "Startseite" or "Home page" or "Homepage";
            if ((parts.Length >= 3 || fromHome) && parts.All(p => p.Trim().Length > 0 && p.Trim().Count(c => c == ' ') <= 2 && p.Trim()[^1] is not ('.' or '!' or '?')))
                return true;
        }
        return false;
    }

    /// <summary>How many words a line has outside its dates and clocks ("Press note | 25.10.2026, 11:45": 3).</summary>
    private static int WordsBesideTimes(string line, List<Mention> mentions)
    {
        var words = 0;
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var covered = mentions.Exists(m => m.Start <= i && i < m.End);
            var letter = !covered && char.IsLetter(line[i]);
            if (letter && !inWord) words++;
            inWord = letter || (inWord && !covered && !char.IsWhiteSpace(line[i]));
        }
        return words;
    }

    // The nouns an issuer's name is built on: "Ministry of Health", "Office of the Governor", "U.S. Department of Defense".
    private static readonly HashSet<string> InstitutionNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "department", "office", "government", "command", "embassy", "consulate", "agency", "service", "authority", "council",
        "directorate", "administration", "headquarters", "secretariat", "bureau", "commission", "presidency", "cabinet", "mission",
        "staff", "affairs", "centre", "center", "municipality", "prefecture", "governorate", "spokesperson", "spokesman", "unit",
    };

    private static readonly HashSet<string> NameJoiners = new(StringComparer.Ordinal) { "of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "el", "al", "do", "da", "dos", "das", "di", "del", "von", "der", "&", "—", "–", "/", "|", "·" };

    /// <summary>
    /// An issuer's name in mixed case on a letterhead ("State of Palestine — Ministry of Health", "Office of the Governor",
    /// "Defence Press Office"): capitalised words and the words that join a name, an institution's noun among them and at
    /// most three capitalised words after the last one. A headline in title case goes on past its noun
    /// ("Ministry Of Defence Confirms Strike Near Kidal").
    /// </summary>
    private static bool IsInstitutionName(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 10) return false;
        int? afterNoun = null;
        foreach (var w in words)
        {
            if (NameJoiners.Contains(w)) continue;
            var word = w.Trim(',', '(', ')');
            if (word.Length == 0 || !char.IsUpper(word[0])) return false;
            if (InstitutionNouns.Contains(word)) afterNoun = 0;
            else if (afterNoun is { } n) afterNoun = n + 1;
        }
        return afterNoun <= 3;
    }

    /// <summary>A headline line opened by a dateline and a dash: (the dateline, the headline after it), or null.</summary>
    private static (string Dateline, string After)? Datelined(string line)
    {
        if (line.Length > 260 || line[^1] is '.' or '!' or '?') return null;
        var mentions = new List<Mention>();
        TimeMentions.Find(line, 0, mentions);
        if (Datelines.Find([line], mentions) is not { } date) return null;
        var dash = line.AsSpan(date.End).IndexOfAny("—–");
        if (dash < 0 || dash > 24) return null;
        var cut = date.End + dash + 1;
        var rest = line[cut..].Trim();
        return rest.Count(c => c == ' ') >= 3 && char.IsUpper(rest[0]) ? (line[..cut].TrimEnd('—', '–', ' '), rest) : null;
    }

    private static bool ShouldJoin(int previousLength, char previousLast, string line, bool wrapped) =>
        previousLength >= 40 && !(previousLast is '.' or '!' or '?' or ':' or '"' or '”' or '…' or ')') && (char.IsLower(line[0]) || (wrapped && char.IsLetterOrDigit(line[0])));

    /// <summary>
    /// The width a hard-wrapped text was wrapped at (most of its longer lines end within a few characters of it), or 0 for
    /// a text whose lines are its paragraphs. At most the first 400 lines are looked at.
    /// </summary>
    private static int WrapWidth(string[] lines, int start)
    {
        Span<int> counts = stackalloc int[121];
        var longer = 0;
        for (var i = start; i < Math.Min(lines.Length, start + 400); i++)
        {
            var n = lines[i].TrimEnd().Length;
            if (n < 40) continue;
            longer++;
            if (n <= 120) counts[n]++;
        }

        if (longer < 4) return 0;
        // The widest band of 12 that holds most of the longer lines: wrapped prose fills its lines to within a word.
        var (best, bestAt) = (0, 0);
        for (var w = 52; w <= 120; w++)
        {
            var inBand = 0;
            for (var k = w - 11; k <= w; k++) inBand += counts[k];
            if (inBand > best) (best, bestAt) = (inBand, w);
        }

        return best * 10 >= longer * 7 ? bestAt : 0;
    }

    private static bool EndsLikeProse(string s) => s.Length > 120 && s[^1] is '.' && s.Count(c => c == ' ') > 20;

    private static string HeadlineFromProse(string s)
    {
        var sentences = Sentences.Split(s);
        var first = sentences.Count > 0 ? s[sentences[0].Start..sentences[0].End] : s;
        if (first.Length <= 200) return first.TrimEnd('.');
        var cut = first.LastIndexOf(' ', 199);
        return first[..(cut > 60 ? cut : 199)] + "…";
    }

    private static readonly System.Buffers.SearchValues<char> MarkdownChars = System.Buffers.SearchValues.Create("*_#[`>~");

    private static bool LooksMarkdownish(string raw) => raw.AsSpan().IndexOfAny(MarkdownChars) >= 0;

    private static int ReadFrontMatter(string[] lines, ArticleParts parts)
    {
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim() == "---") return i + 1;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim().Trim('"', '\'');
            switch (key)
            {
                case "title" or "headline":
                    parts.Headline = value;
                    break;
                case "date" or "published" or "pubdate" or "datepublished":
                    parts.Published = null;
                    parts.SetPublished(value);
                    break;
                case "url" or "link" or "canonical":
                    parts.Url = value;
                    break;
                case "author" or "byline":
                    parts.Author = value;
                    break;
                case "id" or "guid":
                    parts.Id = value;
                    break;
            }
        }
        return 0;
    }
}

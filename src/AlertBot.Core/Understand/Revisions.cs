using System.Text.RegularExpressions;

namespace AlertBot.Core.Understand;

/// <summary>What a headline's marker says the article is: a correction of a story, or its next version.</summary>
public static class RevisionKinds
{
    /// <summary>"CORRECTION:", "CORRECTED-": the story as sent was wrong somewhere.</summary>
    public const string Correction = "correction";

    /// <summary>"UPDATE 2-": the agency's next version of the story.</summary>
    public const string Update = "update";

    /// <summary>"REFILE-": the story sent again (a typo fixed, a slug changed).</summary>
    public const string Refile = "refile";
}

/// <summary>
/// Wire-style revision markers. A headline "CORRECTED-Rebels seize Kidal" or "UPDATE 2-Rebels seize Kidal" is the
/// story "Rebels seize Kidal" again; the marker goes from the headline and says which kind of revision it is.
/// A note line such as "(Corrects time of the attack in paragraph 2)" under the headline says what changed.
/// </summary>
public static partial class Revisions
{
    // "CORRECTION:", "CORRECTED-", "Corrected:", "UPDATE 2-", "UPDATE 12 -", "REFILE-", "REFILE:" at the start of a headline.
    // A bare "UPDATE:" is a kicker (Noise strips it); the agencies' numbered form is what marks a new version.
    [GeneratedRegex(@"^\s*(?:(?<c>CORRECT(?:ION|ED))|(?<u>UPDATE)\s+(?<n>\d{1,3})|(?<r>REFILE(?:D)?))\s*[:–—-]\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Marker();

    // "(Corrects time of attack in paragraph 2)", "(Refiles to fix typo in headline)", "(Updates with army statement)".
    [GeneratedRegex(@"^[(\[]\s*(?<v>Corrects|Corrected|Refiles|Refiled|Updates|Adds|Recasts|Changes|Fixes)\b(?<rest>[^()\[\]]{0,300})[)\]]\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex NoteLine();

    /// <summary>The headline without its marker, and the marker's kind (null when there is none).</summary>
    /// <remarks>Markers stack ("REFILE-UPDATE 2-…", "CORRECTED-UPDATE 1-…"): all go, and a correction among them wins.</remarks>
    public static (string Headline, string? Kind) Strip(string headline)
    {
        string? kind = null;
        for (var i = 0; i < 3; i++)
        {
            var m = Marker().Match(headline);
            if (!m.Success || m.Length >= headline.Length)
                break;
            var marked = m.Groups["c"].Success ? RevisionKinds.Correction : m.Groups["u"].Success ? RevisionKinds.Update : RevisionKinds.Refile;
            kind = kind is null || marked == RevisionKinds.Correction ? marked : kind;
            headline = headline[m.Length..].Trim();
        }

        return (headline, kind);
    }

    /// <summary>
    /// Whether a line is a marked headline (the plain-text reader keeps it as the headline, not as noise): a marker,
    /// then a headline — not an editor's note on top of the story ("Correction: An earlier version of this article…").
    /// </summary>
    public static bool IsMarked(string line)
    {
        if (line.Length > 300)
            return false;
        var (rest, kind) = Strip(line);
        return kind is not null && rest.Length <= 200 && !rest.EndsWith('.') && !EditorsNote().IsMatch(rest);
    }

    [GeneratedRegex(@"^(?:An?\s+(?:earlier|previous)\s+version|This\s+(?:article|story|report|post)|We\s+(?:have\s+)?(?:corrected|updated))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex EditorsNote();

    /// <summary>
    /// "(Corrects time of the attack)" → ("correction", "Corrects time of the attack"); null for any other line.
    /// </summary>
    public static (string Kind, string Note)? Note(string line)
    {
        if (line.Length > 320)
            return null;
        var m = NoteLine().Match(line.Trim());
        if (!m.Success)
            return null;
        var verb = m.Groups["v"].Value;
        var kind = verb.StartsWith("Correct", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("Fix", StringComparison.OrdinalIgnoreCase)
            ? RevisionKinds.Correction
            : verb.StartsWith("Refile", StringComparison.OrdinalIgnoreCase) ? RevisionKinds.Refile : RevisionKinds.Update;
        var note = (verb + m.Groups["rest"].Value).Trim();
        return (kind, char.ToUpperInvariant(note[0]) + note[1..]);
    }
}

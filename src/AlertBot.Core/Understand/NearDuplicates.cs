using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace AlertBot.Core.Understand;

/// <summary>
/// Near-duplicate detection by MinHash over word 3-shingles of the headline and story text: two articles'
/// signatures agree in a share of positions that estimates the Jaccard similarity of their shingle sets.
/// Locality-sensitive bands (32 bands of 4 positions) turn "find similar articles" into an index lookup:
/// an article is a candidate when it shares at least one band, which happens with probability
/// 1 − (1 − s⁴)³² (s = 0.5 → 87 %, s = 0.6 → 99 %, s = 0.2 → 5 %). Candidates are then checked against the
/// configured threshold with the full signature. Pure and deterministic across processes (XxHash3, fixed seeds).
/// </summary>
public static partial class NearDuplicates
{
    public const int SignatureLength = 128;
    public const int Bands = 32;
    private const int RowsPerBand = SignatureLength / Bands;
    private const int ShingleWords = 3;

    private static readonly ulong[] A = new ulong[SignatureLength];
    private static readonly ulong[] B = new ulong[SignatureLength];

    static NearDuplicates()
    {
        // Fixed seeds: signatures are stored and compared across restarts and instances.
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < SignatureLength; i++)
        {
            A[i] = SplitMix(ref state) | 1;
            B[i] = SplitMix(ref state);
        }
    }

    /// <summary>The MinHash signature of an article's headline and body; null when it has too few words to compare.</summary>
    public static uint[]? Signature(Understanding article)
    {
        var words = Words(article.Headline + "\n" + article.Body);
        if (words.Count < ShingleWords + 2)
            return null;
        var mins = new ulong[SignatureLength];
        Array.Fill(mins, ulong.MaxValue);
        var buffer = new StringBuilder();
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            buffer.Clear().Append(words[i]);
            for (var w = 1; w < ShingleWords; w++)
                buffer.Append(' ').Append(words[i + w]);
            var h = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(buffer.ToString()));
            for (var k = 0; k < SignatureLength; k++)
            {
                var v = unchecked((A[k] * h) + B[k]);
                if (v < mins[k])
                    mins[k] = v;
            }
        }

        var signature = new uint[SignatureLength];
        for (var k = 0; k < SignatureLength; k++)
            signature[k] = (uint)(mins[k] >> 32);
        return signature;
    }

    /// <summary>The estimated Jaccard similarity of two signatures (0..1).</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        var same = 0;
        for (var i = 0; i < SignatureLength; i++)
        {
            if (a[i] == b[i])
                same++;
        }

        return same / (double)SignatureLength;
    }

    /// <summary>One 64-bit key per band; articles sharing a key are candidates.</summary>
    public static long[] BandKeys(uint[] signature)
    {
        var keys = new long[Bands];
        Span<byte> bytes = stackalloc byte[RowsPerBand * 4];
        for (var band = 0; band < Bands; band++)
        {
            for (var r = 0; r < RowsPerBand; r++)
                BinaryPrimitives.WriteUInt32LittleEndian(bytes[(r * 4)..], signature[(band * RowsPerBand) + r]);
            keys[band] = unchecked((long)XxHash3.HashToUInt64(bytes, band));
        }

        return keys;
    }

    public static string Encode(uint[] signature)
    {
        var bytes = new byte[SignatureLength * 4];
        for (var i = 0; i < SignatureLength; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), signature[i]);
        return Convert.ToBase64String(bytes);
    }

    public static uint[]? Decode(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded))
            return null;
        var bytes = Convert.FromBase64String(encoded);
        if (bytes.Length != SignatureLength * 4)
            return null;
        var signature = new uint[SignatureLength];
        for (var i = 0; i < SignatureLength; i++)
            signature[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4));
        return signature;
    }

    /// <summary>
    /// Whether two headlines name different numbered items of a series ("Flash Update 3" / "Flash Update 4",
    /// "Situation Report No. 12" / "No. 13"): however alike their text, such items are separate stories.
    /// </summary>
    public static bool DifferentItems(string headlineA, string headlineB) =>
        ItemNumber(headlineA) is { } a && ItemNumber(headlineB) is { } b && a != b;

    private static string? ItemNumber(string headline)
    {
        var m = ItemNumberPattern().Match(headline);
        return m.Success ? m.Groups["n"].Value.TrimStart('0') : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:update|report|sitrep|bulletin|brief(?:ing)?|flash|alert|statement|no\.?|number|issue|part)\s*(?:no\.?\s*|number\s*|#\s*)?(?<n>\d{1,4})\b|#\s*(?<n>\d{1,4})\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.NonBacktracking)]
    private static partial System.Text.RegularExpressions.Regex ItemNumberPattern();

    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
            words.Add(sb.ToString());
        return words;
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

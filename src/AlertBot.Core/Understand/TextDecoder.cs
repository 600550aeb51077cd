using System.Text;
using System.Text.Unicode;

namespace AlertBot.Core.Understand;

/// <summary>Bytes to text: BOMs, binary refusal, invalid UTF-8 decoded with replacement characters and reported.</summary>
internal static class TextDecoder
{
    public static string Decode(ReadOnlySpan<byte> bytes, int maxBytes, out string? warning)
    {
        warning = null;
        if (bytes.Length > maxBytes)
            throw new ArticleRejectedException($"{bytes.Length} bytes is over the {maxBytes}-byte limit");
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            throw new ArticleRejectedException($"binary content (a NUL byte at offset {nul}); not a text article");

        var controls = 0;
        foreach (var b in bytes)
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C)) controls++;
        if (controls > 8 && controls * 20 > bytes.Length)
            throw new ArticleRejectedException($"binary content ({controls} control bytes in {bytes.Length}); not a text article");

        var text = Encoding.UTF8.GetString(bytes);
        if (!Utf8.IsValid(bytes))
        {
            var replaced = text.AsSpan().Count('\uFFFD');
            if (replaced * 4 > text.Length)
                throw new ArticleRejectedException($"binary content ({replaced} of {text.Length} characters are not UTF-8); not a text article");
            var at = FirstInvalid(bytes);
            warning = $"invalid UTF-8 at byte {at}; {replaced} character(s) replaced with U+FFFD";
        }
        return text;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        Span<char> scratch = stackalloc char[256];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == System.Buffers.OperationStatus.InvalidData) return offset + read;
            offset += read;
            if (status == System.Buffers.OperationStatus.Done) break;
        }
        return offset;
    }
}

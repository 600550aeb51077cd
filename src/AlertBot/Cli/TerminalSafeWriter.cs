using System.Text;

namespace AlertBot.Cli;

/// <summary>
/// The operator verbs print text that came from outside: headlines, chat titles, feed names, Telegram's error
/// descriptions. Written raw, an escape sequence in a headline (<c>ESC ] 0;…</c>, <c>ESC [2J</c>) rewrites the
/// operator's terminal, a carriage return overwrites the line before it, and bidirectional overrides reorder
/// what is shown. This writer shows every such character as a visible stand-in instead: C0 controls as
/// their Unicode control pictures (␛ for ESC), DEL as ␡, C1 controls and bidi controls as U+FFFD. Line feeds
/// and tabs pass, so the verbs' own layout stays.
/// </summary>
public sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return text ?? "";
        var clean = true;
        foreach (var c in text)
        {
            if (Replacement(c) != c)
            {
                clean = false;
                break;
            }
        }

        if (clean)
            return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(Replacement(c));
        return sb.ToString();
    }

    internal static char Replacement(char c) => c switch
    {
        '\n' or '\t' => c,
        < ' ' => (char)(0x2400 + c),                          // ␀…␟, ␛ for ESC
        '\u007F' => '\u2421',                                 // ␡
        >= '\u0080' and <= '\u009F' => '\uFFFD',              // C1 controls (8-bit CSI and OSC)
        '\u061C' or '\u200E' or '\u200F' => '\uFFFD',         // bidi marks
        >= '\u202A' and <= '\u202E' => '\uFFFD',              // bidi embeddings and overrides
        >= '\u2066' and <= '\u2069' => '\uFFFD',              // bidi isolates
        _ => c,
    };

    public override void Write(char value) => inner.Write(Replacement(value));

    public override void Write(string? value) => inner.Write(Clean(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => inner.WriteLine(Clean(value));

    public override void WriteLine() => inner.WriteLine();

    public override Task WriteAsync(string? value) => inner.WriteAsync(Clean(value));

    public override Task WriteLineAsync(string? value) => inner.WriteLineAsync(Clean(value));

    public override Task WriteLineAsync() => inner.WriteLineAsync();

    public override Task WriteAsync(char value) => inner.WriteAsync(Replacement(value));

    public override Task WriteLineAsync(char value) => inner.WriteLineAsync(Replacement(value));

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();
}

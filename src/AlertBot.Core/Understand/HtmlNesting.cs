using System.Collections.Frozen;
using System.Text;

namespace AlertBot.Core.Understand;

/// <summary>
/// Bounds how deeply the HTML parser's elements nest, before it sees the markup. The HTML tree builder checks
/// "is there a p / a div in scope?" by walking its stack of open elements, so every tag costs as much as the
/// nesting is deep: 2 MB of nested &lt;div&gt; took 208 s, and AngleSharp's own MaximumDepth caps the tree it
/// builds but not that stack. This pass follows the tags with a small model of that stack and leaves out start
/// tags (and their end tags) that would open an element deeper than <see cref="MaxDepth"/>; their text stays.
/// </summary>
/// <remarks>
/// The model errs towards deeper: it closes elements only where every parser would (an end tag for an element it
/// can reach, the implied end of p, li, dd/dt, option, headings, table cells), so it never lets the real stack grow
/// past about <see cref="MaxDepth"/> times the few elements a parser adds on its own (tbody, tr). Markup that
/// never nests that deep — every real page — comes back as the same string. Formatting elements a parser
/// re-opens after their parent closed ("&lt;b&gt;" leaking into the next paragraphs) are not modelled; markup
/// built to exploit that is bounded by the element cap and the time budget in <see cref="HtmlArticleReader"/>.
/// </remarks>
internal static class HtmlNesting
{
    /// <summary>
    /// Real news pages nest well under 60 elements; browsers stop nesting the DOM at 512. Tags that stay at the bound
    /// (a list item that closes the one before it, 128 levels down) still cost the parser a walk of its stack each, so
    /// the bound is also the constant of that linear cost: 2 MB of such list items take about a second.
    /// </summary>
    public const int MaxDepth = 128;

    // How far down the open elements an end tag looks for its element; past this it is taken as ignored.
    private const int EndTagReach = 64;

    [Flags]
    private enum Kind
    {
        None = 0,
        Void = 1,
        RawText = 2,
        Special = 4,
        ScopeBoundary = 8,
        ClosesP = 16,
        Foreign = 32,
        IntegrationPoint = 64,
        Breakout = 128,
    }

    // Known names map to their kinds and to one lower-case string each, so that the model's stack holds no copies.
    private static readonly FrozenDictionary<string, (string Name, Kind Kind)> Kinds = BuildKinds();

    private static readonly FrozenDictionary<string, (string Name, Kind Kind)>.AlternateLookup<ReadOnlySpan<char>> KindLookup =
        Kinds.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, (string Name, Kind Kind)> BuildKinds()
    {
        var kinds = new Dictionary<string, Kind>(StringComparer.OrdinalIgnoreCase);
        void Add(Kind kind, string names)
        {
            foreach (var name in names.Split(' '))
                kinds[name] = kinds.GetValueOrDefault(name) | kind;
        }
        // From the HTML standard's tree construction: void elements, raw text, "special" elements, scope boundaries,
        // and the start tags that close an open p.
        Add(Kind.Void, "area base br col embed hr img input link meta source track wbr param keygen basefont bgsound frame image");
        Add(Kind.RawText, "script style xmp iframe noembed noframes textarea title plaintext");
        Add(Kind.Special, "address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes noscript object ol p param plaintext pre script search section select source style summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp mi mo mn ms mtext annotation-xml foreignobject desc");
        Add(Kind.ScopeBoundary, "applet caption html table td th marquee object template mi mo mn ms mtext annotation-xml foreignobject desc");
        Add(Kind.ClosesP, "address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing form li dd dt plaintext table hr xmp");
        Add(Kind.Foreign, "svg math");
        // Inside svg or math these hold HTML again; treating every one as such errs towards deeper.
        Add(Kind.IntegrationPoint, "foreignobject desc title mi mo mn ms mtext annotation-xml");
        // HTML start tags that end foreign content: the parser closes the svg/math elements and nests them as HTML.
        Add(Kind.Breakout, "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var font");
        Add(Kind.None, "a abbr b bdi bdo big cite code data dfn em font i kbd label legend mark nobr optgroup option q rb rp rt rtc ruby s samp small span strike strong sub sup time tt u var video audio picture canvas tbody thead tfoot tr");
        return kinds.ToFrozenDictionary(k => k.Key, k => (k.Key, k.Value), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary><paramref name="html"/> itself when it never nests deeper than <paramref name="maxDepth"/>; else a copy without the tags that would.</summary>
    public static string Limit(string html, int maxDepth = MaxDepth)
    {
        var model = new Model(html, maxDepth);
        model.Run();
        return model.Result();
    }

    private sealed class Model(string html, int maxDepth)
    {
        // The open elements, and whether each is an svg/math element.
        private readonly List<(string Name, bool Foreign)> _open = [];
        private Dictionary<string, int>? _dropped;
        private StringBuilder? _output;
        private int _copied;

        /// <summary>Inside svg or math, outside their HTML integration points: tags there follow the foreign rules.</summary>
        private bool InForeign => _open.Count > 0 && _open[^1].Foreign && (KindOf(_open[^1].Name) & Kind.IntegrationPoint) == 0;

        public void Run()
        {
            var i = 0;
            while (i < html.Length)
            {
                var lt = html.IndexOf('<', i);
                if (lt < 0 || lt + 1 >= html.Length) return;
                var c = html[lt + 1];
                if (c == '!')
                {
                    i = SkipDeclaration(lt);
                }
                else if (c == '?')
                {
                    i = After('>', lt + 2);
                }
                else if (c == '/')
                {
                    if (lt + 2 < html.Length && char.IsAsciiLetter(html[lt + 2]))
                    {
                        var nameEnd = NameEnd(lt + 2);
                        var tagEnd = TagEnd(nameEnd, out _);
                        if (tagEnd < 0) return; // the end of the file inside a tag: the parser drops it
                        EndTag(Name(lt + 2, nameEnd), lt, tagEnd + 1);
                        i = tagEnd + 1;
                    }
                    else
                    {
                        i = lt + 2 < html.Length && html[lt + 2] == '>' ? lt + 3 : After('>', lt + 2);
                    }
                }
                else if (char.IsAsciiLetter(c))
                {
                    var nameEnd = NameEnd(lt + 1);
                    var tagEnd = TagEnd(nameEnd, out var selfClosing);
                    if (tagEnd < 0) return;
                    var (name, kind) = Name(lt + 1, nameEnd);
                    i = StartTag(name, kind, selfClosing, lt, tagEnd + 1);
                }
                else
                {
                    i = lt + 1;
                }
            }
        }

        public string Result()
        {
            if (_output is null) return html;
            _output.Append(html, _copied, html.Length - _copied);
            return _output.ToString();
        }

        /// <returns>Where to go on scanning.</returns>
        private int StartTag(string name, Kind kind, bool selfClosing, int from, int to)
        {
            var foreign = InForeign;
            var breakout = foreign && (kind & Kind.Breakout) != 0;
            if (!foreign && (kind & Kind.RawText) != 0)
            {
                // Its content is text up to its own end tag (the end of the file for plaintext).
                if (name == "plaintext") return html.Length;
                var close = html.IndexOf("</" + name, to, StringComparison.OrdinalIgnoreCase);
                return close < 0 ? html.Length : close;
            }
            var asForeign = (foreign && !breakout) || (kind & Kind.Foreign) != 0;
            // "<x/>" closes itself only as an svg/math element; in HTML the slash means nothing.
            var opens = asForeign ? !selfClosing : (kind & Kind.Void) == 0;

            // What the parser closes before it inserts this element, counted first: a tag left out closes nothing.
            var keep = _open.Count;
            if (breakout)
            {
                while (keep > 0 && _open[keep - 1].Foreign && (KindOf(_open[keep - 1].Name) & Kind.IntegrationPoint) == 0) keep--;
            }
            if (!asForeign)
            {
                // Implied ends, only where the current element is the one every parser closes.
                if ((kind & Kind.ClosesP) != 0 && HtmlAt(keep) == "p") keep--;
                var top = HtmlAt(keep);
                var closesTop = name switch
                {
                    "li" => top == "li",
                    "dd" or "dt" => top is "dd" or "dt",
                    "option" => top == "option",
                    "optgroup" => top is "option" or "optgroup",
                    "tr" => top == "tr",
                    "td" or "th" => top is "td" or "th",
                    "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => top is "h1" or "h2" or "h3" or "h4" or "h5" or "h6",
                    _ => false,
                };
                if (closesTop) keep--;
            }
            if (opens && keep >= maxDepth)
            {
                Drop(from, to);
                _dropped ??= new Dictionary<string, int>(StringComparer.Ordinal);
                _dropped[name] = _dropped.GetValueOrDefault(name) + 1;
                return to;
            }
            _open.RemoveRange(keep, _open.Count - keep);
            if (opens) _open.Add((name, asForeign));
            return to;
        }

        /// <summary>The HTML element that would be current with <paramref name="count"/> elements open ("" for none or svg/math).</summary>
        private string HtmlAt(int count) => count > 0 && !_open[count - 1].Foreign ? _open[count - 1].Name : "";

        private void EndTag((string Name, Kind Kind) tag, int from, int to)
        {
            var (name, kind) = tag;
            if (_dropped is not null && _dropped.TryGetValue(name, out var dropped) && dropped > 0)
            {
                // The end of an element whose start tag was left out.
                _dropped[name] = dropped - 1;
                Drop(from, to);
                return;
            }
            // The parser closes the element if it can reach it: through anything but a scope boundary for a special
            // element (a div), through non-special elements only for others (a span). Else it ignores the end tag.
            var special = (kind & Kind.Special) != 0;
            var reach = Math.Max(0, _open.Count - EndTagReach);
            for (var k = _open.Count - 1; k >= reach; k--)
            {
                var open = _open[k];
                if (open.Name == name)
                {
                    _open.RemoveRange(k, _open.Count - k);
                    return;
                }
                var openKind = open.Foreign ? Kind.None : KindOf(open.Name);
                if (special ? (openKind & Kind.ScopeBoundary) != 0 : (openKind & Kind.Special) != 0) return;
            }
        }

        private static Kind KindOf(string name) => Kinds.TryGetValue(name, out var known) ? known.Kind : Kind.None;

        private void Drop(int from, int to)
        {
            _output ??= new StringBuilder(html.Length);
            _output.Append(html, _copied, from - _copied);
            _copied = to;
        }

        /// <summary>Comments, doctypes, CDATA: nothing the parser nests.</summary>
        private int SkipDeclaration(int lt)
        {
            var s = html.AsSpan(lt);
            if (s.StartsWith("<!--"))
            {
                if (s.StartsWith("<!-->")) return lt + 5;
                if (s.StartsWith("<!--->")) return lt + 6;
                var end = s[4..].IndexOf("-->");
                var bang = s[4..].IndexOf("--!>");
                if (end < 0 && bang < 0) return html.Length;
                return end >= 0 && (bang < 0 || end < bang) ? lt + 4 + end + 3 : lt + 4 + bang + 4;
            }
            if (InForeign && s.StartsWith("<![CDATA["))
            {
                var end = s.IndexOf("]]>");
                return end < 0 ? html.Length : lt + end + 3;
            }
            return After('>', lt + 2);
        }

        private int After(char c, int from)
        {
            var i = html.IndexOf(c, from);
            return i < 0 ? html.Length : i + 1;
        }

        private int NameEnd(int i)
        {
            while (i < html.Length && html[i] is not (' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>')) i++;
            return i;
        }

        /// <summary>The "&gt;" that ends a tag whose name ends at <paramref name="i"/> (quoted attribute values may hold one); -1 at the end of the file.</summary>
        private int TagEnd(int i, out bool selfClosing)
        {
            selfClosing = false;
            while (i < html.Length)
            {
                var c = html[i];
                if (c == '>')
                {
                    selfClosing = html[i - 1] == '/';
                    return i;
                }
                i++;
                if (c != '=') continue;
                while (i < html.Length && html[i] is ' ' or '\t' or '\n' or '\f' or '\r') i++;
                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var close = html.IndexOf(html[i], i + 1);
                    if (close < 0) return -1;
                    i = close + 1;
                }
            }
            return -1;
        }

        private (string Name, Kind Kind) Name(int from, int to)
        {
            var span = html.AsSpan(from, to - from);
            if (KindLookup.TryGetValue(span, out var known)) return known;
            return (span.ToString().ToLowerInvariant(), Kind.None);
        }
    }
}

namespace AlertBot.Core.Understand;

/// <summary>Gazetteer tags of a story and the place whose clock "local time" means.</summary>
internal static class Topics
{
    private struct State
    {
        public List<string> Tags;
        public Dictionary<string, int> ZoneCounts;
        public int Weight;
    }

    public static (List<string> Tags, string? MainZone) Find(string headline, IReadOnlyList<string> paragraphs)
    {
        var state = new State { Tags = [], ZoneCounts = new Dictionary<string, int>(StringComparer.Ordinal), Weight = 3 };
        Gazetteer.Scan(headline, ref state, OnHit);
        state.Weight = 1;
        foreach (var p in paragraphs) Gazetteer.Scan(p, ref state, OnHit);

        var tags = state.Tags;
        var direct = tags.Count;
        for (var i = 0; i < direct; i++)
        {
            if (!Gazetteer.TryGet(tags[i], out var entry)) continue;
            foreach (var r in entry.Regions)
                if (!tags.Contains(r)) tags.Add(r);
        }
        // Regions of regions (sahel → africa).
        for (var i = direct; i < tags.Count; i++)
        {
            if (!Gazetteer.TryGet(tags[i], out var entry)) continue;
            foreach (var r in entry.Regions)
                if (!tags.Contains(r)) tags.Add(r);
        }

        string? main = null;
        var best = 0;
        foreach (var (zone, count) in state.ZoneCounts)
        {
            if (count > best)
            {
                best = count;
                main = zone;
            }
        }
        return (tags, main);
    }

    private static void OnHit(ref State state, Gazetteer.Alias alias, int position)
    {
        if (!state.Tags.Contains(alias.Tag)) state.Tags.Add(alias.Tag);
        if (alias.IsPlace && alias.TimeZoneId is { } zone)
            state.ZoneCounts[zone] = state.ZoneCounts.GetValueOrDefault(zone) + state.Weight;
    }
}

namespace AlertBot.Core.Route;

/// <summary>
/// Circles (/near) on three latitude/longitude grids, each circle on the grid whose cells suit its radius and in
/// every cell its bounding box touches, so a point finds every circle that may hold it with one cell per grid;
/// <see cref="NearCircle.Contains"/> decides. The box is a little larger than the circle (great-circle distance is
/// at least the latitude difference; longitude by the spherical formula, the whole ring when a pole is near).
/// </summary>
internal sealed class NearGrid
{
    private const double EarthRadiusKm = 6371.0;
    private const double MarginDegrees = 0.01;

    private static readonly (double CellDegrees, double MaxRadiusKm)[] Levels = [(1, 50), (5, 300), (30, double.MaxValue)];

    private readonly Dictionary<int, int[]>[] _cells;

    private NearGrid(Dictionary<int, int[]>[] cells) => _cells = cells;

    /// <summary>Marks in <paramref name="bits"/> every chat with a circle that may hold the point.</summary>
    public void Mark(double lat, double lon, ulong[] bits)
    {
        if (!double.IsFinite(lat) || !double.IsFinite(lon))
            return;
        for (var level = 0; level < Levels.Length; level++)
        {
            if (_cells[level].Count > 0 && _cells[level].TryGetValue(Cell(level, lat, lon), out var chats))
                ChatIndex.Mark(bits, chats);
        }
    }

    private static int LatCells(int level) => (int)Math.Ceiling(180 / Levels[level].CellDegrees);

    private static int LonCells(int level) => (int)Math.Ceiling(360 / Levels[level].CellDegrees);

    private static int LatIndex(int level, double lat) => Math.Clamp((int)Math.Floor((lat + 90) / Levels[level].CellDegrees), 0, LatCells(level) - 1);

    private static int LonIndex(int level, double lon)
    {
        var n = LonCells(level);
        var i = (int)Math.Floor((lon + 180) / Levels[level].CellDegrees) % n;
        return i < 0 ? i + n : i;
    }

    private static int Cell(int level, double lat, double lon) => Key(level, LatIndex(level, lat), LonIndex(level, lon));

    private static int Key(int level, int latIndex, int lonIndex) => (latIndex * LonCells(level)) + lonIndex;

    internal sealed class Builder
    {
        private readonly Dictionary<int, List<int>>[] _cells = [.. Levels.Select(_ => new Dictionary<int, List<int>>())];

        public void Add(NearCircle circle, int chat)
        {
            if (!double.IsFinite(circle.Lat) || !double.IsFinite(circle.Lon) || double.IsNaN(circle.RadiusKm))
                return; // Contains is false for every point.
            var level = 0;
            while (circle.RadiusKm > Levels[level].MaxRadiusKm)
                level++;
            var angle = Math.Min(circle.RadiusKm / EarthRadiusKm, Math.PI);
            var dLat = (angle * 180 / Math.PI) + MarginDegrees;
            var latMin = circle.Lat - dLat;
            var latMax = circle.Lat + dLat;
            var lonCells = LonCells(level);
            int lonFirst, lonCount;
            var ratio = Math.Sin(angle) / Math.Cos(circle.Lat * Math.PI / 180);
            if (latMin <= -90 || latMax >= 90 || angle >= Math.PI / 2 || ratio >= 1 || !double.IsFinite(ratio))
            {
                (lonFirst, lonCount) = (0, lonCells);
            }
            else
            {
                var dLon = (Math.Asin(ratio) * 180 / Math.PI) + MarginDegrees;
                lonFirst = (int)Math.Floor((circle.Lon - dLon + 180) / Levels[level].CellDegrees);
                var lonLast = (int)Math.Floor((circle.Lon + dLon + 180) / Levels[level].CellDegrees);
                lonCount = Math.Min(lonLast - lonFirst + 1, lonCells);
            }

            for (var la = LatIndex(level, latMin); la <= LatIndex(level, latMax); la++)
            {
                for (var k = 0; k < lonCount; k++)
                {
                    var lo = (lonFirst + k) % lonCells;
                    var key = Key(level, la, lo < 0 ? lo + lonCells : lo);
                    if (!_cells[level].TryGetValue(key, out var chats))
                        _cells[level][key] = chats = [];
                    if (chats.Count == 0 || chats[^1] != chat)
                        chats.Add(chat);
                }
            }
        }

        public NearGrid Build() => new([.. _cells.Select(level => level.ToDictionary(p => p.Key, p => p.Value.ToArray()))]);
    }
}

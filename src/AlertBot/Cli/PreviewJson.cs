using System.Text.Json;
using System.Text.Json.Serialization;
using AlertBot.Core.Understand;

namespace AlertBot.Cli;

/// <summary>
/// The lines of <c>preview --json</c> (the contract in DESIGN.md), their members in the contract's order. Serialized
/// by generated code: reflection over anonymous types cost the command its first hundreds of milliseconds.
/// </summary>
internal sealed record PreviewLine(
    string File, string Headline, string Summary, IEnumerable<PreviewKeyTime> KeyTimes, IReadOnlyList<string> Topics,
    bool Alert, IReadOnlyList<string> Warnings, IEnumerable<PreviewPlace> Places, PreviewLocation? Location)
{
    public static PreviewLine Of(string file, Understanding u) => new(
        file, u.Headline, u.Summary, u.KeyTimes.Select(k => new PreviewKeyTime(k.UtcText, k.Text, k.Event)), u.Topics, u.IsAlert, u.Warnings,
        u.Places.Select(p => new PreviewPlace(p.Name, p.Country, p.Lat, p.Lon, p.Zone)),
        u.Location is { } l ? new PreviewLocation(l.Name, l.Country, l.Lat, l.Lon) : null);
}

internal sealed record PreviewKeyTime(string Utc, string Text, string Event);

internal sealed record PreviewPlace(string Name, string? Country, double Lat, double Lon, string Zone);

internal sealed record PreviewLocation(string Name, string? Country, double Lat, double Lon);

/// <summary>A file that could not be read or understood: the command says why and carries on.</summary>
internal sealed record PreviewError(string File, string Error);

[JsonSerializable(typeof(PreviewLine))]
[JsonSerializable(typeof(PreviewError))]
internal sealed partial class PreviewJson : JsonSerializerContext
{
    /// <summary>Non-ASCII text as it is (the lines are UTF-8), as the command always wrote it.</summary>
    public static PreviewJson Relaxed { get; } = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}

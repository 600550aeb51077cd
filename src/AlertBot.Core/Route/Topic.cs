namespace AlertBot.Core.Route;

/// <summary>An operator-defined named query: an article matches when any keyword is in its text or any place/actor is among its tags.</summary>
public sealed class Topic
{
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public IList<string> Keywords { get; } = [];
    public IList<string> Places { get; } = [];
    public IList<string> Actors { get; } = [];
}

namespace Pelhrimov.Content.Domain;

/// <summary>A named public menu (main, footer) as a JSON list of links.</summary>
public sealed class Menu
{
    public required string Name { get; set; }

    public string ItemsJson { get; set; } = "[]";
}

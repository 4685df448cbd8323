namespace Pelhrimov.Core.Settings;

/// <summary>A named settings document stored as JSON (one row per settings type).</summary>
public sealed class SiteSetting
{
    public required string Key { get; set; }

    public required string Json { get; set; }

    public DateTime ModifiedUtc { get; set; }
}

namespace Pelhrimov.Core.Charts;

/// <summary>The dashboard's chart colours: the town's blue and red, each with at least 4.5:1 contrast on white, so a
/// series stays distinguishable without colour too (red series are also dashed).</summary>
public static class ChartColors
{
    public const string Blue = "#1f5fad";

    public const string Red = "#a4262c";
}

namespace Pelhrimov.Core.Admin;

/// <summary>Model of the shared <c>_TextField</c> partial: one labelled input (or textarea when <see cref="Rows"/> &gt; 1).</summary>
public sealed record TextField(string Name, string Label, string? Value, string? Hint = null, string Type = "text", int Rows = 1, string? Autocomplete = null);

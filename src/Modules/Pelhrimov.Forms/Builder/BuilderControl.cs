namespace Pelhrimov.Forms.Builder;

public enum ControlKind
{
    Text,
    TextArea,
    Select,
    Checkbox,
}

/// <summary>One input of the builder's forms (label, hint, its error from the model state, the input), rendered by <c>_Control</c>.</summary>
public sealed record BuilderControl(string Name, string Label, string? Value, string? Hint = null, ControlKind Kind = ControlKind.Text)
{
    public IReadOnlyList<(string Value, string Label)> Options { get; init; } = [];

    public bool Checked { get; init; }

    public int Rows { get; init; } = 3;

    /// <summary>A narrow input for numbers.</summary>
    public bool Narrow { get; init; }

    public static BuilderControl Check(string name, string label, bool value, string? hint = null) =>
        new(name, label, "true", hint, ControlKind.Checkbox) { Checked = value };

    public static BuilderControl Select(string name, string label, string? value, IEnumerable<(string, string)> options, string? hint = null) =>
        new(name, label, value, hint, ControlKind.Select) { Options = options.ToList() };

    public static BuilderControl Number(string name, string label, string? value, string? hint = null) =>
        new(name, label, value, hint) { Narrow = true };
}

/// <summary>The settings of a field of <see cref="Type"/> as the form shows them (posted or stored).</summary>
public sealed record FieldSettingsView(ItemSettingsInput Settings, Definitions.FieldType Type);

namespace Pelhrimov.Forms.Builder;

/// <summary>
/// What one builder change did to the working copy of the definition: the item to select and the element to focus
/// afterwards and the confirmation, or the errors (by input key) that refuse it before anything is saved.
/// </summary>
public sealed record BuilderChange(string? Select, string Message, IReadOnlyList<(string Key, string Message)> Errors)
{
    /// <summary>The element that takes focus on the next page; by default the selected item in the outline.</summary>
    public string? Focus { get; init; }

    /// <summary>The item whose settings form was posted: the reader's problems about it go next to its inputs.</summary>
    public DefinitionItem? Edited { get; init; }

    /// <summary>The item the post names is not in the draft (any more).</summary>
    public bool IsGone { get; init; }

    public static BuilderChange Done(string? select, string message) => new(select, message, []);

    public static BuilderChange Refused(IReadOnlyList<(string Key, string Message)> errors) => new(null, "", errors);

    public static BuilderChange Gone() => new(null, "", [("", "Tato část formuláře v konceptu už není; někdo ji mezitím smazal nebo přejmenoval.")]) { IsGone = true };
}

/// <summary>
/// Ids of the builder page's elements that a change returns the focus to. They start with <c>fb_</c>, which no id derived
/// from a definition can (the preview renders fields under their own ids on the same page).
/// </summary>
public static class BuilderAnchors
{
    /// <summary>The item's link in the outline.</summary>
    public static string Item(string id) => "fb_item-" + id;

    public static string Up(string id) => "fb_up-" + id;

    public static string Down(string id) => "fb_down-" + id;

    /// <summary>The outline's link to the form's settings.</summary>
    public const string Settings = "fb_nastaveni";
}

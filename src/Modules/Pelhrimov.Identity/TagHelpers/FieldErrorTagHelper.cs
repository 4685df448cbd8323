using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Pelhrimov.Identity.TagHelpers;

/// <summary>
/// <c>&lt;field-error for="Email" /&gt;</c>: the field's errors as <c>&lt;p class="field-error" id="Email-error"&gt;</c>,
/// or nothing when the field is valid. The input points at it through <see cref="AriaInvalidTagHelper"/>.
/// </summary>
[HtmlTargetElement("field-error", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper : TagHelper
{
    /// <summary>A model property name (<c>Email</c>) or any ModelState key, e.g. <c>Roles</c>.</summary>
    public string For { get; set; } = "";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For);
        var message = FieldErrors.Message(ViewContext, name);
        if (message is null)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "field-error");
        output.Attributes.SetAttribute("id", FieldErrors.ErrorId(name));
        output.Content.SetContent(message);
    }
}

/// <summary>Where a field's error message lives and what it says; shared by the two field tag helpers.</summary>
public static class FieldErrors
{
    public static string ErrorId(string fieldName) => TagBuilder.CreateSanitizedId(fieldName, "_") + "-error";

    /// <summary>All of the field's errors in one sentence-separated message, or null when it has none.</summary>
    public static string? Message(ViewContext viewContext, string fieldName) =>
        viewContext.ModelState.TryGetValue(fieldName, out var entry) && entry.Errors.Count > 0
            ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage).Distinct())
            : null;
}

using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Pelhrimov.Identity.TagHelpers;

/// <summary>
/// On an <c>asp-for</c> field with an error: adds <c>aria-invalid="true"</c> and appends the id of its
/// <see cref="FieldErrorTagHelper"/> message to <c>aria-describedby</c> (after any hint already named there).
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class AriaInvalidTagHelper : TagHelper
{
    // After the framework's input/select/textarea helpers, which run at -1000.
    public override int Order => 100;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (FieldErrors.Message(ViewContext, name) is null)
        {
            return;
        }
        output.Attributes.SetAttribute("aria-invalid", "true");
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing)
            ? $"{existing.Value} {FieldErrors.ErrorId(name)}"
            : FieldErrors.ErrorId(name);
        output.Attributes.SetAttribute("aria-describedby", describedBy);
    }
}

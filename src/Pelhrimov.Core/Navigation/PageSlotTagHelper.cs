using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Pelhrimov.Core.Navigation;

/// <summary><c>&lt;page-slot name="header" /&gt;</c>: renders what the present modules contribute to a slot, and nothing else.</summary>
[HtmlTargetElement("page-slot", Attributes = "name", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PageSlotTagHelper(PageSlotRegistry slots, IViewComponentHelper components) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>One of <see cref="PageSlots"/>.</summary>
    public string Name { get; set; } = "";

    /// <summary>Handed to every contributed component as its <c>slot</c> argument (e.g. a <see cref="LifeSituationSlot"/>).</summary>
    public object? Context { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var contributions = slots.For(Name);
        if (contributions.Count == 0)
        {
            return;
        }
        ((IViewContextAware)components).Contextualize(ViewContext);
        var arguments = Context is null ? null : new { slot = Context };
        foreach (var contribution in contributions)
        {
            output.Content.AppendHtml(await components.InvokeAsync(contribution.ViewComponent, arguments));
        }
    }
}

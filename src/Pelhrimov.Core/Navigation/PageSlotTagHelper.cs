using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Pelhrimov.Core.Navigation;

/// <summary><c>&lt;page-slot name="header" /&gt;</c>: renders what the present modules contribute to a slot, and nothing else.</summary>
/// <remarks>With <see cref="Heading"/> the contributions come inside a <c>&lt;section&gt;</c> with that heading (and the
/// tag's other attributes, e.g. <c>class</c>), but only when one of them rendered something: a page must not show an
/// empty "Vyřídit online" box when no module handles the matter online.</remarks>
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

    /// <summary>Optional heading (level 2) of the section that holds the contributions.</summary>
    public string? Heading { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var contributions = slots.For(Name);
        if (contributions.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        ((IViewContextAware)components).Contextualize(ViewContext);
        var arguments = Context is null ? null : new { slot = Context };
        using var rendered = new StringWriter();
        foreach (var contribution in contributions)
        {
            (await components.InvokeAsync(contribution.ViewComponent, arguments)).WriteTo(rendered, HtmlEncoder.Default);
        }
        var html = rendered.ToString();
        if (string.IsNullOrWhiteSpace(html))
        {
            output.SuppressOutput();
            return;
        }
        if (Heading is not null)
        {
            var headingId = "slot-" + Name;
            output.TagName = "section";
            output.TagMode = TagMode.StartTagAndEndTag;
            output.Attributes.SetAttribute("aria-labelledby", headingId);
            output.Content.AppendHtml($"<h2 id=\"{headingId}\">").Append(Heading).AppendHtml("</h2>\n");
        }
        output.Content.AppendHtml(html);
    }
}

using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Pelhrimov.Core.Navigation;

namespace Pelhrimov.TestModule;

/// <summary>"Vyřídit online" as a forms module would offer it: a button on the one life situation it handles, nothing
/// on the others.</summary>
public sealed class TestOnlineFormViewComponent : ViewComponent
{
    public const string Name = "TestOnlineForm";

    /// <summary>The life situation (sample content) this test module "handles online".</summary>
    public const string HandledSlug = "zadost-o-obcansky-prukaz";

    public const string ButtonText = "Vyplnit testovací žádost";

    public IViewComponentResult Invoke(LifeSituationSlot slot)
    {
        if (slot.Slug != HandledSlug)
        {
            return Content("");
        }
        var href = "/test-module/formular/" + Uri.EscapeDataString(slot.Slug);
        var encoder = HtmlEncoder.Default;
        // The title in the hidden text proves the page handed the slot its context.
        return new HtmlContentViewComponentResult(new HtmlString(
            $"<p><a class=\"button\" href=\"{encoder.Encode(href)}\">{ButtonText}<span class=\"visually-hidden\">: {encoder.Encode(slot.Title)}</span></a></p>"));
    }
}

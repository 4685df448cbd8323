using Microsoft.AspNetCore.Mvc;

namespace Pelhrimov.Receivables.ViewComponents;

/// <summary>The footer's link to <c>/zaplatit</c>, for people paying from a letter without an eID.</summary>
public sealed class PayWithCodeFooterViewComponent : ViewComponent
{
    public const string Name = "PayWithCodeFooter";

    public IViewComponentResult Invoke() => View();
}

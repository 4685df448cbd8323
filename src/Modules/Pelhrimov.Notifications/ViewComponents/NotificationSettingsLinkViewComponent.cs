using Microsoft.AspNetCore.Mvc;

namespace Pelhrimov.Notifications.ViewComponents;

/// <summary>The section of <c>/muj-ucet</c> that leads to the notification preferences (page slot <c>citizen-account</c>).</summary>
public sealed class NotificationSettingsLinkViewComponent : ViewComponent
{
    public const string Name = "NotificationSettingsLink";

    public IViewComponentResult Invoke() => View();
}

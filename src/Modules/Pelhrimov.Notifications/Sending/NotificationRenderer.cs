using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Settings;
using Pelhrimov.Notifications.Kinds;
using Pelhrimov.Notifications.Templates;

namespace Pelhrimov.Notifications.Sending;

/// <summary>A message rendered from a template version.</summary>
public sealed record RenderedNotification(int TemplateVersion, RenderedMessage Message);

/// <summary>Renders a kind's current template over a model for a recipient, with the town's name and address.</summary>
public sealed class NotificationRenderer(TemplateStore templates, SiteSettingsStore settings, SiteAddress site)
{
    public async Task<RenderedNotification> RenderAsync(NotificationKind kind, object model, string? recipientName, CancellationToken cancellationToken)
    {
        var template = await templates.CurrentAsync(kind, cancellationToken);
        var town = await settings.GetAsync<SiteSettings>(cancellationToken);
        var rendered = await LiquidTemplates.RenderAsync(new TemplateParts(template.Subject, template.HtmlBody, template.TextBody), model,
            new RecipientModel(recipientName), new TownModel(town.OfficialName, site.Root.ToString()));
        return new RenderedNotification(template.Version, rendered);
    }
}

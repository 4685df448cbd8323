namespace Pelhrimov.Core.Audit;

/// <summary>The audit action codes written by the core's own admin screens, with their Czech names.</summary>
public sealed class CoreAuditActions : IAuditActionLabels
{
    public const string SettingsSaved = "settings.saved";
    public const string MailResent = "mail.resend";
    public const string MailTemplateSaved = "mail.template-saved";

    public IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        [SettingsSaved] = "Změna nastavení webu",
        [MailResent] = "Nové odeslání e-mailu",
        [MailTemplateSaved] = "Změna znění e-mailu",
    };
}

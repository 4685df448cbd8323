namespace Pelhrimov.Core.Mail;

/// <summary>The settings document with the e-mails staff reworded, by <see cref="MailTemplate.Key"/>; a template not
/// in it is sent in its default words.</summary>
public sealed class MailTemplateTexts
{
    public Dictionary<string, MailTemplateText> Texts { get; init; } = new(StringComparer.Ordinal);
}

/// <summary>A reworded subject and body.</summary>
public sealed record MailTemplateText(string Subject, string Body);

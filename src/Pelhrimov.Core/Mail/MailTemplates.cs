using Pelhrimov.Core.Settings;
using Pelhrimov.Core.Texts;

namespace Pelhrimov.Core.Mail;

/// <summary>Composes a module's e-mail from its <see cref="MailTemplate"/>: the staff's wording if they changed it,
/// the town's names from the site settings, and the values the sender gives.</summary>
public sealed class MailTemplates(IEnumerable<MailTemplate> templates, SiteSettingsStore settings)
{
    public IReadOnlyList<MailTemplate> All { get; } = templates.OrderBy(t => t.Name, StringComparer.Create(new("cs-CZ"), false)).ToList();

    public MailTemplate? Find(string key) => All.FirstOrDefault(t => t.Key == key);

    /// <summary>The wording in use: the stored one, or the template's default.</summary>
    public async Task<MailTemplateText> TextAsync(MailTemplate template, CancellationToken cancellationToken = default)
    {
        var stored = await settings.GetAsync<MailTemplateTexts>(cancellationToken);
        return stored.Texts.GetValueOrDefault(template.Key) ?? new MailTemplateText(template.Subject, template.Body);
    }

    /// <summary>The message for <paramref name="to"/>, with a plain-text body and its HTML alternative.</summary>
    public async Task<OutgoingMessage> ComposeAsync(
        string key, string to, IReadOnlyDictionary<string, string> values, string? toName = null, CancellationToken cancellationToken = default)
    {
        var template = Find(key) ?? throw new InvalidOperationException($"No mail template '{key}' is registered (services.AddMailTemplate).");
        var text = await TextAsync(template, cancellationToken);
        var fields = TownFields.From(await settings.GetAsync<SiteSettings>(cancellationToken));
        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }
        var subject = TextTemplate.Render(text.Subject, fields).ReplaceLineEndings(" ").Trim();
        var body = TextTemplate.Render(text.Body, fields).ReplaceLineEndings("\n").Trim();
        return new OutgoingMessage(to, subject, body, MailTextHtml.From(body), toName, template.Key);
    }

    /// <summary>Stores a reworded text (validated by the caller with <see cref="MailTemplate.Validate"/>), or with
    /// <paramref name="text"/> null goes back to the default.</summary>
    public async Task SaveAsync(MailTemplate template, MailTemplateText? text, CancellationToken cancellationToken = default)
    {
        var stored = await settings.GetAsync<MailTemplateTexts>(cancellationToken);
        var texts = new Dictionary<string, MailTemplateText>(stored.Texts, StringComparer.Ordinal);
        if (text is null)
        {
            texts.Remove(template.Key);
        }
        else
        {
            texts[template.Key] = text;
        }
        await settings.SaveAsync(new MailTemplateTexts { Texts = texts }, cancellationToken);
    }
}

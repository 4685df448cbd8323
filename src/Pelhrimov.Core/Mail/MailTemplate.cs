using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Texts;

namespace Pelhrimov.Core.Mail;

/// <summary>An e-mail a module sends, in the words it ships with. Staff may reword it at <c>/admin/sablony-e-mailu</c>;
/// the town is named only through <see cref="TownFields"/>.</summary>
/// <param name="Key">Stable identifier, also the message's delivery category (e.g. <c>account-confirmation</c>).</param>
/// <param name="Name">What the e-mail is, for the admin list (Czech).</param>
/// <param name="Subject">Default subject; may use fields.</param>
/// <param name="Body">Default plain-text body; paragraphs separated by an empty line.</param>
/// <param name="Fields">The fields this e-mail fills besides <see cref="TownFields.All"/>.</param>
public sealed record MailTemplate(string Key, string Name, string Subject, string Body, IReadOnlyList<TemplateField> Fields)
{
    /// <summary>Every field the template may use: its own and the town's.</summary>
    public IEnumerable<TemplateField> AllFields => Fields.Concat(TownFields.All);

    /// <summary>What is wrong with a reworded subject and body, as (form field, Czech message) pairs.</summary>
    public IEnumerable<(string Key, string Message)> Validate(string? subject, string? body)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            yield return (nameof(Subject), "Zadejte předmět e-mailu.");
        }
        else if (subject.Contains('\n', StringComparison.Ordinal))
        {
            yield return (nameof(Subject), "Předmět musí být na jednom řádku.");
        }
        if (string.IsNullOrWhiteSpace(body))
        {
            yield return (nameof(Body), "Zadejte text e-mailu.");
            yield break;
        }
        var known = AllFields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, text) in new[] { (nameof(Subject), subject ?? ""), (nameof(Body), body) })
        {
            var unknown = TextTemplate.FieldsIn(text).Where(f => !known.Contains(f)).ToList();
            if (unknown.Count > 0)
            {
                yield return (key, $"Pole {string.Join(", ", unknown.Select(TextTemplate.Placeholder))} tento e-mail nezná. Použít můžete pole uvedená pod formulářem.");
            }
        }
        var used = TextTemplate.FieldsIn(body).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in Fields.Where(f => f.Required && !used.Contains(f.Name)))
        {
            yield return (nameof(Body), $"Text musí obsahovat pole {TextTemplate.Placeholder(missing.Name)} ({missing.Description}), jinak e-mail nesplní svůj účel.");
        }
    }
}

/// <summary>Fields many e-mails fill, named alike so that staff meet the same placeholder everywhere.</summary>
public static class MailTemplateFields
{
    /// <summary>The link the e-mail exists for (confirm, reset, sign in); required wherever it is used.</summary>
    public const string Link = "link";

    /// <summary>How long the link works, in words: "24 hodin".</summary>
    public const string LinkLifetime = "link_lifetime";
}

public static class MailTemplateRegistration
{
    /// <summary>Makes <paramref name="template"/> known to <see cref="MailTemplates"/> and to the admin.</summary>
    public static IServiceCollection AddMailTemplate(this IServiceCollection services, MailTemplate template) =>
        services.AddSingleton(template);
}

using Pelhrimov.Core.Formatting;
using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Builder;

/// <summary>What "Nový formulář" asks: the title, the address (made from the title when left empty) and who may file.</summary>
public sealed class NewFormInput
{
    public string? Title { get; set; }

    public string? Slug { get; set; }

    public string? Access { get; set; } = "anyone";
}

/// <summary>
/// The first draft of a form created in the admin without JSON: one step "Vaše údaje" asking for the name and the
/// e-mail (pre-filled from the verified identity and the profile where the form's access allows), and the usual
/// declaration. The editor continues in the builder.
/// </summary>
public static class NewFormStarter
{
    public const int MaxTitleLength = 200;

    /// <summary>The problems of <paramref name="input"/> under its property names; empty when a draft can be made.</summary>
    public static List<(string Key, string Message)> Problems(NewFormInput input)
    {
        var problems = new List<(string, string)>();
        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            problems.Add((nameof(NewFormInput.Title), "Zadejte název formuláře, například „Žádost o pronájem sálu“."));
        }
        else if (title.Length > MaxTitleLength)
        {
            problems.Add((nameof(NewFormInput.Title), $"Název je příliš dlouhý: nejvýše {MaxTitleLength} znaků."));
        }
        if (!string.IsNullOrWhiteSpace(input.Slug) && !Slug.IsValid(input.Slug.Trim()))
        {
            problems.Add((nameof(NewFormInput.Slug), "Adresa smí obsahovat jen malá písmena bez diakritiky, číslice a pomlčky, například „pronajem-salu“."));
        }
        else if (string.IsNullOrWhiteSpace(input.Slug) && title.Length > 0 && Slug.FromTitle(title).Length == 0)
        {
            problems.Add((nameof(NewFormInput.Slug), "Z názvu nejde adresu odvodit; zadejte ji, například „pronajem-salu“."));
        }
        if (!BuilderTexts.AccessKinds.Any(k => k.Value == input.Access))
        {
            problems.Add((nameof(NewFormInput.Access), "Vyberte, kdo smí formulář vyplnit."));
        }
        return problems;
    }

    /// <summary>The first draft; <paramref name="input"/> must have no <see cref="Problems"/>.</summary>
    public static FormDefinition Definition(NewFormInput input)
    {
        var title = input.Title!.Trim();
        var access = Enum.GetValues<AccessKind>().First(k => ItemSettingsInput.Enum(k) == input.Access);
        var identified = access == AccessKind.Identified;
        return new FormDefinition
        {
            Slug = string.IsNullOrWhiteSpace(input.Slug) ? Slug.FromTitle(title) : input.Slug.Trim(),
            Title = title,
            Access = new FormAccess { Kind = access },
            Steps =
            [
                new FormStep
                {
                    Id = "udaje",
                    Title = "Vaše údaje",
                    Sections =
                    [
                        new FormSection
                        {
                            Id = "zadatel",
                            Fields =
                            [
                                new FormField
                                {
                                    Id = "jmeno", Type = FieldType.Text, Label = "Jméno a příjmení", Required = true, MaxLength = MaxTitleLength,
                                    Prefill = identified ? PrefillSource.IdentityName : null,
                                },
                                new FormField
                                {
                                    Id = "email", Type = FieldType.Email, Label = "E-mail", Required = access != AccessKind.Anyone,
                                    Hint = "Pošleme na něj potvrzení o podání.",
                                    Prefill = access == AccessKind.Anyone ? null : PrefillSource.ProfileEmail,
                                },
                            ],
                        },
                    ],
                },
            ],
            Declaration = "Prohlašuji, že uvedené údaje jsou pravdivé.",
        };
    }
}

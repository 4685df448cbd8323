using Pelhrimov.Core.Mail;
using Pelhrimov.Core.Texts;

namespace Pelhrimov.Citizens.Services;

/// <summary>The citizen account e-mails in their default words; the town is named only through the site settings.</summary>
public static class CitizenMailTemplates
{

    public static readonly MailTemplate Confirmation = new(
        ConfirmationMail.Category,
        "Potvrzení registrace na portálu občana",
        "Potvrzení registrace na portálu občana",
        """
        Dobrý den,

        děkujeme za registraci na portálu občana {{ official_name_genitive }}. Svou e-mailovou adresu potvrdíte na této stránce:

        {{ link }}

        Odkaz platí {{ link_lifetime }}. Pokud jste se neregistrovali, tento e-mail ignorujte; bez potvrzení účet nelze používat.

        {{ official_name }}
        """,
        [new(MailTemplateFields.Link, "odkaz na potvrzení adresy", Required: true), new(MailTemplateFields.LinkLifetime, "jak dlouho odkaz platí, např. „24 hodin“")]);

    public static readonly MailTemplate AlreadyRegistered = new(
        "account-exists",
        "Registrace s adresou, která už účet má",
        "Registrace na portálu občana",
        """
        Dobrý den,

        někdo se právě pokusil zaregistrovat na portálu občana {{ official_name_genitive }} s touto e-mailovou adresou. Účet s ní už ale máte, proto jsme nový nezaložili.

        Přihlásit se můžete zde: {{ link }}

        Pokud jste registraci nezkoušeli vy, nemusíte nic dělat.

        {{ official_name }}
        """,
        [new(MailTemplateFields.Link, "odkaz na přihlášení", Required: true)]);
}

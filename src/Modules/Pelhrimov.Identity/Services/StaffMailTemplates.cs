using Pelhrimov.Core.Mail;

namespace Pelhrimov.Identity.Services;

/// <summary>The staff account e-mails in their default words; the town is named only through the site settings.</summary>
public static class StaffMailTemplates
{
    public const string Account = "account";

    public static readonly MailTemplate PasswordReset = new(
        PasswordResetRequests.MailCategory,
        "Nastavení nového hesla do administrace",
        "Nastavení nového hesla do administrace – {{ official_name }}",
        """
        Dobrý den,

        někdo (nejspíš vy) požádal o nastavení nového hesla k účtu {{ account }} v administraci webu {{ official_name_genitive }}. Nové heslo si nastavíte na této adrese:

        {{ link }}

        Odkaz platí {{ link_lifetime }} a lze jej použít jen jednou. Pokud jste o nové heslo nežádali, tento e-mail ignorujte; vaše heslo zůstává beze změny.

        {{ official_name }}
        """,
        [
            new(Account, "e-mailová adresa účtu"),
            new(MailTemplateFields.Link, "odkaz na nastavení nového hesla", Required: true),
            new(MailTemplateFields.LinkLifetime, "jak dlouho odkaz platí, např. „2 hodiny“"),
        ]);
}

namespace Pelhrimov.Notifications.Kinds;

/// <summary><c>citizen.welcome</c>: a citizen account was made, by eID or by registering with an e-mail address.</summary>
public sealed record AccountWelcomeModel(string Method, string Url);

/// <summary>
/// The kind a workflow on <c>citizens.account-created</c> fills: a welcome that says what the portal holds for the citizen
/// and where it is. No default workflow sends it; a town that wants one adds the workflow in the admin.
/// </summary>
public static class AccountKinds
{
    public static readonly NotificationKind Welcome = new(
        "citizen.welcome",
        "Uvítání nového účtu",
        "Uvítání občana, který si právě založil účet v portálu (identitou občana nebo registrací e-mailem).",
        typeof(AccountWelcomeModel),
        new AccountWelcomeModel("identitou občana", "https://www.pelhrimov.cz/muj-portal"),
        [
            new("method", "Jak si občan účet založil: „identitou občana“ nebo „registrací e-mailem“"),
            new("url", "Odkaz na Můj portál"),
        ],
        new TemplateParts(
            "Vítejte v portálu občana",
            "<p>" + BuiltInKinds.Greeting + "</p>\n<p>děkujeme, že jste si {{ method }} založili účet v portálu občana. V Mém portálu najdete, co máte městu zaplatit, svá podání a jejich stav a Hlídacího psa, který vám připomene důležité termíny.</p>\n<p><a href=\"{{ url }}\">Otevřít Můj portál</a></p>\n<p>Jaké zprávy a jak často vám budeme posílat, si nastavíte v portálu v části Můj účet.</p>\n" + BuiltInKinds.HtmlSignature,
            BuiltInKinds.Greeting + "\n\nděkujeme, že jste si {{ method }} založili účet v portálu občana. V Mém portálu najdete, co máte městu zaplatit, svá podání a jejich stav a Hlídacího psa, který vám připomene důležité termíny.\n\nMůj portál: {{ url }}\n\nJaké zprávy a jak často vám budeme posílat, si nastavíte v portálu v části Můj účet.\n\n" + BuiltInKinds.Signature));
}

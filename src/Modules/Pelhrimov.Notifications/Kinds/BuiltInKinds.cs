namespace Pelhrimov.Notifications.Kinds;

/// <summary>The kinds the portal sends out of the box, with Czech default wording and sample data for the preview.</summary>
public static class BuiltInKinds
{
    internal const string Greeting = "Dobrý den{% if recipient.name %}, {{ recipient.name }}{% endif %},";
    internal const string Signature = "{{ town.name }}\n{{ town.url }}";
    internal const string HtmlSignature = "<p>{{ town.name }}<br><a href=\"{{ town.url }}\">{{ town.url }}</a></p>";

    public static readonly NotificationKind FilingStatusChanged = new(
        "filing.status-changed",
        "Změna stavu podání",
        "Úřad změnil stav podání občana (například přijato, vyřizuje se, vyřízeno).",
        typeof(FilingStatusChangedModel),
        new FilingStatusChangedModel("P-2026-000123", "Žádost o vydání parkovací karty", "Přijato", "Vyřizuje se",
            "Podání jsme předali odboru dopravy.", "https://www.pelhrimov.cz/muj-portal/podani/P-2026-000123"),
        [
            new("reference", "Číslo podání"),
            new("filing_subject", "Předmět podání"),
            new("old_status", "Předchozí stav"),
            new("new_status", "Nový stav"),
            new("note", "Poznámka úřadu pro občana (může chybět)"),
            new("url", "Odkaz na podání v portálu"),
        ],
        new TemplateParts(
            "Podání {{ reference }}: {{ new_status }}",
            "<p>" + Greeting + "</p>\n<p>stav vašeho podání <strong>{{ filing_subject }}</strong> (č. {{ reference }}) se změnil z „{{ old_status }}“ na <strong>„{{ new_status }}“</strong>.</p>\n{% if note %}<p>Poznámka úřadu: {{ note }}</p>\n{% endif %}<p><a href=\"{{ url }}\">Zobrazit podání v portálu</a></p>\n" + HtmlSignature,
            Greeting + "\n\nstav vašeho podání {{ filing_subject }} (č. {{ reference }}) se změnil z „{{ old_status }}“ na „{{ new_status }}“.\n{% if note %}\nPoznámka úřadu: {{ note }}\n{% endif %}\nPodání v portálu: {{ url }}\n\n" + Signature));

    public static readonly NotificationKind ReceivableDueSoon = new(
        "receivable.due-soon",
        "Blíží se splatnost platby",
        "Připomínka poplatku nebo jiné platby městu, která bude brzy splatná.",
        typeof(ReceivableDueSoonModel),
        new ReceivableDueSoonModel("Poplatek za komunální odpad 2027", "1 500 Kč", "31. 3. 2027", "1337000123",
            "https://www.pelhrimov.cz/muj-portal/platby"),
        [
            new("title", "Za co se platí"),
            new("amount", "Částka, například „1 500 Kč“"),
            new("due_date", "Datum splatnosti, například „31. 3. 2027“"),
            new("variable_symbol", "Variabilní symbol"),
            new("url", "Odkaz na platby v portálu"),
        ],
        new TemplateParts(
            "Připomínka: {{ title }} do {{ due_date }}",
            "<p>" + Greeting + "</p>\n<p>připomínáme, že <strong>{{ due_date }}</strong> je splatná platba <strong>{{ title }}</strong> ve výši <strong>{{ amount }}</strong> (variabilní symbol {{ variable_symbol }}).</p>\n<p><a href=\"{{ url }}\">Zaplatit v portálu</a></p>\n<p>Pokud jste již zaplatili, tuto zprávu prosím přehlédněte.</p>\n" + HtmlSignature,
            Greeting + "\n\npřipomínáme, že {{ due_date }} je splatná platba {{ title }} ve výši {{ amount }} (variabilní symbol {{ variable_symbol }}).\n\nZaplatit můžete v portálu: {{ url }}\n\nPokud jste již zaplatili, tuto zprávu prosím přehlédněte.\n\n" + Signature));

    public static readonly NotificationKind FormSubmitted = new(
        "form.submitted",
        "Potvrzení odeslaného formuláře",
        "Potvrzení, že úřad přijal formulář vyplněný v portálu.",
        typeof(FormSubmittedModel),
        new FormSubmittedModel("Přihlášení psa k evidenci", "F-2026-000456", "29. 11. 2026 14:05",
            "https://www.pelhrimov.cz/muj-portal/formulare"),
        [
            new("form_title", "Název formuláře"),
            new("reference", "Číslo podání"),
            new("submitted_at", "Kdy byl formulář odeslán, například „29. 11. 2026 14:05“"),
            new("url", "Odkaz na formuláře v portálu"),
        ],
        new TemplateParts(
            "Přijali jsme váš formulář „{{ form_title }}“",
            "<p>" + Greeting + "</p>\n<p>{{ town.name }} přijalo váš formulář <strong>{{ form_title }}</strong>.</p>\n<p>Číslo podání: {{ reference }}<br>Odesláno: {{ submitted_at }}</p>\n<p><a href=\"{{ url }}\">Vaše formuláře v portálu</a></p>\n" + HtmlSignature,
            Greeting + "\n\n{{ town.name }} přijalo váš formulář „{{ form_title }}“.\n\nČíslo podání: {{ reference }}\nOdesláno: {{ submitted_at }}\n\nVaše formuláře v portálu: {{ url }}\n\n" + Signature));

    public static readonly NotificationKind WatchdogReminder = new(
        "watchdog.reminder",
        "Hlídací pes: připomínka",
        "Připomínka události, kterou si občan hlídá (například konec platnosti řidičského průkazu).",
        typeof(WatchdogReminderModel),
        new WatchdogReminderModel("Platnost řidičského průkazu", "15. 1. 2027", 14, "https://www.pelhrimov.cz/muj-portal/hlidaci-pes"),
        [
            new("title", "Název události"),
            new("date", "Datum události, například „15. 1. 2027“"),
            new("days_left", "Za kolik dní událost nastane (číslo)"),
            new("url", "Odkaz na Hlídacího psa v portálu"),
        ],
        new TemplateParts(
            "Připomínka: {{ title }} – {{ date }}",
            "<p>" + Greeting + "</p>\n<p>připomínáme událost <strong>{{ title }}</strong>, která nastane <strong>{{ date }}</strong> (za {{ days_left }} dní).</p>\n<p><a href=\"{{ url }}\">Hlídací pes v portálu</a></p>\n" + HtmlSignature,
            Greeting + "\n\npřipomínáme událost {{ title }}, která nastane {{ date }} (za {{ days_left }} dní).\n\nHlídací pes v portálu: {{ url }}\n\n" + Signature));

    public static readonly IReadOnlyList<NotificationKind> All = [FilingStatusChanged, ReceivableDueSoon, FormSubmitted, WatchdogReminder, PaymentKinds.ReceivableOverdue, PaymentKinds.PaymentReceived, AccountKinds.Welcome];
}

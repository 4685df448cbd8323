namespace Pelhrimov.Notifications.Kinds;

/// <summary><c>receivable.overdue</c>: a receivable was not paid by its due date. Amount and date are formatted in Czech.</summary>
public sealed record ReceivableOverdueModel(string Title, string Amount, string DueDate, string VariableSymbol, string Url);

/// <summary><c>receivable.payment-received</c>: a payment was booked against a receivable.</summary>
public sealed record PaymentReceivedModel(string Title, string Amount, string Date, string Outstanding, string Url);

/// <summary>The kinds about payments the workflows' default reminders and confirmations use (besides <c>receivable.due-soon</c>).</summary>
public static class PaymentKinds
{
    private const string Greeting = BuiltInKinds.Greeting;
    private const string Signature = BuiltInKinds.Signature;
    private const string HtmlSignature = BuiltInKinds.HtmlSignature;

    public static readonly NotificationKind ReceivableOverdue = new(
        "receivable.overdue",
        "Platba po splatnosti",
        "Upozornění, že platba městu nebyla uhrazena do data splatnosti.",
        typeof(ReceivableOverdueModel),
        new ReceivableOverdueModel("Poplatek za komunální odpad 2027", "1 500 Kč", "31. 3. 2027", "1337000123", "https://www.pelhrimov.cz/muj-portal/platby"),
        [
            new("title", "Za co se platí"),
            new("amount", "Částka, například „1 500 Kč“"),
            new("due_date", "Datum splatnosti, například „31. 3. 2027“"),
            new("variable_symbol", "Variabilní symbol"),
            new("url", "Odkaz na platby v portálu"),
        ],
        new TemplateParts(
            "Po splatnosti: {{ title }}",
            "<p>" + Greeting + "</p>\n<p>platba <strong>{{ title }}</strong> ve výši <strong>{{ amount }}</strong> byla splatná <strong>{{ due_date }}</strong> a zatím ji neevidujeme (variabilní symbol {{ variable_symbol }}).</p>\n<p><a href=\"{{ url }}\">Zaplatit v portálu</a></p>\n<p>Pokud jste již zaplatili, tuto zprávu prosím přehlédněte.</p>\n" + HtmlSignature,
            Greeting + "\n\nplatba {{ title }} ve výši {{ amount }} byla splatná {{ due_date }} a zatím ji neevidujeme (variabilní symbol {{ variable_symbol }}).\n\nZaplatit můžete v portálu: {{ url }}\n\nPokud jste již zaplatili, tuto zprávu prosím přehlédněte.\n\n" + Signature));

    public static readonly NotificationKind PaymentReceived = new(
        "receivable.payment-received",
        "Potvrzení přijaté platby",
        "Potvrzení, že město přijalo platbu.",
        typeof(PaymentReceivedModel),
        new PaymentReceivedModel("Poplatek za komunální odpad 2027", "1 500 Kč", "20. 3. 2027", "0 Kč", "https://www.pelhrimov.cz/muj-portal/platby"),
        [
            new("title", "Za co se platilo"),
            new("amount", "Přijatá částka, například „1 500 Kč“"),
            new("date", "Datum platby, například „20. 3. 2027“"),
            new("outstanding", "Kolik zbývá zaplatit, například „0 Kč“"),
            new("url", "Odkaz na platby v portálu"),
        ],
        new TemplateParts(
            "Přijali jsme platbu: {{ title }}",
            "<p>" + Greeting + "</p>\n<p>děkujeme, {{ date }} jsme přijali platbu <strong>{{ amount }}</strong> za <strong>{{ title }}</strong>. Zbývá zaplatit: {{ outstanding }}.</p>\n<p><a href=\"{{ url }}\">Platby v portálu</a></p>\n" + HtmlSignature,
            Greeting + "\n\nděkujeme, {{ date }} jsme přijali platbu {{ amount }} za {{ title }}. Zbývá zaplatit: {{ outstanding }}.\n\nPlatby v portálu: {{ url }}\n\n" + Signature));
}

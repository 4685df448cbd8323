namespace Pelhrimov.Receivables.CardPayments.Controllers;

/// <summary>The module's public addresses (Czech, readable).</summary>
public static class CardPaymentPaths
{
    /// <summary>GET: choose what to pay; POST: pay the chosen receivables (<c>pohledavky</c>) by card.</summary>
    public const string Cart = "/muj-portal/platby/karta";

    /// <summary>The form's id on the receivables list, which the rows' checkboxes name with <c>form="…"</c>.</summary>
    public const string FormId = "platba-kartou";

    /// <summary>The form field holding the chosen receivable ids (repeated).</summary>
    public const string Field = "pohledavky";

    /// <summary>Where the gateway posts its notifications (no cookies, no antiforgery: verified with the gateway instead).</summary>
    public const string Notification = "/platby/karta/notifikace";

    /// <summary>POST: pay one receivable by card with its variable symbol and payment code, without signing in (ADR 0035).</summary>
    public const string WithCode = "/zaplatit/kartou";

    /// <summary>The form field of the receivable id on <see cref="WithCode"/> (checked against the symbol and the code).</summary>
    public const string ReceivableField = "pohledavka";

    /// <summary>The return page of an attempt started with a code: its random reference is the only key.</summary>
    public static string WithCodeResult(string reference) => WithCode + "/" + Uri.EscapeDataString(reference);

    /// <summary>The return page of one attempt.</summary>
    public static string Result(string reference) => Cart + "/" + Uri.EscapeDataString(reference);
}

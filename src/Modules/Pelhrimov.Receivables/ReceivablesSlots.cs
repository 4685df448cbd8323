namespace Pelhrimov.Receivables;

/// <summary>
/// Places on the receivables pages that other modules fill (ADR 0024: a module never edits another's page), rendered
/// with <c>&lt;page-slot&gt;</c>. Without a contributing module they render nothing, and the pages look as before.
/// The place for another way to pay under a receivable's payment details is <see cref="Payments.PaymentSlots.PaymentActions"/>.
/// </summary>
public static class ReceivablesSlots
{
    /// <summary>A header cell (<c>&lt;th&gt;</c>) at the end of the "K zaplacení" table's header row.</summary>
    public const string OutstandingHead = "receivables-outstanding-head";

    /// <summary>A cell (<c>&lt;td&gt;</c>) at the end of each row of "K zaplacení"; the component gets the row's <c>ReceivableSummary</c> as <c>slot</c>.</summary>
    public const string OutstandingRow = "receivables-outstanding-row";

    /// <summary>Below the "K zaplacení" table: actions on the receivables chosen in the rows (a form the rows' inputs name by <c>form="…"</c>).</summary>
    public const string OutstandingActions = "receivables-outstanding-actions";
}

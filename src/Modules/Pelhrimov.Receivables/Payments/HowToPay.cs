using Pelhrimov.Receivables.Services;

namespace Pelhrimov.Receivables.Payments;

/// <summary>
/// What the "Jak zaplatit" box shows (partial <c>_ReceivableHowToPay</c>): what is left to pay of a receivable, its QR
/// Platba string and image. The same box serves the citizen's detail and <c>/zaplatit</c>.
/// </summary>
/// <param name="Anonymous">True on <c>/zaplatit</c>: nobody is signed in (modules offering a card payment need to know).</param>
/// <param name="Code">On <c>/zaplatit</c>, the payment code the payer proved (normalized), for a payment button to send again.</param>
public sealed record HowToPay(ReceivableSummary Receivable, string Spayd, string QrDataUrl, bool Anonymous, string? Code = null)
{
    public static HowToPay For(ReceivableSummary receivable, bool anonymous, string? code = null)
    {
        var spayd = Payments.Spayd.For(receivable, receivable.Outstanding);
        return new HowToPay(receivable, spayd, QrPlatbaImage.DataUrl(spayd), anonymous, code);
    }

    public PaymentActionsSlot Slot => new(Receivable.Id, Receivable.Outstanding, Receivable.VariableSymbol, Anonymous, Code);
}

/// <summary>Page slot under the payment details: a module offering another way to pay (a card) puts its button here.</summary>
public static class PaymentSlots
{
    /// <summary>Each contributed view component gets a <see cref="PaymentActionsSlot"/> as <c>slot</c>.</summary>
    public const string PaymentActions = "receivables.payment-actions";
}

/// <summary>
/// What a payment button needs: which receivable, how much is left, its variable symbol, whether anyone is signed in,
/// and on <c>/zaplatit</c> the payment code the payer typed (normalized): a button there must send the symbol and the
/// code again, and its handler must check them again (<see cref="Services.PayWithCodeLookup"/>), never trusting the id.
/// </summary>
public sealed record PaymentActionsSlot(string ReceivableId, decimal Amount, string VariableSymbol, bool Anonymous, string? Code = null);

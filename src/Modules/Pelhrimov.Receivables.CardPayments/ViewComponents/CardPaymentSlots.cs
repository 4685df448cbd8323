using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Receivables.CardPayments.Controllers;
using Pelhrimov.Receivables.CardPayments.Services;
using Pelhrimov.Receivables.Payments;
using Pelhrimov.Receivables.Services;

namespace Pelhrimov.Receivables.CardPayments.ViewComponents;

/// <summary>The "Platit kartou" header cell of the "K zaplacení" table (<see cref="ReceivablesSlots.OutstandingHead"/>).</summary>
public sealed class CardPaymentHeadViewComponent : ViewComponent
{
    public IViewComponentResult Invoke() => View();
}

/// <summary>A row's checkbox, in the cart's form by <c>form="…"</c> (<see cref="ReceivablesSlots.OutstandingRow"/>); an empty cell when it cannot be paid.</summary>
public sealed class CardPaymentCheckboxViewComponent(CitizenReceivables receivables) : ViewComponent
{
    public IViewComponentResult Invoke(ReceivableSummary slot) =>
        View(CardPaymentCart.IsPayable(slot, receivables.Today) ? slot : null);
}

/// <summary>The cart's form and its button "Zaplatit vybrané kartou" below the table (<see cref="ReceivablesSlots.OutstandingActions"/>).</summary>
public sealed class CardPaymentCartButtonViewComponent : ViewComponent
{
    public IViewComponentResult Invoke() => View();
}

/// <summary>
/// "Zaplatit kartou" under a receivable's payment details (<see cref="PaymentSlots.PaymentActions"/>), shown only when
/// the details are (something is left to pay). On <c>/zaplatit</c>, where nobody is signed in, the form posts the
/// symbol and the code the payer proved to <see cref="CardPaymentPaths.WithCode"/>, which checks them again (ADR 0035).
/// </summary>
public sealed class CardPaymentDetailButtonViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(PaymentActionsSlot slot) => slot switch
    {
        { Anonymous: false } => View(slot),
        { Code: not null } => View("WithCode", slot),
        _ => Content(""),
    };
}

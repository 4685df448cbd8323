using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Payments.GatewaySimulator.Models;
using Pelhrimov.Payments.GatewaySimulator.Services;

namespace Pelhrimov.Payments.GatewaySimulator.Controllers;

/// <summary>
/// The page the payer is redirected to after <c>create</c>: the tester chooses a successful payment, a refusal or a
/// cancellation, and how the merchant is notified. Abandoning it leaves the payment PENDING until it expires.
/// Routed under <c>PaymentGatewaySimulator:BasePath</c> by <see cref="Pelhrimov.Core.Modules.ControllerUnderBasePath"/>.
/// </summary>
[Route("platba")]
public sealed class PaymentPageController(SimulatedPayments payments, MerchantNotifier notifier, TimeProvider clock) : Controller
{
    public const string DelayField = nameof(PaymentChoice.Zpozdeni);
    public const string ActionField = nameof(PaymentChoice.Akce);

    [HttpGet("{transId}")]
    public IActionResult Show(string transId)
    {
        if (Current(transId) is not { } payment)
        {
            return NotFoundPage();
        }
        return payment.Status == ComGateStatus.Pending
            ? View("Payment", new PaymentPage(payment, new PaymentChoice()))
            : Finished(payment);
    }

    [HttpPost("{transId}")]
    public IActionResult Complete(string transId, [FromForm] PaymentChoice choice)
    {
        if (Current(transId) is not { } payment)
        {
            return NotFoundPage();
        }
        if (payment.Status != ComGateStatus.Pending)
        {
            return Finished(payment);
        }

        var delay = 0;
        if (!string.IsNullOrWhiteSpace(choice.Zpozdeni)
            && (!int.TryParse(choice.Zpozdeni.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out delay) || delay > PaymentChoice.MaxDelaySeconds))
        {
            ModelState.AddModelError(DelayField, $"Zpoždění zadejte jako celý počet sekund od 0 do {PaymentChoice.MaxDelaySeconds}.");
        }
        var status = choice.Akce switch
        {
            PaymentChoice.PayAction => ComGateStatus.Paid,
            PaymentChoice.RefuseAction or PaymentChoice.CancelAction => ComGateStatus.Cancelled,
            _ => null,
        };
        if (status is null)
        {
            ModelState.AddModelError(ActionField, "Vyberte výsledek platby jedním z tlačítek.");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Payment", new PaymentPage(payment, choice));
        }

        // A second post (another tab, a double click) finds the payment final and changes nothing.
        if (!payment.TryComplete(status!))
        {
            return Finished(payment);
        }
        notifier.Completed(payment, new NotificationSwitches(TimeSpan.FromSeconds(delay), choice.Dvakrat, choice.MimoPoradi));
        return payment.ReturnUrl(status!) is { } location
            ? RedirectAfterPost(location)
            : Message("Platba dokončena", $"Výsledek platby: {StatusNames.Czech(status!)}. Obchod nemá nastavenou adresu pro návrat.", StatusCodes.Status200OK);
    }

    /// <summary>The payment, cancelled first when its lifetime is over (the merchant is told).</summary>
    private SimulatedPayment? Current(string transId)
    {
        if (payments.Find(transId) is not { } payment)
        {
            return null;
        }
        if (clock.GetUtcNow() >= payment.ExpiresAt && payment.TryComplete(ComGateStatus.Cancelled))
        {
            notifier.Completed(payment, NotificationSwitches.Immediately);
        }
        return payment;
    }

    private ViewResult Finished(SimulatedPayment payment) => Message(
        "Platba je už dokončena",
        $"Platba {payment.TransId} má výsledek: {StatusNames.Czech(payment.Status)}. Znovu ji zaplatit ani zrušit nelze.",
        StatusCodes.Status200OK,
        payment.ReturnUrl(payment.Status));

    private ViewResult NotFoundPage() =>
        Message("Platba nenalezena", "Platba s tímto identifikátorem v simulátoru platební brány není.", StatusCodes.Status404NotFound);

    /// <summary>
    /// A redirect answering the form, when it stays on this site. Browsers apply the site's CSP <c>form-action 'self'</c>
    /// to redirects after a form post too, so a return to another origin is offered as a page that moves on by itself.
    /// </summary>
    private IActionResult RedirectAfterPost(string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var target)
        && target.Scheme.Equals(Request.Scheme, StringComparison.OrdinalIgnoreCase)
        && target.Authority.Equals(Request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? Redirect(location)
            : View("Continue", location);

    private ViewResult Message(string title, string text, int status, string? returnUrl = null)
    {
        Response.StatusCode = status;
        return View("Message", new SimulatorMessage(title, text, returnUrl));
    }
}

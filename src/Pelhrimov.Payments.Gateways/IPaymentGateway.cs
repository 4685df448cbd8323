namespace Pelhrimov.Payments.Gateways;

/// <summary>
/// A card payment gateway the citizen is sent to. The portal never sees card data: it creates a payment in the
/// background, redirects the payer to the gateway's page, and learns the result only from <see cref="GetStatusAsync"/>
/// (directly, or after a notification that <see cref="VerifyNotificationAsync"/> accepted).
/// </summary>
/// <remarks>A second gateway (GP webpay, GoPay…) implements this interface; see docs/card-payments.md.</remarks>
public interface IPaymentGateway
{
    /// <summary>A short name for logs and stored payments, e.g. <c>comgate</c>.</summary>
    string Name { get; }

    /// <summary>Creates a payment at the gateway and returns where to send the payer.</summary>
    /// <exception cref="PaymentGatewayException">The gateway refused the payment or could not be reached.</exception>
    Task<CreatedPayment> CreatePaymentAsync(PaymentRequest request, CancellationToken cancellationToken = default);

    /// <summary>Asks the gateway for the payment's current status: the only source the portal books payments from.</summary>
    /// <exception cref="PaymentGatewayException">Unknown transaction, a refused query, or the gateway could not be reached.</exception>
    Task<PaymentStatusReport> GetStatusAsync(string transactionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks that a server-to-server notification comes from this gateway for this merchant and returns the
    /// transaction whose status must now be queried; null for anything else (forged, another merchant, malformed).
    /// The notification's own status is never trusted.
    /// </summary>
    Task<string?> VerifyNotificationAsync(IReadOnlyDictionary<string, string?> form, CancellationToken cancellationToken = default);
}

/// <summary>What the portal asks the payer to pay.</summary>
/// <param name="Reference">The portal's reference of the order (at ComGate <c>refId</c>), e.g. a variable symbol or a cart id.</param>
/// <param name="Amount">In CZK, at most two decimals, at least 1 Kč.</param>
/// <param name="Label">A short description shown to the payer (ComGate: 1–16 characters).</param>
/// <param name="Email">The payer's e-mail for the gateway's receipt, when known.</param>
/// <param name="ReturnUrl">Where the gateway sends the payer back; <c>${id}</c> and <c>${refId}</c> are replaced by the gateway.</param>
/// <param name="NotificationUrl">Where the gateway posts the result, for gateways that take it per payment (ComGate takes it from its client portal).</param>
public sealed record PaymentRequest(string Reference, decimal Amount, string Label, string? Email, Uri ReturnUrl, Uri? NotificationUrl);

/// <summary>A payment the gateway created: its id (keep it with the order) and the page to redirect the payer to.</summary>
public sealed record CreatedPayment(string TransactionId, Uri RedirectUrl);

/// <summary>The gateway's answer to a status query.</summary>
public sealed record PaymentStatusReport(string TransactionId, string Reference, PaymentStatus Status, decimal Amount, string Currency);

/// <summary>A payment's status as gateways report it.</summary>
public enum PaymentStatus
{
    /// <summary>Created, not paid yet: the payer may still pay, or the payment expires.</summary>
    Pending,

    /// <summary>Paid: the money is on its way. Final.</summary>
    Paid,

    /// <summary>Cancelled by the payer, refused by the bank, or expired. Final.</summary>
    Cancelled,

    /// <summary>Authorised, not captured (pre-authorisation; the portal does not ask for it).</summary>
    Authorized,
}

public static class PaymentStatuses
{
    /// <summary>Paid and Cancelled never change again.</summary>
    public static bool IsFinal(this PaymentStatus status) => status is PaymentStatus.Paid or PaymentStatus.Cancelled;

    /// <summary>
    /// The status a merchant keeps after learning <paramref name="reported"/>: a final status stays whatever arrives later,
    /// so repeated, late and out-of-order reports end in one final status.
    /// </summary>
    public static PaymentStatus Merge(this PaymentStatus current, PaymentStatus reported) => current.IsFinal() ? current : reported;
}

/// <summary>The gateway refused a request, answered something unreadable, or could not be reached in time.</summary>
public sealed class PaymentGatewayException(string message, string? gatewayCode = null, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The gateway's own error code (ComGate: <c>code</c>), when it answered.</summary>
    public string? GatewayCode { get; } = gatewayCode;
}

namespace Pelhrimov.Payments.Gateways;

public static class PaymentNotifications
{
    /// <summary>
    /// What a notification endpoint does: verify the notification, then ask the gateway for the payment's status.
    /// Null for a notification that is not verified; a merchant books only from the returned report (merged with
    /// <see cref="PaymentStatuses.Merge"/>), never from the notification's own fields.
    /// </summary>
    public static async Task<PaymentStatusReport?> VerifyAndQueryAsync(
        this IPaymentGateway gateway, IReadOnlyDictionary<string, string?> form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        return await gateway.VerifyNotificationAsync(form, cancellationToken) is { } transactionId
            ? await gateway.GetStatusAsync(transactionId, cancellationToken)
            : null;
    }
}

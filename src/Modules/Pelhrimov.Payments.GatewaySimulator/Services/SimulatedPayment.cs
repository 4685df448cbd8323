using System.Globalization;

namespace Pelhrimov.Payments.GatewaySimulator.Services;

/// <summary>ComGate's payment statuses, as written in the protocol.</summary>
public static class ComGateStatus
{
    public const string Pending = "PENDING";
    public const string Paid = "PAID";
    public const string Cancelled = "CANCELLED";
}

/// <summary>One payment created through <c>create</c>; its status changes once, from PENDING to PAID or CANCELLED.</summary>
public sealed class SimulatedPayment
{
    private readonly Lock _gate = new();

    public required string TransId { get; init; }
    public required SimulatedMerchant Merchant { get; init; }
    public required bool Test { get; init; }

    /// <summary>In hellers, as ComGate's <c>price</c>.</summary>
    public required long Price { get; init; }
    public required string Currency { get; init; }
    public required string Label { get; init; }
    public required string RefId { get; init; }
    public required string Method { get; init; }
    public string? Email { get; init; }
    public string? PaidUrl { get; init; }
    public string? CancelledUrl { get; init; }
    public string? PendingUrl { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }

    public string Status { get; private set; } = ComGateStatus.Pending;

    public decimal Amount => Price / 100m;

    /// <summary>Moves a PENDING payment to <paramref name="status"/>; false when it was already final.</summary>
    public bool TryComplete(string status)
    {
        lock (_gate)
        {
            if (Status != ComGateStatus.Pending)
            {
                return false;
            }
            Status = status;
            return true;
        }
    }

    /// <summary>Where the payer goes back for <paramref name="status"/>, with <c>${id}</c> and <c>${refId}</c> replaced as ComGate does.</summary>
    public string? ReturnUrl(string status) => (status switch
    {
        ComGateStatus.Paid => PaidUrl,
        ComGateStatus.Cancelled => CancelledUrl,
        _ => PendingUrl,
    })?.Replace("${id}", Uri.EscapeDataString(TransId), StringComparison.Ordinal)
      .Replace("${refId}", Uri.EscapeDataString(RefId), StringComparison.Ordinal);

    /// <summary>The fields of a status answer and of a push notification (without <c>code</c> and <c>message</c>).</summary>
    public List<KeyValuePair<string, string>> Fields(string status) =>
    [
        new("merchant", Merchant.MerchantId),
        new("test", Test ? "true" : "false"),
        new("price", Price.ToString(CultureInfo.InvariantCulture)),
        new("curr", Currency),
        new("label", Label),
        new("refId", RefId),
        new("method", Method),
        new("email", Email ?? ""),
        new("transId", TransId),
        new("secret", Merchant.Secret),
        new("status", status),
    ];
}

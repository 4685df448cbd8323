using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Pelhrimov.Payments.GatewaySimulator.Services;

/// <summary>The simulator's payments, in memory (a restart forgets them, as with the NIA simulator's codes).</summary>
public sealed class SimulatedPayments(GatewaySimulatorOptions options, TimeProvider clock)
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private readonly ConcurrentDictionary<string, SimulatedPayment> _payments = new(StringComparer.Ordinal);

    /// <summary>The merchant with this id and secret (compared in constant time), or null.</summary>
    public SimulatedMerchant? Merchant(string? merchantId, string? secret) =>
        options.Merchants.FirstOrDefault(m => m.MerchantId == merchantId)
            is { } merchant && secret is not null
            && CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(secret), System.Text.Encoding.UTF8.GetBytes(merchant.Secret))
            ? merchant
            : null;

    public SimulatedPayment Add(Func<string, DateTimeOffset, DateTimeOffset, SimulatedPayment> create)
    {
        var now = clock.GetUtcNow();
        while (true)
        {
            var payment = create(NewTransId(), now, now + options.PaymentLifetime);
            if (_payments.TryAdd(payment.TransId, payment))
            {
                return payment;
            }
        }
    }

    public SimulatedPayment? Find(string? transId) =>
        transId is not null && _payments.TryGetValue(transId, out var payment) ? payment : null;

    /// <summary>ComGate's ids look like <c>AB12-CD34-EF56</c>.</summary>
    private static string NewTransId()
    {
        Span<char> id = stackalloc char[14];
        for (var i = 0; i < id.Length; i++)
        {
            id[i] = i is 4 or 9 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return new string(id);
    }
}

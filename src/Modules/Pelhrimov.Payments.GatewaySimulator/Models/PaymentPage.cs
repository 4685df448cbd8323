using Pelhrimov.Payments.GatewaySimulator.Services;

namespace Pelhrimov.Payments.GatewaySimulator.Models;

/// <summary>The payment page: the payment and the tester's switches for the notifications.</summary>
public sealed record PaymentPage(SimulatedPayment Payment, PaymentChoice Choice);

/// <summary>The posted form. Names are the form's field names.</summary>
public sealed class PaymentChoice
{
    public const string PayAction = "zaplatit";
    public const string RefuseAction = "zamitnout";
    public const string CancelAction = "zrusit";
    public const int MaxDelaySeconds = 300;

    /// <summary>Which button: <see cref="PayAction"/>, <see cref="RefuseAction"/> or <see cref="CancelAction"/>.</summary>
    public string? Akce { get; set; }

    /// <summary>Seconds before the first notification, as typed (empty means none).</summary>
    public string? Zpozdeni { get; set; }

    /// <summary>Send the final notification twice.</summary>
    public bool Dvakrat { get; set; }

    /// <summary>Send an outdated PENDING notification after the final one.</summary>
    public bool MimoPoradi { get; set; }
}

public sealed record SimulatorMessage(string Title, string Text, string? ReturnUrl = null);

public static class StatusNames
{
    public static string Czech(string status) => status switch
    {
        ComGateStatus.Paid => "zaplaceno",
        ComGateStatus.Cancelled => "zrušeno",
        _ => "čeká na zaplacení",
    };
}

namespace Pelhrimov.Payments.Gateways.ComGate;

/// <summary>
/// The <c>ComGate</c> configuration section. The merchant id and secret come from the environment or user secrets
/// (<c>ComGate__MerchantId</c>, <c>ComGate__Secret</c>), never from a file in the repository.
/// </summary>
public sealed class ComGateOptions
{
    public const string Section = "ComGate";

    /// <summary>The API base, ending with the version: <c>https://payments.comgate.cz/v1.0/</c>; the simulator's is <c>{origin}/platebni-brana-simulator/v1.0/</c>.</summary>
    public Uri BaseUrl { get; set; } = new("https://payments.comgate.cz/v1.0/");

    /// <summary>The shop connection's identifier from ComGate's client portal (<c>merchant</c>).</summary>
    public string? MerchantId { get; set; }

    /// <summary>The shop connection's password for background communication (<c>secret</c>).</summary>
    public string? Secret { get; set; }

    /// <summary>Create test payments (<c>test=true</c>): on ComGate's side nothing is charged.</summary>
    public bool Test { get; set; }

    /// <summary>Payment methods offered on the gateway's page (<c>method</c>); cards only by default.</summary>
    public string Method { get; set; } = "CARD_ALL";

    /// <summary>How long one HTTP attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a call may take in all, retries included (status queries are retried, creation never is).</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(15);

    internal (string Merchant, string Secret) Credentials() =>
        string.IsNullOrWhiteSpace(MerchantId) || string.IsNullOrEmpty(Secret)
            ? throw new PaymentGatewayException(
                "ComGate:MerchantId and ComGate:Secret are not configured: set them in the environment or user secrets (docs/card-payments.md).")
            : (MerchantId, Secret);
}

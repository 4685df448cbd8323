using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Pelhrimov.Payments.Gateways.ComGate;

/// <summary>
/// ComGate's HTTP POST protocol, version 1.0 (docs/card-payments.md): <c>create</c> with <c>prepareOnly=true</c> in the
/// background, the payer on ComGate's page, <c>status</c> as the only source of truth, push notifications verified by
/// merchant and secret and then followed by a status query.
/// </summary>
public sealed class ComGateGateway(IHttpClientFactory clients, IOptions<ComGateOptions> options, ILogger<ComGateGateway> logger) : IPaymentGateway
{
    /// <summary>The HttpClient for <c>create</c>: a timeout, never a retry (a retried create could make a second payment).</summary>
    public const string CreateClient = "ComGate.create";

    /// <summary>The HttpClient for <c>status</c>: timeouts, retries and a circuit breaker.</summary>
    public const string StatusClient = "ComGate.status";

    /// <summary>What ComGate expects back from the notification URL (HTTP 200); anything else makes it send again.</summary>
    public const string NotificationAcknowledgement = "code=0&message=OK";

    private const int MaxLabelLength = 16;

    public string Name => "comgate";

    public async Task<CreatedPayment> CreatePaymentAsync(PaymentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (merchant, secret) = options.Value.Credentials();
        var label = request.Label.Trim();
        if (label.Length is 0 or > MaxLabelLength)
        {
            throw new ArgumentException($"ComGate needs a label of 1 to {MaxLabelLength} characters, got \"{request.Label}\".", nameof(request));
        }
        if (string.IsNullOrWhiteSpace(request.Reference))
        {
            throw new ArgumentException("A payment needs the portal's reference (refId).", nameof(request));
        }
        // As given: AbsoluteUri would escape the placeholders ${id} and ${refId} that ComGate replaces.
        var returnUrl = request.ReturnUrl.IsAbsoluteUri && request.ReturnUrl.Scheme is "https" or "http"
            ? request.ReturnUrl.OriginalString
            : throw new ArgumentException("The return URL must be an absolute http(s) URL.", nameof(request));
        var fields = new List<KeyValuePair<string, string>>
        {
            new("merchant", merchant),
            new("test", options.Value.Test ? "true" : "false"),
            new("price", Hellers(request.Amount).ToString(CultureInfo.InvariantCulture)),
            new("curr", "CZK"),
            new("label", label),
            new("refId", request.Reference),
            new("method", options.Value.Method),
            new("prepareOnly", "true"),
            new("country", "CZ"),
            new("lang", "cs"),
            // The return addresses of the client portal's shop settings, per payment; the notification URL has no such parameter.
            new("url_paid", returnUrl),
            new("url_cancelled", returnUrl),
            new("url_pending", returnUrl),
            new("secret", secret),
        };
        if (!string.IsNullOrWhiteSpace(request.Email))
        {
            fields.Add(new("email", request.Email.Trim()));
        }

        var answer = await PostAsync(CreateClient, "create", fields, cancellationToken);
        if (!answer.TryGetValue("transId", out var transId) || string.IsNullOrEmpty(transId)
            || !answer.TryGetValue("redirect", out var redirect) || !Uri.TryCreate(redirect, UriKind.Absolute, out var redirectUrl)
            || redirectUrl.Scheme is not ("https" or "http"))
        {
            throw new PaymentGatewayException("ComGate created a payment but did not say its transId and a redirect URL.");
        }
        logger.LogInformation("ComGate payment {TransactionId} created for {Reference}", transId, request.Reference);
        return new CreatedPayment(transId, redirectUrl);
    }

    public async Task<PaymentStatusReport> GetStatusAsync(string transactionId, CancellationToken cancellationToken = default)
    {
        var (merchant, secret) = options.Value.Credentials();
        if (!IsTransactionId(transactionId))
        {
            throw new PaymentGatewayException($"\"{transactionId}\" is not a ComGate transaction id.");
        }
        var answer = await PostAsync(StatusClient, "status",
            [new("merchant", merchant), new("transId", transactionId), new("secret", secret)], cancellationToken);

        // The answer must be about this payment of this merchant, in CZK.
        if (answer.GetValueOrDefault("merchant") != merchant || answer.GetValueOrDefault("transId") != transactionId)
        {
            throw new PaymentGatewayException($"ComGate's status answer is about another payment than {transactionId}.");
        }
        var status = answer.GetValueOrDefault("status") switch
        {
            "PAID" => PaymentStatus.Paid,
            "CANCELLED" => PaymentStatus.Cancelled,
            "PENDING" => PaymentStatus.Pending,
            "AUTHORIZED" => PaymentStatus.Authorized,
            var other => throw new PaymentGatewayException($"ComGate reported an unknown status \"{other}\" for {transactionId}."),
        };
        if (!long.TryParse(answer.GetValueOrDefault("price"), NumberStyles.None, CultureInfo.InvariantCulture, out var price))
        {
            throw new PaymentGatewayException($"ComGate's status answer for {transactionId} has no valid price.");
        }
        return new PaymentStatusReport(transactionId, answer.GetValueOrDefault("refId") ?? "", status, price / 100m,
            answer.GetValueOrDefault("curr") ?? "");
    }

    public Task<string?> VerifyNotificationAsync(IReadOnlyDictionary<string, string?> form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (merchant, secret) = options.Value.Credentials();
        var transId = form.GetValueOrDefault("transId");
        var verified = form.GetValueOrDefault("merchant") == merchant
            && SameSecret(form.GetValueOrDefault("secret"), secret)
            && IsTransactionId(transId);
        if (!verified)
        {
            logger.LogWarning("A ComGate notification was refused: wrong merchant, wrong secret or no valid transId");
            return Task.FromResult<string?>(null);
        }
        return Task.FromResult(transId);
    }

    /// <summary>CZK to hellers: ComGate's <c>price</c> is an integer in the currency's hundredths.</summary>
    public static long Hellers(decimal amount)
    {
        if (amount < 1m || decimal.Round(amount, 2) != amount || amount > 99_999_999m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "An amount in CZK from 1 Kč, with at most two decimals.");
        }
        return (long)(amount * 100m);
    }

    private async Task<Dictionary<string, string>> PostAsync(
        string clientName, string method, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(clientName);
        var address = new Uri(EnsureTrailingSlash(options.Value.BaseUrl), method);
        string body;
        try
        {
            using var content = new StringContent(FormEncoding.Encode(fields), Encoding.UTF8, "application/x-www-form-urlencoded");
            using var response = await client.PostAsync(address, content, cancellationToken);
            body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new PaymentGatewayException($"ComGate answered {method} with HTTP {(int)response.StatusCode}.");
            }
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or Polly.CircuitBreaker.BrokenCircuitException
                                  || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new PaymentGatewayException($"ComGate could not be reached for {method}: {e.Message}", inner: e);
        }
        var answer = FormEncoding.Parse(body);
        var code = answer.GetValueOrDefault("code");
        if (code != "0")
        {
            throw new PaymentGatewayException(
                $"ComGate refused {method}: code {code ?? "(none)"}, {answer.GetValueOrDefault("message") ?? "no message"}.", code);
        }
        return answer;
    }

    private static Uri EnsureTrailingSlash(Uri baseUrl) =>
        baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");

    private static bool SameSecret(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    /// <summary>ComGate's ids look like <c>AB12-CD34-EF56</c>; anything outside letters, digits and dashes is refused before a query.</summary>
    private static bool IsTransactionId(string? value) =>
        value is { Length: > 0 and <= 64 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}

using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pelhrimov.Payments.GatewaySimulator.Services;

namespace Pelhrimov.Payments.GatewaySimulator.Endpoints;

/// <summary>
/// The background (server-to-server) methods of ComGate's HTTP POST protocol 1.0: <c>create</c> and <c>status</c>.
/// Requests and answers are <c>application/x-www-form-urlencoded</c>; an answer always has HTTP 200 with
/// <c>code</c> (0 = OK) and <c>message</c>.
/// </summary>
public static class ComGateApi
{
    // The simulator's error codes; ComGate's list is longer (docs/card-payments.md).
    public const string UnexpectedError = "1100";
    public const string UnknownMerchant = "1301";
    public const string LabelMissing = "1305";
    public const string WrongPrice = "1309";
    public const string UnknownCurrency = "1310";
    public const string BadQuery = "1400";

    private const long MaxPrice = 9_999_999_999;

    public static void MapComGateApi(this IEndpointRouteBuilder endpoints, string basePath)
    {
        endpoints.MapPost(basePath + "/v1.0/create", CreateAsync);
        endpoints.MapPost(basePath + "/v1.0/status", StatusAsync);
    }

    private static async Task<IResult> CreateAsync(
        HttpContext context, SimulatedPayments payments, MerchantNotifier notifier, GatewaySimulatorOptions options)
    {
        if (await ReadFormAsync(context) is not { } form)
        {
            return Answer(BadQuery, "Expected an application/x-www-form-urlencoded body.");
        }
        if (payments.Merchant(form("merchant"), form("secret")) is not { } merchant)
        {
            return Answer(UnknownMerchant, "Unknown merchant or wrong secret.");
        }
        if (form("prepareOnly") != "true")
        {
            return Answer(UnexpectedError, "The simulator creates payments in the background only (prepareOnly=true).");
        }
        if (!long.TryParse(form("price"), NumberStyles.None, CultureInfo.InvariantCulture, out var price) || price < 100 || price > MaxPrice)
        {
            return Answer(WrongPrice, "Price must be an integer in hellers, at least 100 (1 CZK).");
        }
        if (form("curr") != "CZK")
        {
            return Answer(UnknownCurrency, "The simulator accepts CZK only.");
        }
        if (form("label") is not { Length: >= 1 and <= 16 } label)
        {
            return Answer(LabelMissing, "Label must have 1 to 16 characters.");
        }
        if (form("refId") is not { Length: > 0 } refId)
        {
            return Answer(UnexpectedError, "refId is required.");
        }
        string?[] returnUrls = [form("url_paid"), form("url_cancelled"), form("url_pending")];
        if (returnUrls.Any(u => u is not null && GatewaySimulatorOptions.Absolute(u) is null))
        {
            return Answer(UnexpectedError, "url_paid, url_cancelled and url_pending must be absolute http(s) URLs.");
        }

        var payment = payments.Add((transId, now, expiresAt) => new SimulatedPayment
        {
            TransId = transId,
            Merchant = merchant,
            Test = form("test") == "true",
            Price = price,
            Currency = "CZK",
            Label = label,
            RefId = refId,
            Method = form("method") is { Length: > 0 } method ? method : "ALL",
            Email = form("email"),
            PaidUrl = returnUrls[0],
            CancelledUrl = returnUrls[1],
            PendingUrl = returnUrls[2],
            CreatedAt = now,
            ExpiresAt = expiresAt,
        });
        notifier.ExpireLater(payment);
        var request = context.Request;
        var redirect = $"{request.Scheme}://{request.Host}{request.PathBase}{options.BasePath}/platba/{payment.TransId}";
        return Answer("0", "OK", [new("transId", payment.TransId), new("redirect", redirect)]);
    }

    private static async Task<IResult> StatusAsync(
        HttpContext context, SimulatedPayments payments, MerchantNotifier notifier, TimeProvider clock)
    {
        if (await ReadFormAsync(context) is not { } form)
        {
            return Answer(BadQuery, "Expected an application/x-www-form-urlencoded body.");
        }
        if (payments.Merchant(form("merchant"), form("secret")) is not { } merchant)
        {
            return Answer(UnknownMerchant, "Unknown merchant or wrong secret.");
        }
        // Another merchant's payment is as unknown as one that never existed.
        if (payments.Find(form("transId")) is not { } payment || payment.Merchant != merchant)
        {
            return Answer(BadQuery, "Payment not found.");
        }
        // The expiry timer may not have run yet: the answer is right anyway, and the merchant is told.
        if (clock.GetUtcNow() >= payment.ExpiresAt && payment.TryComplete(ComGateStatus.Cancelled))
        {
            notifier.Completed(payment, NotificationSwitches.Immediately);
        }
        return Answer("0", "OK", payment.Fields(payment.Status));
    }

    private static async Task<Func<string, string?>?> ReadFormAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return null;
        }
        try
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            return name => form.TryGetValue(name, out var value) ? value.FirstOrDefault() : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static IResult Answer(string code, string message, IEnumerable<KeyValuePair<string, string>>? fields = null)
    {
        var all = new List<KeyValuePair<string, string>> { new("code", code), new("message", message) };
        all.AddRange(fields ?? []);
        var body = string.Join('&', all.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
        return Results.Text(body, "application/x-www-form-urlencoded; charset=UTF-8");
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Pelhrimov.Payments.Gateways;
using Pelhrimov.Payments.Gateways.ComGate;
using Pelhrimov.Receivables.CardPayments.Services;

namespace Pelhrimov.Receivables.CardPayments.Controllers;

/// <summary>
/// <c>POST /platby/karta/notifikace</c>: the gateway's server-to-server notification. Verified and queried with the gateway
/// (what <see cref="PaymentNotifications.VerifyAndQueryAsync"/> does); an unverified one is 400 and changes nothing. The answer
/// to a verified one is ComGate's acknowledgement; when the gateway or the database fails it is 503, so that the gateway
/// sends the notification again.
/// </summary>
public static class CardPaymentNotifications
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(CardPaymentPaths.Notification, NotifiedAsync).DisableAntiforgery().AllowAnonymous();

    private static async Task<IResult> NotifiedAsync(HttpContext context, IPaymentGateway gateway, CardPaymentBooking booking, ILoggerFactory loggers)
    {
        if (!context.Request.HasFormContentType)
        {
            return Results.BadRequest();
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var fields = form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString(), StringComparer.Ordinal);
        var logger = loggers.CreateLogger(typeof(CardPaymentNotifications));
        // VerifyAndQueryAsync in two steps, to tell a notification nobody can verify (400: e.g. the gateway's credentials
        // are not configured) from a gateway that cannot be asked now (503: ComGate sends the notification again).
        string? transactionId;
        try
        {
            transactionId = await gateway.VerifyNotificationAsync(fields, context.RequestAborted);
        }
        catch (PaymentGatewayException e)
        {
            logger.LogWarning(e, "A card payment notification could not be verified.");
            return Results.BadRequest();
        }
        if (transactionId is null)
        {
            return Results.BadRequest();
        }
        PaymentStatusReport report;
        try
        {
            report = await gateway.GetStatusAsync(transactionId, context.RequestAborted);
        }
        catch (PaymentGatewayException e)
        {
            logger.LogWarning(e, "The gateway did not answer about notified card payment {TransactionId}.", transactionId);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        var outcome = await booking.ApplyAsync(report, context.RequestAborted, notified: true);
        logger.LogInformation(
            "Card payment notification about {TransactionId}: {Status}, {Outcome}.", report.TransactionId, report.Status, outcome);
        return Results.Text(ComGateGateway.NotificationAcknowledgement, "application/x-www-form-urlencoded");
    }
}

using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Payments.Gateways.ComGate;
using Pelhrimov.Receivables.CardPayments.Controllers;
using Pelhrimov.Receivables.CardPayments.Data;
using Pelhrimov.Receivables.CardPayments.Services;
using Pelhrimov.Receivables.Payments;

namespace Pelhrimov.Receivables.CardPayments;

/// <summary>The attempts table, the gateway client (ComGate), the cart's places on the receivables pages, the notification endpoint, the pending check.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<CardPaymentsDbContext, SqliteCardPaymentsDbContext, PostgresCardPaymentsDbContext>(context, Manifest.ModuleId);
        services.AddComGatePaymentGateway(context.Configuration.GetSection(ComGateOptions.Section));
        services.AddOptions<CardPaymentsOptions>().Bind(context.Configuration.GetSection(CardPaymentsOptions.Section));
        services.AddScoped<CardPaymentCart>();
        services.AddScoped<CardPaymentBooking>();
        services.AddPageSlot(ReceivablesSlots.OutstandingHead, "CardPaymentHead");
        services.AddPageSlot(ReceivablesSlots.OutstandingRow, "CardPaymentCheckbox");
        services.AddPageSlot(ReceivablesSlots.OutstandingActions, "CardPaymentCartButton");
        services.AddPageSlot(PaymentSlots.PaymentActions, "CardPaymentDetailButton");
        services.AddScheduledJob<PendingCardPaymentsJob>(PendingCardPaymentsJob.Name, "Ověření nedokončených plateb kartou",
            JobSchedule.Every(TimeSpan.FromMinutes(5)));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => CardPaymentNotifications.Map(endpoints);
}

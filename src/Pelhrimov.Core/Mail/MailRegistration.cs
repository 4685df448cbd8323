using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Core.Mail;

public static class MailRegistration
{
    /// <summary>The outbox (<see cref="IMailQueue"/>), its background delivery, and its admin dashboard section.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, ModuleContext context)
    {
        services.AddOptions<SmtpOptions>().Bind(context.Configuration.GetSection(SmtpOptions.Section));
        services.AddSingleton<MailDeliverySignal>();
        services.AddSingleton<MailDeliveryWorker>();
        services.AddHostedService<MailDeliveryService>();
        services.AddScoped<IMailQueue, MailQueue>();
        services.AddScoped<MailHistory>();
        services.AddScoped<MailTemplates>();
        services.AddAdminDashboard<MailDashboard>();
        return services;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Html;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Core.Security;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine;
using Pelhrimov.Forms.Filling;
using Pelhrimov.Forms.Submissions;

namespace Pelhrimov.Forms;

/// <summary>The citizen's side of smart forms: filling at <c>/formulare</c>, submissions and what follows them (ADR 0040).</summary>
public sealed class FillingStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        var options = context.Configuration.GetSection(FormsFillOptions.Section);
        services.Configure<FormsFillOptions>(options);
        services.AddSingleton<IFormEngine, FormEngine>();
        services.AddSingleton<StepPageBuilder>();
        services.AddSingleton<LiveForms>();
        services.AddSingleton<IWarmUp, FormsWarmUp>();
        services.AddSingleton<FormAttachmentStore>();
        services.AddSingleton<ReceiptFiles>();
        services.AddScoped<FillContexts>();
        services.AddScoped<FillStore>();
        services.AddScoped<SubmissionService>();
        services.AddScoped<MyForms>();
        services.AddEventHandler<FormSubmitted, SendReceipt>();
        services.AddCitizenAreaSection<MyFormsSection>();
        services.AddPageSlot(PageSlots.LifeSituationActions, OnlineFormViewComponent.Name);
        services.AddServedPathPrefix("/formulare/");
        services.AddSingleton<IServedPathFilter, FormLinks>();
        services.AddScheduledJob<PruneDraftsJob>(PruneDraftsJob.Name, "Mazání nedokončených formulářů po uplynutí lhůty", PruneDraftsJob.Schedule);
        var perMinute = options.GetValue<int?>(nameof(FormsFillOptions.SubmissionsPerMinute)) ?? new FormsFillOptions().SubmissionsPerMinute;
        services.Configure<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>(o => o.AddPerAddressPolicy(FormsController.SubmitRateLimit, perMinute));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/formulare/schema/v1.json", () => Results.Text(FormDefinitionReader.SchemaJson, "application/schema+json; charset=utf-8"));
}

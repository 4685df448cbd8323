using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using Pelhrimov.ApiClients.Data;
using Pelhrimov.ApiClients.Domain;
using Pelhrimov.ApiClients.Endpoints;
using Pelhrimov.ApiClients.Services;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;

namespace Pelhrimov.ApiClients;

/// <summary>
/// The OpenIddict server (token endpoint, client credentials only), its validation as the <c>Api</c> authentication
/// scheme, the clients' tables and admin, and the <c>/api/v1/klient</c> endpoint. See docs/adr/0008-api-clients.md.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<ApiClientsDbContext, SqliteApiClientsDbContext, PostgresApiClientsDbContext>(context, Manifest.ModuleId);
        var settings = ApiClientSettings.From(context.Configuration);
        var certificates = TokenCertificates.Load(context.Configuration, context.Environment, context.DataFolder);
        services.AddSingleton(settings);
        services.AddSingleton(certificates);
        services.AddHostedService<CertificateWarning>();

        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore()
                .UseDbContext<ApiClientsDbContext>()
                .ReplaceDefaultEntities<ApiClient, ApiClientAuthorization, ApiClientScope, ApiClientToken, string>())
            .AddServer(o =>
            {
                o.SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'));
                o.AllowClientCredentialsFlow();
                o.AddEventHandler(DisabledClientCheck.Descriptor);
                o.AddEventHandler(ScopeGrantCheck.Descriptor);
                o.SetAccessTokenLifetime(settings.AccessTokenLifetime);
                if (settings.Issuer is { } issuer)
                {
                    o.SetIssuer(issuer);
                }
                // Access tokens stay encrypted (OpenIddict's default): only this application reads them.
                o.AddSigningCertificate(certificates.Signing);
                o.AddEncryptionCertificate(certificates.Encryption);
                var aspNetCore = o.UseAspNetCore().EnableTokenEndpointPassthrough();
                if (!context.Environment.IsProduction())
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
                o.AddAudiences(TokenEndpoint.Audience);
                // Every call checks the token's entry, so disabling a client or rotating its secret stops its tokens at once.
                o.EnableTokenEntryValidation();
            });
        // Scopes are declared by modules in code; only those can be requested (and granted, see DeclaredApiScopes).
        services.AddOptions<OpenIddictServerOptions>()
            .Configure<DeclaredApiScopes>((o, declared) => o.Scopes.UnionWith(declared.All.Select(s => s.Name)));
        services.AddAuthentication()
            .AddPolicyScheme(ApiAuthentication.Scheme, "Klient API", o => o.ForwardDefault = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        services.AddRateLimiter(o => o.AddPolicy<string, TokenRateLimit>(TokenRateLimit.PolicyName));

        services.AddSingleton<DeclaredApiScopes>();
        services.AddScoped<ApiClientRegistry>();
        services.AddHostedService<TokenPruning>();
        services.AddApiScopes<ApiScopes>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        TokenEndpoint.Map(endpoints);
        ClientInfoEndpoint.Map(endpoints);
    }
}

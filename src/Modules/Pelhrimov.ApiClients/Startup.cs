using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using Pelhrimov.ApiClients.Data;
using Pelhrimov.ApiClients.Domain;
using Pelhrimov.ApiClients.Endpoints;
using Pelhrimov.ApiClients.OpenApi;
using Pelhrimov.ApiClients.Services;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Scheduling;
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
        var settings = ApiClientSettings.From(context.Configuration, context.Environment);
        // Making self-signed certificates (on a new data folder) is a second of RSA key generation: it runs on another
        // core while the site migrates and sets up, and the first user of the certificates waits for it if need be. A
        // configured certificate that cannot be read still stops the start (CertificateWarning resolves it).
        var certificates = Task.Run(() => TokenCertificates.Load(context.Configuration, context.Environment, context.DataFolder));
        services.AddSingleton(settings);
        services.AddSingleton(_ => certificates.GetAwaiter().GetResult());
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
        // The credentials OpenIddict's AddSigningCertificate and AddEncryptionCertificate would register, taken when the
        // options are first read instead of while services are registered. Access tokens stay encrypted (OpenIddict's
        // default): only this application reads them.
        services.AddOptions<OpenIddictServerOptions>().Configure<TokenCertificates>((o, c) =>
        {
            o.SigningCredentials.Add(new SigningCredentials(new X509SecurityKey(c.Signing), SecurityAlgorithms.RsaSha256));
            o.EncryptionCredentials.Add(new EncryptingCredentials(
                new X509SecurityKey(c.Encryption), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
        });
        services.AddAuthentication()
            .AddPolicyScheme(ApiAuthentication.Scheme, "Klient API", o => o.ForwardDefault = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        services.AddRateLimiter(o => o.AddPolicy<string, TokenRateLimit>(TokenRateLimit.PolicyName));

        services.AddSingleton<DeclaredApiScopes>();
        services.AddScoped<ApiClientRegistry>();
        services.AddScheduledJob<PruneApiTokensJob>(PruneApiTokensJob.Name, "Mazání starých záznamů přístupových tokenů API", PruneApiTokensJob.Schedule);
        services.AddApiScopes<ApiScopes>();
        services.AddApiDescription();
        services.AddPermissions<Permissions>();
        services.AddAuditActionLabels<ApiClientAuditActionLabels>();
        services.AddAdminMenu<AdminMenu>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        TokenEndpoint.Map(endpoints);
        ClientInfoEndpoint.Map(endpoints);
        ApiDescription.Map(endpoints);
    }
}

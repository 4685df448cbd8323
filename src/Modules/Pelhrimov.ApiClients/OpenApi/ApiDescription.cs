using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Pelhrimov.ApiClients.Endpoints;
using Pelhrimov.ApiClients.Services;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Security;
using Scalar.AspNetCore;

namespace Pelhrimov.ApiClients.OpenApi;

/// <summary>
/// The OpenAPI description of the back-office API at <c>/openapi/v1.json</c>: every endpoint under <c>/api/v1</c> that a
/// module maps, the OAuth 2.0 client-credentials scheme with the scopes the modules declare, and on each operation the
/// scope it requires (read from <see cref="AuthorizeApiScopeAttribute"/>). Modules describe their own bodies and answers
/// where they map them (<see cref="ApiJsonBody"/>, <c>Produces</c>, <c>WithSummary</c>); nothing here names them.
/// </summary>
public static class ApiDescription
{
    public const string DocumentName = "v1";

    public const string Path = "/openapi/{documentName}.json";

    public const string SchemeName = "clientCredentials";

    private const string ApiPrefix = "api/v1/";

    public static IServiceCollection AddApiDescription(this IServiceCollection services) =>
        services.AddHttpContextAccessor().AddOpenApi(DocumentName, o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith(ApiPrefix, StringComparison.Ordinal) == true;
            o.AddDocumentTransformer<DocumentDescription>();
            o.AddOperationTransformer(DescribeOperationAsync);
        });

    /// <summary>The browsable reference (Scalar) of the document, when <see cref="ApiClientSettings.Reference"/> is on.</summary>
    public const string ReferencePath = "/api/dokumentace";

    // Scalar's page configures itself in an inline script and styles its elements inline; everything else stays on
    // this origin (no fonts, proxy, telemetry or AI agent from scalar.com).
    private const string ReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(Path).AllowAnonymous();
        if (endpoints.ServiceProvider.GetRequiredService<ApiClientSettings>().Reference)
        {
            MapReference(endpoints);
        }
    }

    // A method of its own, so that Scalar's assembly (8 MB, most of it the embedded page script) is loaded only where the
    // reference is served.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void MapReference(IEndpointRouteBuilder endpoints) =>
        endpoints.MapScalarApiReference(ReferencePath, o => o
                .WithTitle("Portál občana – API pro agendové systémy")
                .WithOpenApiRoutePattern(Path)
                .AddDocument(DocumentName)
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .WithDefaultHttpClient(ScalarTarget.Shell, ScalarClient.Curl))
            .AllowAnonymous()
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.ContentSecurityPolicy = ReferencePolicy;
                return await next(context);
            });

    private static async Task DescribeOperationAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<ApiJsonBody>().FirstOrDefault() is { } body && operation.RequestBody is null)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(body.Type, null, cancellationToken) },
                },
            };
        }
        var scopes = metadata.OfType<AuthorizeApiScopeAttribute>().Select(a => a.Scope).Distinct().ToList();
        if (scopes.Count == 0)
        {
            return;
        }
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = scopes,
        });
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Chybí platný přístupový token (client credentials)." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = $"Token nemá oprávnění {string.Join(", ", scopes)}." });
    }

    /// <summary>Title, the token endpoint and the declared scopes; the server is the address the document was asked at.</summary>
    private sealed class DocumentDescription(DeclaredApiScopes declared, IHttpContextAccessor http) : IOpenApiDocumentTransformer
    {
        public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
        {
            document.Info = new OpenApiInfo
            {
                Title = "Portál občana – API pro agendové systémy",
                Version = DocumentName,
                Description = "Zápis osob, pohledávek, plateb a podání z agendových systémů úřadu. Přístup: OAuth 2.0 " +
                    "client credentials, jeden rozsah (scope) pro každou agendu. Chyby vstupu jsou problem details (RFC 9457), " +
                    "jejichž errors jmenují pole; nic se neuloží. Zápisy jsou idempotentní.",
            };
            var request = http.HttpContext?.Request;
            var tokenUrl = request is null
                ? new Uri(TokenEndpoint.Path, UriKind.Relative)
                : new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{TokenEndpoint.Path}");
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "Přístupový token vydá správce portálu klientovi API (Správa › Klienti API).",
                Flows = new OpenApiOAuthFlows
                {
                    ClientCredentials = new OpenApiOAuthFlow
                    {
                        TokenUrl = tokenUrl,
                        Scopes = declared.All.ToDictionary(s => s.Name, s => $"{s.DisplayName}: {s.Description}", StringComparer.Ordinal),
                    },
                },
            };
            return Task.CompletedTask;
        }
    }
}

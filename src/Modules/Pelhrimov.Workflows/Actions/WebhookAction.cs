using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Workflows;

namespace Pelhrimov.Workflows.Actions;

/// <summary>
/// POSTs the event's data as JSON to a URL, signed with HMAC-SHA256 (<c>X-Portal-Signature: sha256=…</c> over the body,
/// key <c>Workflows:WebhookSecret</c>), with an <c>Idempotency-Key</c> header that is the same for every attempt of the
/// step: delivery is at least once, the receiver drops repeats by that key. Retried within the step with back-off; a
/// webhook that keeps failing is logged as failed and the next actions still run.
/// </summary>
public sealed class WebhookAction(IHttpClientFactory http, IOptions<WorkflowOptions> options) : IWorkflowAction
{
    public const string Key = "webhook";
    public const string HttpClientName = "workflows.webhooks";
    public const string SignatureHeader = "X-Portal-Signature";

    public static WorkflowActionInfo Info { get; } = new(Key, "Zavolat webhook (HTTP POST s JSON)", [new("url", "Adresa (https://…)")], []);

    public async Task<string> RunAsync(WorkflowActionRequest request, CancellationToken cancellationToken)
    {
        var url = request.Parameters.GetValueOrDefault("url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new WorkflowActionRefusedException("Adresa webhooku není platná adresa http(s).");
        }
        var body = JsonSerializer.Serialize(new { idempotencyKey = request.IdempotencyKey, fields = request.Event.Fields, accountIds = request.Event.AccountIds },
            Core.Events.DomainEvents.Json);
        if (request.DryRun)
        {
            return $"Poslal by se POST na {uri} ({Encoding.UTF8.GetByteCount(body)} B JSON).";
        }
        var settings = options.Value;
        var delays = settings.WebhookDelays;
        var client = http.CreateClient(HttpClientName);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(settings.WebhookTimeout);
                using var message = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                message.Headers.Add("Idempotency-Key", request.IdempotencyKey);
                if (settings.WebhookSecret.Length > 0)
                {
                    message.Headers.Add(SignatureHeader, Sign(settings.WebhookSecret, body));
                }
                using var response = await client.SendAsync(message, timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    return $"POST na {uri}: {(int)response.StatusCode} (pokus {attempt}).";
                }
                if (attempt > delays.Count)
                {
                    throw new WebhookFailedException($"POST na {uri} skončil kódem {(int)response.StatusCode} i po {attempt} pokusech.");
                }
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                if (attempt > delays.Count)
                {
                    throw new WebhookFailedException($"POST na {uri} se nezdařil ani po {attempt} pokusech: {e.Message}");
                }
            }
            await Task.Delay(WorkflowOptions.Delay(delays, attempt), cancellationToken);
        }
    }

    /// <summary><c>sha256=</c> and the lower-case hex HMAC-SHA256 of the UTF-8 body.</summary>
    public static string Sign(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
}

/// <summary>A webhook failed on every attempt of its step; the step is logged as failed and the workflow goes on.</summary>
public sealed class WebhookFailedException(string czechMessage) : Exception(czechMessage);

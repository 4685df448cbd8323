using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Filings.Data;
using Pelhrimov.Filings.Domain;

namespace Pelhrimov.Filings.Services;

/// <summary>
/// Reads filings straight from the town's records system (spisová služba) over HTTP (the contract:
/// docs/back-office-connector.md), through the resilience pipeline of <see cref="BackOfficeConnectorOptions"/>. Lists and
/// details are kept per person set and query and shown stamped when the system does not answer (ADR 0034). A document is
/// streamed from the system only after the filing's live detail, asked for the same persons, lists it; its bytes are never kept.
/// </summary>
public sealed class HttpFilingsConnector(HttpClient http, BackOfficeAnswerCache<FilingsDbContext> cache, TimeProvider clock,
    ILogger<HttpFilingsConnector> logger) : IFilingsConnector
{
    public async Task<ConnectorResult<IReadOnlyList<FilingSummary>>> ListAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return ConnectorResult.Live<IReadOnlyList<FilingSummary>>([], clock.GetUtcNow().UtcDateTime);
        }
        return await cache.ReadThroughAsync<IReadOnlyList<FilingSummary>>(personIds, "filings", async ct =>
        {
            var body = await http.GetJsonAsync<ListBody>("v1/filings" + BackOfficeHttp.PersonsQuery(personIds), ct)
                ?? throw new BackOfficeContractException("The list of filings answered 404.");
            return [.. Owned(body.Filings, personIds).Select(Summary).OrderByDescending(f => f.SubmittedUtc)];
        }, _ => true, cancellationToken);
    }

    public async Task<ConnectorResult<FilingDetail?>> FindAsync(IReadOnlyCollection<string> personIds, string reference, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0 || !IsWellFormed(reference))
        {
            return ConnectorResult.Live<FilingDetail?>(null, clock.GetUtcNow().UtcDateTime);
        }
        return await cache.ReadThroughAsync(personIds, "filing:" + reference,
            async ct => await FetchDetailAsync(personIds, reference, ct) is { } body ? Detail(body) : null,
            detail => detail is not null, cancellationToken);
    }

    public async Task<ConnectorResult<FilingDocumentContent?>> OpenDocumentAsync(IReadOnlyCollection<string> personIds, string reference, Guid documentId,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (personIds.Count == 0 || !IsWellFormed(reference))
        {
            return ConnectorResult.Live<FilingDocumentContent?>(null, now);
        }
        HttpResponseMessage? response = null;
        try
        {
            var document = (await FetchDetailAsync(personIds, reference, cancellationToken))?.Documents?.FirstOrDefault(d => DocumentId(reference, d.Id) == documentId);
            if (document is null)
            {
                return ConnectorResult.Live<FilingDocumentContent?>(null, now);
            }
            var path = "v1/filings/" + Uri.EscapeDataString(reference) + "/documents/" + Uri.EscapeDataString(document.Id) + BackOfficeHttp.PersonsQuery(personIds);
            response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                response.Dispose();
                return ConnectorResult.Live<FilingDocumentContent?>(null, now);
            }
            response.EnsureSuccessStatusCode();
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var content = new FilingDocumentContent(document.FileName, document.ContentType, new ResponseStream(stream, response));
            response = null;   // the stream owns it now
            return ConnectorResult.Live<FilingDocumentContent?>(content, now);
        }
        catch (Exception e) when (BackOfficeAnswerKeys.IsBackOfficeFailure(e, cancellationToken))
        {
            response?.Dispose();
            logger.LogWarning(e, "The records system did not hand out a document of {Reference} ({Error}).", reference, e.GetType().Name);
            return ConnectorResult.Unavailable<FilingDocumentContent?>();
        }
    }

    /// <summary>
    /// The portal's id of a document of the records system: a GUID derived from the filing's reference and the system's own
    /// document id, so that the download addresses stay the same between visits without the portal keeping a map.
    /// </summary>
    public static Guid DocumentId(string reference, string documentId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("filing-document\u001F" + reference + "\u001F" + documentId)).AsSpan(0, 16));

    /// <summary>References go into the system's URLs: letters, digits, <c>. _ -</c>, at most 64 characters.</summary>
    private static bool IsWellFormed(string? reference) =>
        reference is { Length: > 0 and <= 64 } && reference.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    private async Task<DetailBody?> FetchDetailAsync(IReadOnlyCollection<string> personIds, string reference, CancellationToken cancellationToken)
    {
        var body = await http.GetJsonAsync<DetailBody>("v1/filings/" + Uri.EscapeDataString(reference) + BackOfficeHttp.PersonsQuery(personIds), cancellationToken);
        return body is not null && body.Filing.Reference == reference && Owned([body.Filing], personIds).Count == 1 ? body : null;
    }

    private List<FilingBody> Owned(IEnumerable<FilingBody>? rows, IReadOnlyCollection<string> personIds) =>
        BackOfficeHttp.Owned(rows, personIds, f => f.PersonId,
            f => logger.LogWarning("The records system sent filing {Reference} of a person that was not asked about; it is not shown.", f.Reference));

    private static FilingSummary Summary(FilingBody f) =>
        new(f.Reference, f.Subject, Status(f.Status), f.SubmittedAt.UtcDateTime, f.StatusChangedAt.UtcDateTime, f.CaseNumber, f.Department);

    private static FilingDetail Detail(DetailBody body) => new(
        Summary(body.Filing), body.FileMark,
        FilingTexts.ParseChannel(body.Channel) ?? throw new BackOfficeContractException($"Unknown channel '{body.Channel}'."),
        body.Clerk, body.Source,
        [.. (body.History ?? []).OrderBy(h => h.At).Select(h => new FilingHistoryEntry(h.At.UtcDateTime, Status(h.Status), h.Note))],
        [.. (body.Documents ?? []).OrderBy(d => d.AddedAt).Select(d => new FilingDocumentInfo(
            DocumentId(body.Filing.Reference, d.Id), d.FileName, d.ContentType, d.Size,
            FilingTexts.ParseDirection(d.Direction) ?? throw new BackOfficeContractException($"Unknown direction '{d.Direction}'."),
            d.AddedAt.UtcDateTime))]);

    private static FilingStatus Status(string code) =>
        FilingTexts.ParseStatus(code) ?? throw new BackOfficeContractException($"Unknown filing status '{code}'.");

    private sealed record ListBody(List<FilingBody>? Filings);

    private sealed record DetailBody(
        FilingBody Filing, string? FileMark, string Channel, string? Clerk, string? Source, List<HistoryBody>? History, List<DocumentBody>? Documents);

    private sealed record FilingBody(
        string Reference, string PersonId, string Subject, string Status, DateTimeOffset SubmittedAt, DateTimeOffset StatusChangedAt,
        string? CaseNumber, string? Department);

    private sealed record HistoryBody(DateTimeOffset At, string Status, string? Note);

    private sealed record DocumentBody(string Id, string FileName, string ContentType, long Size, string Direction, DateTimeOffset AddedAt);

    /// <summary>The document's bytes as they arrive; disposing it releases the HTTP response.</summary>
    private sealed class ResponseStream(Stream inner, HttpResponseMessage response) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                response.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}

public static class FilingsConnectorRegistration
{
    /// <summary>The connector <c>Filings:Connector:Kind</c> names: the built-in one, or <see cref="HttpFilingsConnector"/>.</summary>
    public static IServiceCollection AddFilingsConnector(this IServiceCollection services, IConfigurationSection section) =>
        BackOfficeConnectorOptions.From(section)
            .AddConnector<IFilingsConnector, BuiltInFilingsConnector, HttpFilingsConnector, FilingsDbContext>(services);
}

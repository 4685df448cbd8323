using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Payments.Gateways;
using Pelhrimov.Receivables.CardPayments.Data;
using Pelhrimov.Receivables.CardPayments.Domain;
using Pelhrimov.Receivables.Domain;
using Pelhrimov.Receivables.Services;

namespace Pelhrimov.Receivables.CardPayments.Services;

/// <summary>How a cart ended: sent to the gateway, refused (bad selection), or the gateway could not be reached.</summary>
public abstract record CartResult
{
    public sealed record ToGateway(CardPaymentAttempt Attempt, Uri RedirectUrl) : CartResult;

    /// <summary>Nothing chosen, or something the viewer cannot pay (not theirs, already paid): nothing was created.</summary>
    public sealed record Refused(string Message) : CartResult;

    /// <summary>The gateway refused or did not answer: the attempt is kept as cancelled, nothing was booked.</summary>
    public sealed record GatewayFailed : CartResult;
}

/// <summary>
/// "Zaplatit vybrané kartou": the viewer's own payable receivables only, each for what remains to pay of it (computed
/// here, never taken from the form). Stores the attempt, creates the payment at the gateway, keeps its transaction id.
/// </summary>
public sealed class CardPaymentCart(
    CitizenReceivables receivables, CardPaymentsDbContext db, IPaymentGateway gateway, TimeProvider clock, ILogger<CardPaymentCart> logger)
{
    /// <summary>The label the payer sees at the gateway (ComGate: at most 16 characters).</summary>
    public const string Label = "Platba poplatků";

    /// <summary>
    /// The viewer's receivables that can be paid now: outstanding, with something left to pay. Only from a live answer of
    /// the finance system: the last good answer kept while it does not answer may be paid already (ADR 0034).
    /// </summary>
    public async Task<IReadOnlyList<ReceivableSummary>> PayableAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var today = receivables.Today;
        var result = await receivables.ListAsync(accountId, cancellationToken);
        return Payable(result, today);
    }

    private static List<ReceivableSummary> Payable(ConnectorResult<IReadOnlyList<ReceivableSummary>> result, DateOnly today) =>
        result.IsStale ? [] : [.. result.Value.Where(r => IsPayable(r, today)).OrderBy(r => r.DueDate)];

    public static bool IsPayable(ReceivableSummary receivable, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(receivable);
        return receivable.StatusOn(today).IsOutstanding() && receivable.Outstanding > 0;
    }

    public async Task<CartResult> StartAsync(Guid accountId, IReadOnlyCollection<string> receivableIds, Func<string, Uri> returnUrl,
        Uri notificationUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receivableIds);
        ArgumentNullException.ThrowIfNull(returnUrl);
        var chosen = receivableIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Count == 0)
        {
            return new CartResult.Refused("Vyberte alespoň jednu platbu, kterou chcete zaplatit kartou.");
        }
        var listed = await receivables.ListAsync(accountId, cancellationToken);
        if (listed.IsStale)
        {
            return new CartResult.Refused("Finanční systém města teď neodpovídá, a tak nevíme, kolik zbývá zaplatit. Platbu kartou zkuste prosím za chvíli.");
        }
        var payable = Payable(listed, receivables.Today).ToDictionary(r => r.Id, StringComparer.Ordinal);
        if (chosen.Any(id => !payable.ContainsKey(id)))
        {
            return new CartResult.Refused("Některou z vybraných plateb nelze zaplatit: už je zaplacená, nebo ji nevidíte. Vyberte znovu.");
        }
        var items = chosen.Select(id => payable[id]).ToList();
        return await CreateAsync(accountId, items, returnUrl, notificationUrl, cancellationToken);
    }

    /// <summary>
    /// Pays one receivable for someone who is not signed in and proved its variable symbol and payment code
    /// (<c>/zaplatit</c>, ADR 0035): the attempt belongs to no account (<see cref="CardPaymentAttempt.NoAccount"/>), and
    /// its random reference in the return address is the only way to its result.
    /// </summary>
    public Task<CartResult> StartWithCodeAsync(ReceivableSummary receivable, Func<string, Uri> returnUrl, Uri notificationUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receivable);
        return IsPayable(receivable, receivables.Today)
            ? CreateAsync(CardPaymentAttempt.NoAccount, [receivable], returnUrl, notificationUrl, cancellationToken)
            : Task.FromResult<CartResult>(new CartResult.Refused("Tuto platbu už kartou zaplatit nelze: je uhrazená nebo zrušená."));
    }

    private async Task<CartResult> CreateAsync(Guid accountId, IReadOnlyList<ReceivableSummary> items, Func<string, Uri> returnUrl,
        Uri notificationUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(returnUrl);
        var now = clock.GetUtcNow().UtcDateTime;
        var attempt = new CardPaymentAttempt
        {
            Reference = NewReference(),
            Gateway = gateway.Name,
            Amount = items.Sum(r => r.Outstanding),
            AccountId = accountId,
            Status = PaymentStatus.Pending,
            CreatedUtc = now,
            UpdatedUtc = now,
            Items = [.. items.Select(r => new CardPaymentItem { ReceivableId = r.Id, Label = r.Kind + " " + r.Period, Amount = r.Outstanding })],
        };
        db.Attempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);

        CreatedPayment created;
        try
        {
            created = await gateway.CreatePaymentAsync(
                new PaymentRequest(attempt.Reference, attempt.Amount, Label, null, returnUrl(attempt.Reference), notificationUrl),
                cancellationToken);
        }
        catch (PaymentGatewayException e)
        {
            logger.LogWarning(e, "The gateway did not create card payment {Reference} ({Amount}).", attempt.Reference, CzechFormat.Money(attempt.Amount));
            attempt.Status = PaymentStatus.Cancelled;
            attempt.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(CancellationToken.None);
            return new CartResult.GatewayFailed();
        }
        attempt.TransactionId = created.TransactionId;
        attempt.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(CancellationToken.None);
        return new CartResult.ToGateway(attempt, created.RedirectUrl);
    }

    /// <summary>The viewer's own attempt; null for anyone else's or an unknown reference.</summary>
    public Task<CardPaymentAttempt?> FindAsync(Guid accountId, string reference, CancellationToken cancellationToken) =>
        db.Attempts.AsNoTracking().Include(a => a.Items)
            .FirstOrDefaultAsync(a => a.Reference == reference && a.AccountId == accountId, cancellationToken);

    /// <summary>An attempt started with a variable symbol and a payment code, by its reference; null for any other.</summary>
    public Task<CardPaymentAttempt?> FindWithoutAccountAsync(string reference, CancellationToken cancellationToken) =>
        db.Attempts.AsNoTracking().Include(a => a.Items)
            .FirstOrDefaultAsync(a => a.Reference == reference && a.AccountId == CardPaymentAttempt.NoAccount, cancellationToken);

    /// <summary>16 random lower-case letters and digits: the return page's address, not guessable.</summary>
    private static string NewReference() => RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 16);
}

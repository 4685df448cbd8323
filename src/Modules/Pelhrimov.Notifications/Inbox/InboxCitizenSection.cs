using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Notifications.Inbox;

/// <summary>The inbox card on <c>/muj-portal</c>: how many messages are unread.</summary>
public sealed class InboxCitizenSection(CitizenInbox inbox) : ICitizenAreaSection
{
    public const string Title = "Oznámení";

    private static readonly CzechPlural Unread = new("nepřečtená zpráva", "nepřečtené zprávy", "nepřečtených zpráv");

    public async Task<CitizenAreaCard?> DescribeAsync(CitizenViewer viewer, CancellationToken cancellationToken)
    {
        var unread = await inbox.UnreadCountAsync(viewer.AccountId, cancellationToken);
        var summary = unread == 0 ? "Žádné nepřečtené zprávy od úřadu." : $"Máte {Unread.Count(unread)}.";
        return new CitizenAreaCard(Title, "/muj-portal/oznameni", summary, unread, Order: 10);
    }
}

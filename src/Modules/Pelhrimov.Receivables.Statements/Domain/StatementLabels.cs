namespace Pelhrimov.Receivables.Statements.Domain;

/// <summary>Czech names of the import's states and the matcher's kinds, as the admin shows them.</summary>
public static class StatementLabels
{
    public static string Label(this ImportStatus status) => status switch
    {
        ImportStatus.Draft => "Náhled – čeká na zaúčtování",
        ImportStatus.Booking => "Zaúčtovává se",
        _ => "Zaúčtováno",
    };

    public static string Label(this LineState state) => state switch
    {
        LineState.Proposed => "K zaúčtování",
        LineState.Unassigned => "Nepřiřazeno",
        LineState.NotIncoming => "Není příchozí platba",
        LineState.AlreadyBooked => "Již zaúčtováno",
        LineState.Booked => "Zaúčtováno",
        _ => "Nezaúčtováno – chyba",
    };

    public static string MatchLabel(string kind) => kind switch
    {
        "Exact" => "Přesná shoda",
        "Partial" => "Částečná úhrada",
        "Overpayment" => "Přeplatek",
        "Ambiguous" => "Více pohledávek",
        "Unmatched" => "Nenalezeno",
        "Manual" => "Přiřazeno ručně",
        _ => "–",
    };
}

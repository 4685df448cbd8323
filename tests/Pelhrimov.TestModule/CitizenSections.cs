using Pelhrimov.Core.Navigation;

namespace Pelhrimov.TestModule;

/// <summary>A citizen-area section with personal data: shown only to identified citizens, with a count.</summary>
public sealed class TestFilingsSection : ICitizenAreaSection
{
    public const string Title = "Testovací podání";

    public Task<CitizenAreaCard?> DescribeAsync(CitizenViewer viewer, CancellationToken cancellationToken) =>
        Task.FromResult(viewer.IsIdentified
            ? new CitizenAreaCard(Title, "/test-module/podani", "Tři podání čekají na vyřízení.", Count: 3, Order: 20)
            : null);
}

/// <summary>A citizen-area section every signed-in citizen sees; ordered before <see cref="TestFilingsSection"/>.</summary>
public sealed class TestRemindersSection : ICitizenAreaSection
{
    public const string Title = "Testovací připomínky";

    public Task<CitizenAreaCard?> DescribeAsync(CitizenViewer viewer, CancellationToken cancellationToken) =>
        Task.FromResult<CitizenAreaCard?>(new CitizenAreaCard(Title, "/test-module/pripominky", "Žádná připomínka nečeká.", Order: 10));
}

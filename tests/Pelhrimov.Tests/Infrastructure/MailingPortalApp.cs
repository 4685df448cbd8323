namespace Pelhrimov.Tests.Infrastructure;

/// <summary>
/// A class fixture: an app that delivers its e-mail to an SMTP server of its own, both started for the class and
/// disposed after it. Its tests must each use addresses of their own.
/// </summary>
public class MailingPortalApp : IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings;

    public MailingPortalApp() : this([])
    {
    }

    /// <param name="settings">Extra configuration of the app (<see cref="PortalAppOptions.Settings"/>).</param>
    protected MailingPortalApp(Dictionary<string, string?> settings) => _settings = settings;

    /// <summary>Raises the citizens' per-address limit on password forms, which the tests of a class would exceed together.</summary>
    protected static Dictionary<string, string?> CitizenPasswordFormsUnlimited() =>
        new() { [Pelhrimov.Citizens.Startup.PasswordAttemptsKey] = "1000" };

    public SmtpTestServer Smtp { get; private set; } = null!;

    public PortalApp App { get; private set; } = null!;

    public virtual async ValueTask InitializeAsync()
    {
        Smtp = await SmtpTestServer.StartAsync();
        App = await PortalApp.StartAsync(options: new PortalAppOptions { Smtp = Smtp, Settings = _settings });
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

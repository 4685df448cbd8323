namespace Pelhrimov.Core.Mail;

/// <summary>
/// The delivery worker's one transport (an SMTP session), kept open across batches and passes while messages keep coming,
/// so that a message costs its MAIL FROM, RCPT TO and DATA rather than a connection, a greeting, EHLO and QUIT of its own.
/// </summary>
/// <remarks>
/// Closed when it has been idle for <see cref="IdleLimit"/> (well under the five minutes RFC 5321 asks servers to wait),
/// when the SMTP settings change, after a failure of the session, and when the node stops. Used by one pass at a time
/// (<see cref="MailDeliveryWorker"/> runs its passes one after another).
/// </remarks>
internal sealed class KeptMailTransport(Func<SmtpOptions, IMailTransport> create, TimeProvider clock) : IAsyncDisposable
{
    /// <summary>A session idle for longer is closed rather than reused.</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromSeconds(20);

    private IMailTransport? _transport;
    private SmtpOptions? _settings;
    private DateTime _lastUsedUtc;

    /// <summary>Whether the open session has already carried a message (a failure on it may be the server having dropped it).</summary>
    public bool Reused { get; private set; }

    /// <summary>The open transport for <paramref name="settings"/>, or a new one when there is none, it is stale or the settings changed.</summary>
    public async ValueTask<IMailTransport> GetAsync(SmtpOptions settings)
    {
        if (_transport is not null && (!ReferenceEquals(_settings, settings) || clock.GetUtcNow().UtcDateTime - _lastUsedUtc > IdleLimit))
        {
            await CloseAsync();
        }
        if (_transport is null)
        {
            _transport = create(settings);
            _settings = settings;
            _lastUsedUtc = clock.GetUtcNow().UtcDateTime;
            Reused = false;
        }
        return _transport;
    }

    /// <summary>Notes that a message went out over the session.</summary>
    public void Used()
    {
        _lastUsedUtc = clock.GetUtcNow().UtcDateTime;
        Reused = true;
    }

    /// <summary>Closes the session when nothing was sent over it for <see cref="IdleLimit"/>.</summary>
    public ValueTask CloseIfIdleAsync() =>
        _transport is not null && clock.GetUtcNow().UtcDateTime - _lastUsedUtc > IdleLimit ? CloseAsync() : ValueTask.CompletedTask;

    /// <summary>Closes the session (QUIT); the next message opens a new one.</summary>
    public async ValueTask CloseAsync()
    {
        var transport = _transport;
        _transport = null;
        _settings = null;
        Reused = false;
        if (transport is not null)
        {
            await transport.DisposeAsync();
        }
    }

    public ValueTask DisposeAsync() => CloseAsync();
}

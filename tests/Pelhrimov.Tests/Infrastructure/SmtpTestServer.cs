using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>A message the <see cref="SmtpTestServer"/> received: the SMTP envelope and the parsed message.</summary>
public sealed record ReceivedMail(string EnvelopeFrom, IReadOnlyList<string> EnvelopeTo, MimeMessage Message, byte[] Raw)
{
    public string Subject => Message.Subject ?? "";

    public string TextBody => Message.TextBody ?? "";
}

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free loopback port of this process. It accepts everything,
/// keeps what it received parsed with MimeKit, and lets a test wait for a message; it can be stopped and started
/// again on the same port to play a server that is down for a while.
/// </summary>
/// <remarks>
/// Clients reach the server through a <see cref="TcpRelay"/> on <see cref="Port"/>, and <see cref="StopAsync"/> stops the
/// relay: it stops listening and resets every open connection, as a machine or network going away does. Cancelling the SmtpServer
/// package's sessions instead made it answer a message caught mid-DATA with <c>554</c> (its DATA command takes any
/// exception, cancellation included, for a failed transaction), which a real server going down never says and which
/// the outbox rightly takes as a permanent refusal: a test playing an outage then waited in vain for that message.
/// </remarks>
/// <example><code>
/// await using var smtp = await SmtpTestServer.StartAsync();
/// await using var app = await PortalApp.StartAsync(options: new PortalAppOptions { Smtp = smtp });
/// var mail = await smtp.WaitForMessageAsync("jana@example.cz", m => m.Subject.Contains("heslo"));
/// </code></example>
public sealed class SmtpTestServer : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly List<ReceivedMail> _received = [];
    private readonly List<(Func<ReceivedMail, bool> Match, TaskCompletionSource<ReceivedMail> Done)> _waiters = [];
    private readonly int _serverPort = FreePort();
    private readonly TcpRelay _relay;
    private SmtpServer.SmtpServer? _server;
    private CancellationTokenSource? _stop;
    private Task? _running;
    private int _sessions;

    private SmtpTestServer(int port) => _relay = new TcpRelay(new IPEndPoint(IPAddress.Loopback, _serverPort), port, listening: false);

    public static string Host => IPAddress.Loopback.ToString();

    public int Port => _relay.Port;

    public bool IsRunning => _relay.IsListening;

    /// <summary>How many SMTP sessions (connections) clients have opened so far.</summary>
    public int Sessions => Volatile.Read(ref _sessions);

    /// <summary>Recipients the server refuses with <c>550</c> (a mailbox that does not exist).</summary>
    public HashSet<string> RejectedRecipients { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Everything received so far, oldest first.</summary>
    public IReadOnlyList<ReceivedMail> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Starts a server on a free loopback port; <paramref name="running"/> false only reserves the port (a server that is down).</summary>
    public static async Task<SmtpTestServer> StartAsync(bool running = true)
    {
        var server = new SmtpTestServer(FreePort());
        if (running)
        {
            await server.StartAsync();
        }
        return server;
    }

    /// <summary>The <c>Smtp:*</c> settings that point an app at this server, with fast polling for tests.</summary>
    public IEnumerable<KeyValuePair<string, string?>> AppSettings()
    {
        yield return new("Smtp:Host", Host);
        yield return new("Smtp:Port", Port.ToString(CultureInfo.InvariantCulture));
        yield return new("Smtp:Security", "None");
        yield return new("Smtp:From", "podatelna@pelhrimov.example");
        yield return new("Smtp:PollInterval", "00:00:00.500");
        yield return new("Smtp:Timeout", "00:00:10");
    }

    /// <summary>Listens on <see cref="Port"/> (again, after <see cref="StopAsync"/>).</summary>
    public async Task StartAsync()
    {
        if (_server is null)
        {
            var options = new SmtpServerOptionsBuilder()
                .ServerName("smtp.test")
                .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, _serverPort)))
                .Build();
            var services = new SmtpServer.ComponentModel.ServiceProvider();
            services.Add(new Store(this));
            services.Add(new Filter(this));
            _server = new SmtpServer.SmtpServer(options, services);
            _server.SessionCreated += (_, _) => Interlocked.Increment(ref _sessions);
            _stop = new CancellationTokenSource();
            _running = _server.StartAsync(_stop.Token);
            await WaitUntilListeningAsync();
        }
        _relay.Restore();
    }

    /// <summary>Stops listening and resets every open connection: connections are refused until <see cref="StartAsync"/>.</summary>
    public Task StopAsync()
    {
        _relay.Cut(reset: true);
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_server is null)
        {
            return;
        }
        _server.Shutdown();
        await _stop!.CancelAsync();
        try
        {
            await _running!.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
        (_server, _stop, _running) = (null, null, null);
    }

    /// <summary>The first message (already received or arriving within <paramref name="timeout"/>) to <paramref name="to"/> that <paramref name="match"/> accepts.</summary>
    public Task<ReceivedMail> WaitForMessageAsync(string to, Func<ReceivedMail, bool>? match = null, TimeSpan? timeout = null)
    {
        bool Matches(ReceivedMail mail) =>
            mail.EnvelopeTo.Contains(to, StringComparer.OrdinalIgnoreCase) && (match is null || match(mail));

        var done = new TaskCompletionSource<ReceivedMail>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_received)
        {
            if (_received.FirstOrDefault(Matches) is { } already)
            {
                return Task.FromResult(already);
            }
            _waiters.Add((Matches, done));
        }
        var limit = timeout ?? DefaultTimeout;
        return WithTimeout();

        async Task<ReceivedMail> WithTimeout()
        {
            try
            {
                return await done.Task.WaitAsync(limit);
            }
            catch (TimeoutException)
            {
                lock (_received)
                {
                    _waiters.RemoveAll(w => w.Done == done);
                }
                var seen = string.Join("; ", Received.Select(m => $"{string.Join(",", m.EnvelopeTo)}: {m.Subject}"));
                throw new TimeoutException($"No matching message to {to} within {limit}. Received: [{seen}]");
            }
        }
    }

    /// <summary>Messages received so far for <paramref name="to"/>.</summary>
    public IReadOnlyList<ReceivedMail> MessagesTo(string to) =>
        Received.Where(m => m.EnvelopeTo.Contains(to, StringComparer.OrdinalIgnoreCase)).ToList();

    private void Add(ReceivedMail mail)
    {
        List<TaskCompletionSource<ReceivedMail>> completed = [];
        lock (_received)
        {
            _received.Add(mail);
            foreach (var waiter in _waiters.Where(w => w.Match(mail)).ToList())
            {
                _waiters.Remove(waiter);
                completed.Add(waiter.Done);
            }
        }
        completed.ForEach(c => c.TrySetResult(mail));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, _serverPort);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    private sealed class Store(SmtpTestServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var raw = buffer.ToArray();
            using var stream = new MemoryStream(raw);
            // Not the server's token: a message received whole is kept, as a real server keeps it (the remarks above).
            var message = await MimeMessage.LoadAsync(stream, CancellationToken.None);
            owner.Add(new ReceivedMail(transaction.From.AsAddress(), transaction.To.Select(t => t.AsAddress()).ToList(), message, raw));
            return SmtpResponse.Ok;
        }
    }

    private sealed class Filter(SmtpTestServer owner) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
            Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!owner.RejectedRecipients.Contains(to.AsAddress()));
    }
}

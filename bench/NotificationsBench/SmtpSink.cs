using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Pelhrimov.NotificationsBench;

/// <summary>A message as the SMTP server received it: when (Stopwatch timestamp), to whom, the decoded subject.</summary>
public sealed record Receipt(long At, string To, string Subject);

/// <summary>A real SMTP server (the SmtpServer package, as in the tests) on a free loopback port of this process.</summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly ConcurrentQueue<Receipt> _received = new();
    private readonly CancellationTokenSource _stop = new();
    private SmtpServer.SmtpServer? _server;
    private Task? _running;

    public int Port { get; } = FreePort();

    public int Count => _received.Count;

    public IReadOnlyList<Receipt> Received => [.. _received];

    public async Task StartAsync()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("smtp.bench")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Waits until <paramref name="count"/> messages in all have arrived; false after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForCountAsync(int count, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (_received.Count < count)
        {
            if (watch.Elapsed > timeout)
            {
                return false;
            }
            await Task.Delay(5);
        }
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        _server?.Shutdown();
        await _stop.CancelAsync();
        if (_running is not null)
        {
            try
            {
                await _running.WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (OperationCanceledException)
            {
            }
        }
        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(SmtpSink owner) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var at = Stopwatch.GetTimestamp();
            using var stream = new MemoryStream(buffer.ToArray());
            // Headers only: the subject names the filing; the bodies are not needed for timing.
            var headers = HeaderList.Load(stream, cancellationToken);
            var subject = headers[HeaderId.Subject] ?? "";   // unfolded and decoded (RFC 2047)
            owner._received.Enqueue(new Receipt(at, transaction.To.Count > 0 ? transaction.To[0].AsAddress() : "", subject));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}

using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using MimeKit;
using SmtpServer;
using SmtpServer.IO;
using SmtpServer.Mail;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Pelhrimov.NotificationsBench;

/// <summary>A message as the SMTP server received it: when (Stopwatch timestamp), to whom, the decoded subject.</summary>
public sealed record Receipt(long At, string To, string Subject);

/// <summary>A real SMTP server (the SmtpServer package, as in the tests) on a free loopback port of this process.</summary>
/// <remarks>
/// Its connections have Nagle's algorithm off, as a mail server's should: the package answers pipelined commands (MAIL
/// FROM, RCPT TO, DATA) with one small write each, and with Nagle on, the second answer waits for the client's delayed ACK
/// (40 ms on Linux), capping any client at about 22 messages a second per connection whatever it does (ADR 0053; Postfix
/// sends pipelined answers in one write). <c>BENCH_SMTP_NAGLE=1</c> keeps the package's own listener, to reproduce that.
/// </remarks>
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
        if (Environment.GetEnvironmentVariable("BENCH_SMTP_NAGLE") != "1")
        {
            services.Add(new NoDelayListeners());
        }
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

    private sealed class NoDelayListeners : IEndpointListenerFactory
    {
        public IEndpointListener CreateListener(IEndpointDefinition endpointDefinition)
        {
            var listener = new TcpListener(endpointDefinition.Endpoint);
            listener.Start();
            return new NoDelayListener(listener);
        }
    }

    private sealed class NoDelayListener(TcpListener listener) : IEndpointListener
    {
        public async Task<ISecurableDuplexPipe> GetPipeAsync(ISessionContext context, CancellationToken cancellationToken)
        {
            var client = await listener.AcceptTcpClientAsync(cancellationToken);
            client.NoDelay = true;
            return new PlainPipe(client);
        }

        public void Dispose() => listener.Stop();
    }

    private sealed class PlainPipe(TcpClient client) : ISecurableDuplexPipe
    {
        private readonly NetworkStream _stream = client.GetStream();
        private PipeReader? _input;
        private PipeWriter? _output;

        public PipeReader Input => _input ??= PipeReader.Create(_stream);

        public PipeWriter Output => _output ??= PipeWriter.Create(_stream);

        public bool IsSecure => false;

        public SslProtocols SslProtocol => SslProtocols.None;

        public Task UpgradeAsync(X509Certificate certificate, SslProtocols protocols, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The bench's SMTP server speaks plain SMTP only.");

        public void Dispose() => client.Dispose();
    }
}

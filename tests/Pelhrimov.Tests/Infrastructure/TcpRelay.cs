using System.Net;
using System.Net.Sockets;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>
/// A loopback TCP relay to a server (PostgreSQL, SMTP) that a test can cut and restore: cut, it closes every relayed
/// connection and refuses new ones, as a stopped or unreachable server does (with <c>reset</c>, as a machine or network
/// going away does: no orderly close); restored, it relays again on the same port.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _connections = [];
    private TcpListener? _listener;
    private CancellationTokenSource _running = new();

    /// <param name="target">The server's endpoint.</param>
    /// <param name="port">The loopback port to relay from; 0 for a free one.</param>
    /// <param name="listening">False to start cut (the port is known, connections are refused until <see cref="Restore"/>).</param>
    public TcpRelay(IPEndPoint target, int port = 0, bool listening = true)
    {
        _target = target;
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync(_listener, _running.Token);
        if (!listening)
        {
            Cut();
        }
    }

    public int Port { get; }

    /// <summary>Whether it relays (not cut).</summary>
    public bool IsListening => _listener is not null;

    /// <summary>Closes every relayed connection and stops listening: new connections are refused.</summary>
    /// <param name="reset">Close with a reset (RST) rather than in order, as a machine going away does.</param>
    public void Cut(bool reset = false)
    {
        _listener?.Stop();
        _listener = null;
        // The connections first, so that a reset is what their peers see (the relaying tasks, once cancelled, would close
        // their sockets in order), then the tasks.
        lock (_connections)
        {
            foreach (var connection in _connections)
            {
                if (reset)
                {
                    Reset(connection);
                }
                connection.Dispose();
            }
            _connections.Clear();
        }
        _running.Cancel();
    }

    /// <summary>Listens on the same port again.</summary>
    public void Restore()
    {
        if (_listener is not null)
        {
            return;
        }
        _running = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptAsync(_listener, _running.Token);
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = RelayAsync(client, cancellationToken);
        }
    }

    private async Task RelayAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using var server = new TcpClient();
        lock (_connections)
        {
            _connections.Add(client);
            _connections.Add(server);
        }
        try
        {
            await server.ConnectAsync(_target, cancellationToken);
            var clientStream = client.GetStream();
            var serverStream = server.GetStream();
            await Task.WhenAny(clientStream.CopyToAsync(serverStream, cancellationToken), serverStream.CopyToAsync(clientStream, cancellationToken));
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The relay was cut or one side closed: both sides are closed below.
        }
        finally
        {
            client.Dispose();
            lock (_connections)
            {
                _connections.Remove(client);
                _connections.Remove(server);
            }
        }
    }

    private static void Reset(TcpClient connection)
    {
        try
        {
            if (connection.Client is { } socket)
            {
                socket.LingerState = new LingerOption(true, 0);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already closed.
        }
    }
}

using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Pelhrimov.Core.Mail;

/// <summary>One SMTP session (MailKit), kept open across batches by <see cref="KeptMailTransport"/>: connects on the first message.</summary>
public sealed class SmtpMailTransport(SmtpOptions options) : IMailTransport
{
    private readonly SmtpClient _client = new() { Timeout = (int)options.Timeout.TotalMilliseconds };

    public async Task SendAsync(OutgoingMail row, MimeMessage message, CancellationToken cancellationToken)
    {
        if (!_client.IsConnected)
        {
            await _client.ConnectAsync(options.Host!, options.Port, SocketOptions(options.Security), cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await _client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
            }
        }
        await _client.SendAsync(message, cancellationToken);
    }

    /// <summary>True when the server refused this message for good (5xx to the sender, a recipient or the data).</summary>
    public static bool IsPermanent(Exception exception) =>
        exception is SmtpCommandException { ErrorCode: not SmtpErrorCode.UnexpectedStatusCode } command
        && (int)command.StatusCode is >= 500 and < 600;

    /// <summary>True when the failure concerns this message only, so the rest of the batch may still go over the session.</summary>
    public static bool ConcernsMessageOnly(Exception exception) =>
        exception is SmtpCommandException { ErrorCode: not SmtpErrorCode.UnexpectedStatusCode };

    /// <summary>What went wrong, for the admin list: the SMTP reply code when the server gave one.</summary>
    public static string Describe(Exception exception) => exception is SmtpCommandException command
        ? $"SMTP {(int)command.StatusCode} ({command.ErrorCode}): {command.Message}"
        : $"{exception.GetType().Name}: {exception.Message}";

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected)
            {
                using var quit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _client.DisconnectAsync(quit: true, quit.Token);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SmtpProtocolException)
        {
            // The messages are sent; a server that drops the connection before QUIT changes nothing.
        }
        finally
        {
            _client.Dispose();
        }
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}

using Microsoft.Extensions.Logging;

namespace Pelhrimov.Notifications.Sending;

/// <summary>Sends a text message. The portal ships only <see cref="LoggingSmsGateway"/>; a town that buys a gateway registers its own.</summary>
public interface ISmsGateway
{
    /// <summary>Hands the message to the gateway; throws when the gateway refuses it.</summary>
    Task SendAsync(string phoneNumber, string text, CancellationToken cancellationToken);
}

/// <summary>Writes each SMS to the log instead of sending it (no gateway is contracted yet).</summary>
public sealed partial class LoggingSmsGateway(ILogger<LoggingSmsGateway> logger) : ISmsGateway
{
    public Task SendAsync(string phoneNumber, string text, CancellationToken cancellationToken)
    {
        Log(logger, phoneNumber, text.Length, text);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS for {PhoneNumber} ({Length} characters), not sent (no SMS gateway configured): {Text}")]
    private static partial void Log(ILogger logger, string phoneNumber, int length, string text);
}

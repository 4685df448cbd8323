using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Core.Mail;

/// <summary>Wakes this node's delivery worker when a message was queued (and its transaction committed).</summary>
public sealed class MailDeliverySignal : WakeUpSignal;

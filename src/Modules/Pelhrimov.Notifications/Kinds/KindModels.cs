namespace Pelhrimov.Notifications.Kinds;

/// <summary>Who a message is for, as templates see it (<c>recipient.name</c>).</summary>
public sealed record RecipientModel(string? Name);

/// <summary>The town, as templates see it (<c>town.name</c>, <c>town.url</c>).</summary>
public sealed record TownModel(string Name, string Url);

/// <summary><c>filing.status-changed</c>: a filing's status changed in the records system.</summary>
public sealed record FilingStatusChangedModel(string Reference, string FilingSubject, string OldStatus, string NewStatus, string? Note, string Url);

/// <summary><c>receivable.due-soon</c>: a receivable is due in a few days. Amount and date are already formatted in Czech.</summary>
public sealed record ReceivableDueSoonModel(string Title, string Amount, string DueDate, string VariableSymbol, string Url);

/// <summary><c>form.submitted</c>: a smart form was submitted.</summary>
public sealed record FormSubmittedModel(string FormTitle, string Reference, string SubmittedAt, string Url);

/// <summary><c>watchdog.reminder</c>: an event the citizen watches is near.</summary>
public sealed record WatchdogReminderModel(string Title, string Date, int DaysLeft, string Url);

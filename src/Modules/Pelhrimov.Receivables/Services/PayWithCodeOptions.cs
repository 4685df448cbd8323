namespace Pelhrimov.Receivables.Services;

/// <summary>
/// Limits of <c>/zaplatit</c> (section <c>Receivables:PayWithCode</c>): attempts per client address and failed attempts
/// per variable symbol, so that a code can be guessed neither from one address nor from many. ADR 0033.
/// </summary>
public sealed class PayWithCodeOptions
{
    public const string Section = "Receivables:PayWithCode";

    /// <summary>Form submissions allowed from one client address per minute, right or wrong.</summary>
    public int AttemptsPerMinutePerAddress { get; set; } = 10;

    /// <summary>Wrong codes allowed for one variable symbol, from all addresses together, per <see cref="FailureWindow"/>.</summary>
    public int FailuresPerVariableSymbol { get; set; } = 10;

    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromHours(1);
}

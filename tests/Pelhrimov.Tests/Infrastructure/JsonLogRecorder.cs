using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Observability;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>
/// Writes every log entry an app lets through as the production console does, through the portal's JSON formatter, and
/// keeps the lines: for tests about what the log carries. Add it with <c>s.AddSingleton&lt;ILoggerProvider&gt;(recorder)</c>.
/// </summary>
public sealed class JsonLogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TraceJsonConsoleFormatter _formatter = new(new FixedOptions(new JsonConsoleFormatterOptions
    {
        UseUtcTimestamp = true,
        TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ",
    }));

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, JsonLogRecorder recorder) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            using var writer = new StringWriter();
            recorder._formatter.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter), null, writer);
            recorder._lines.Enqueue(writer.ToString());
        }
    }

    private sealed class FixedOptions(JsonConsoleFormatterOptions value) : IOptionsMonitor<JsonConsoleFormatterOptions>
    {
        public JsonConsoleFormatterOptions CurrentValue => value;

        public JsonConsoleFormatterOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<JsonConsoleFormatterOptions, string?> listener) => null;
    }
}

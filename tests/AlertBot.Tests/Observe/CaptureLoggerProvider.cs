using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace AlertBot.Tests.Observe;

/// <summary>
/// Records everything a log sink would write: the message, every structured value, every scope and the
/// exception's full text. Registered like any provider, so the app's token guard wraps it as it wraps the console.
/// </summary>
internal sealed class CaptureLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<string> Lines => [.. _lines];

    public string Text => string.Join('\n', _lines);

    public ILogger CreateLogger(string categoryName) => new CaptureLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class CaptureLogger(CaptureLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new StringBuilder().Append(logLevel).Append(' ').Append(category).Append('[').Append(eventId.Id).Append("] ")
                .Append(formatter(state, exception));
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                    line.Append(" |").Append(key).Append('=').Append(value);
            }

            owner._scopes.ForEachScope(
                (scope, sb) =>
                {
                    sb.Append(" => ").Append(scope);
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, value) in pairs)
                            sb.Append(" |").Append(key).Append('=').Append(value);
                    }
                },
                line);
            if (exception is not null)
                line.Append('\n').Append(exception);
            owner._lines.Enqueue(line.ToString());
        }
    }
}

using System.Collections;
using AlertBot.Core.Observe;

namespace AlertBot.Observe;

/// <summary>
/// Wraps a logger provider so that nothing it writes can carry a bot token: the formatted message, every
/// structured value, every scope value and the exception text pass <see cref="Secrets.Redact"/> first.
/// </summary>
/// <remarks>
/// Microsoft.Extensions.Compliance.Redaction redacts parameters that are classified up front; a token turns up
/// where nobody classified anything (an exception message, a URL inside an error, an article headline), so
/// this guard looks at the text itself, at the one place every log line passes.
/// </remarks>
/// <remarks>
/// Per-provider filter sections (<c>Logging:Console:LogLevel</c>) match the provider's type, which is now this
/// wrapper's: use <c>Logging:LogLevel</c>, which applies to every provider.
/// </remarks>
internal class RedactingLoggerProvider(ILoggerProvider inner) : ILoggerProvider
{
    public ILoggerProvider Inner => inner;

    /// <summary>A guard around <paramref name="inner"/> that takes part in external scopes exactly when it does.</summary>
    public static RedactingLoggerProvider Wrap(ILoggerProvider inner) =>
        inner is ISupportExternalScope scoped ? new Scoped(inner, scoped) : new RedactingLoggerProvider(inner);

    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void Dispose()
    {
        inner.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Replaces every <see cref="ILoggerProvider"/> registered so far with a redacting wrapper around it.</summary>
    public static void DecorateAll(IServiceCollection services)
    {
        for (var i = 0; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType != typeof(ILoggerProvider) || descriptor.IsKeyedService)
                continue;
            services[i] = ServiceDescriptor.Singleton<ILoggerProvider>(sp => Wrap(Create(sp, descriptor)));
        }
    }

    private static ILoggerProvider Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        (ILoggerProvider)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));

    internal static object? RedactValue(object? value) => value switch
    {
        null or bool or int or long or double or decimal or DateTime or DateTimeOffset or TimeSpan or Guid or Enum => value,
        string s => Secrets.Redact(s),
        IEnumerable<KeyValuePair<string, object?>> pairs => RedactedState.From(pairs),
        // Anything else (a Uri, an exception, a record) is checked by its text; it stays as it is when clean.
        _ => value.ToString() is { } text && Secrets.Redact(text) is var redacted && !ReferenceEquals(redacted, text) ? redacted : value,
    };

    /// <summary>Scopes reach the inner provider through a scope provider that redacts them as they are read.</summary>
    private sealed class Scoped(ILoggerProvider inner, ISupportExternalScope scoped) : RedactingLoggerProvider(inner), ISupportExternalScope
    {
        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scoped.SetScopeProvider(new RedactingScopeProvider(scopeProvider));
    }

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(RedactValue(state) ?? state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
                return;
            var message = Secrets.Redact(formatter(state, exception));
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            inner.Log(logLevel, eventId, RedactedState.From(values, message), exception is null ? null : new RedactedException(exception), static (s, _) => s.Message);
        }
    }

    /// <summary>The structured values of a line or a scope, redacted; formats as the redacted message.</summary>
    private sealed class RedactedState(List<KeyValuePair<string, object?>> values, string message) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public string Message => message;

        public int Count => values.Count;

        public KeyValuePair<string, object?> this[int index] => values[index];

        public static RedactedState From(IEnumerable<KeyValuePair<string, object?>> pairs, string? message = null)
        {
            var list = new List<KeyValuePair<string, object?>>();
            foreach (var pair in pairs)
            {
                // {OriginalFormat} is the template from the source code, not data: it stays as written.
                list.Add(pair.Key == "{OriginalFormat}" ? pair : new(pair.Key, RedactValue(pair.Value)));
            }

            return new RedactedState(list, message ?? Secrets.Redact(pairs.ToString() ?? ""));
        }

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => message;
    }

    private sealed class RedactingScopeProvider(IExternalScopeProvider inner) : IExternalScopeProvider
    {
        public void ForEachScope<TState>(Action<object?, TState> callback, TState state) =>
            inner.ForEachScope((scope, s) => callback(RedactValue(scope), s), state);

        public IDisposable Push(object? state) => inner.Push(state);
    }
}

/// <summary>Stands in for an exception in a log line: same type name and stack, token-free text.</summary>
#pragma warning disable CA1032, CA1064 // Never thrown or constructed elsewhere: it only carries text to a log formatter.
internal sealed class RedactedException(Exception original) : Exception(Secrets.Redact(original.Message))
#pragma warning restore CA1032, CA1064
{
    public Exception Original => original;

    public override string? StackTrace => original.StackTrace;

    public override string ToString() => Secrets.Redact(original.ToString());
}

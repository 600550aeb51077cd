namespace AlertBot;

/// <summary>Scopes: the ids every line inside a unit of work carries (shown with <c>IncludeScopes</c>, fields in JSON).</summary>
internal static partial class Log
{
    private static readonly Func<ILogger, string, string, IDisposable?> IngestScopeFormat =
        LoggerMessage.DefineScope<string, string>("Ingest {Source} '{SourceName}'");

    /// <summary>Around one source document's way through the pipeline.</summary>
    public static IDisposable? IngestScope(ILogger logger, string source, string sourceName) => IngestScopeFormat(logger, source, sourceName);

    [LoggerMessage(EventId = 1901, EventName = "GaugeReadFailed", Level = LogLevel.Warning, Message = "Reading the outbox and chat counts for the metrics failed; the last numbers stay")]
    public static partial void GaugeReadFailed(ILogger logger, Exception exception);
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ClaimsFn.Tests.Support;

/// <summary>Keeps every log line (message, scope values and exception text) that a host writes, for PHI checks.</summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> lines = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopeText = new List<string>();
            owner.scopes.ForEachScope((scope, list) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object>> pairs) list.AddRange(pairs.Select(p => $"{p.Key}={p.Value}"));
                else list.Add(scope?.ToString() ?? "");
            }, scopeText);
            if (state is IEnumerable<KeyValuePair<string, object?>> values) scopeText.AddRange(values.Select(v => $"{v.Key}={v.Value}"));
            owner.lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} | {string.Join(" ", scopeText)} {exception}");
        }
    }
}

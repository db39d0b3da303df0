using Microsoft.Extensions.Logging;

namespace ClaimsFn.Core.Scrubbing.PayerRules;

/// <summary>
/// Payer rules kept in step with where billing staff edit them (a file, a blob): at most once per refresh interval
/// <see cref="ReadIfChanged"/> is asked for the rules if their source changed since the last read. A change that does
/// not parse, or a read error the source calls transient, is not applied: the last good rules stay in force and
/// <see cref="LastError"/> says why. Thread-safe. One implementation, so that the file and the blob cannot differ in
/// when they re-read or what they keep on a bad change.
/// </summary>
public abstract class ReloadingPayerRuleSource : IPayerRuleSource
{
    private readonly TimeProvider time;
    private readonly TimeSpan refreshInterval;
    private readonly ILogger? logger;
    private readonly Lock gate = new();
    private volatile PayerRuleBook book = null!; // set by Start, before any read
    private long nextCheckTicks;

    protected ReloadingPayerRuleSource(TimeProvider time, TimeSpan refreshInterval, ILogger? logger)
    {
        this.time = time;
        this.refreshInterval = refreshInterval;
        this.logger = logger;
    }

    /// <summary>Why the last change was not applied; null when the rules in force are the source's.</summary>
    public string? LastError { get; private set; }

    public PayerRuleBook Current
    {
        get
        {
            if (time.GetUtcNow().UtcTicks >= Volatile.Read(ref nextCheckTicks)) Refresh();
            return book;
        }
    }

    /// <summary>Where the rules come from, for logs (a file name, a container/blob name; never content).</summary>
    protected abstract string SourceName { get; }

    /// <summary>The rules if the source changed since the last read (parsed; <see cref="InvalidDataException"/> when they do not parse), else null.</summary>
    protected abstract PayerRuleBook? ReadIfChanged();

    /// <summary>Whether a read error leaves the last good rules in force (true) or is a defect to surface (false).</summary>
    protected abstract bool IsTransient(Exception error);

    /// <summary>Called by the subclass's constructor once it has read the rules it starts with.</summary>
    protected void Start(PayerRuleBook initial)
    {
        book = initial;
        nextCheckTicks = (time.GetUtcNow() + refreshInterval).UtcTicks;
    }

    private void Refresh()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (now.UtcTicks < nextCheckTicks) return;
            Volatile.Write(ref nextCheckTicks, (now + refreshInterval).UtcTicks);
            try
            {
                if (ReadIfChanged() is not { } changed) return;
                book = changed;
                LastError = null;
                logger?.LogInformation("Payer rules reloaded from {Source}: {PayerCount} payers", SourceName, changed.Payers.Count);
            }
            catch (Exception ex) when (ex is InvalidDataException || IsTransient(ex))
            {
                // Once per change is enough: the same broken source is not reported again at every interval.
                if (LastError != ex.Message) logger?.LogWarning("Payer rules change in {Source} not applied; the previous rules stay in force: {Reason}", SourceName, ex.Message);
                LastError = ex.Message;
            }
        }
    }
}

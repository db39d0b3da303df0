using Microsoft.Extensions.Logging;

namespace ClaimsFn.Core.Scrubbing.PayerRules;

/// <summary>
/// Payer rules read from a file (<c>ClaimsFn:PayerRulesPath</c>) and re-read when it changes: at most once
/// per refresh interval the file's last-write time and length are compared with those of the last read,
/// and a changed file is parsed again. A change that does not parse is not applied: the last good rules
/// stay in force and <see cref="LastError"/> says why. Thread-safe.
/// </summary>
public sealed class FilePayerRuleSource : IPayerRuleSource
{
    private readonly string path;
    private readonly TimeProvider time;
    private readonly TimeSpan refreshInterval;
    private readonly ILogger? logger;
    private readonly Lock gate = new();
    private volatile PayerRuleBook book;
    private long nextCheckTicks;
    private (DateTime WrittenUtc, long Length) readStamp;

    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file does not parse; a configured rules file must be valid at start.</exception>
    public FilePayerRuleSource(string path, TimeProvider time, TimeSpan refreshInterval, ILogger? logger = null)
    {
        this.logger = logger;
        if (!File.Exists(path)) throw new FileNotFoundException("The configured payer rules file does not exist (ClaimsFn:PayerRulesPath).");
        this.path = path;
        this.time = time;
        this.refreshInterval = refreshInterval;
        readStamp = Stamp();
        book = PayerRuleBook.Parse(File.ReadAllText(path), Path.GetFileName(path));
        nextCheckTicks = (time.GetUtcNow() + refreshInterval).UtcTicks;
    }

    /// <summary>Why the last change to the file was not applied; null when the file in force is the file on disk.</summary>
    public string? LastError { get; private set; }

    public PayerRuleBook Current
    {
        get
        {
            if (time.GetUtcNow().UtcTicks >= Volatile.Read(ref nextCheckTicks)) Refresh();
            return book;
        }
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
                var stamp = Stamp();
                if (stamp == readStamp) return;
                var text = File.ReadAllText(path);
                book = PayerRuleBook.Parse(text, Path.GetFileName(path));
                readStamp = stamp;
                LastError = null;
                logger?.LogInformation("Payer rules reloaded from {File}: {PayerCount} payers", Path.GetFileName(path), book.Payers.Count);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                // Once per change is enough: the same broken file is not reported again at every interval.
                if (LastError != ex.Message) logger?.LogWarning("Payer rules change in {File} not applied; the previous rules stay in force: {Reason}", Path.GetFileName(path), ex.Message);
                LastError = ex.Message;
            }
        }
    }

    private (DateTime, long) Stamp()
    {
        var info = new FileInfo(path);
        return (info.LastWriteTimeUtc, info.Exists ? info.Length : -1);
    }
}

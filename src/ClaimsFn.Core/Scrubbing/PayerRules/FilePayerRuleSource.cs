using Microsoft.Extensions.Logging;

namespace ClaimsFn.Core.Scrubbing.PayerRules;

/// <summary>
/// Payer rules read from a file (<c>ClaimsFn:PayerRulesPath</c>) and re-read when it changes: at most once
/// per refresh interval the file's last-write time and length are compared with those of the last read,
/// and a changed file is parsed again. A change that does not parse is not applied: the last good rules
/// stay in force and <see cref="LastError"/> says why. Thread-safe.
/// </summary>
public sealed class FilePayerRuleSource : ReloadingPayerRuleSource
{
    private readonly string path;
    private (DateTime WrittenUtc, long Length) readStamp;

    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file does not parse; a configured rules file must be valid at start.</exception>
    public FilePayerRuleSource(string path, TimeProvider time, TimeSpan refreshInterval, ILogger? logger = null)
        : base(time, refreshInterval, logger)
    {
        if (!File.Exists(path)) throw new FileNotFoundException("The configured payer rules file does not exist (ClaimsFn:PayerRulesPath).");
        this.path = path;
        readStamp = Stamp();
        Start(PayerRuleBook.Parse(File.ReadAllText(path), Path.GetFileName(path)));
    }

    protected override string SourceName => Path.GetFileName(path);

    protected override PayerRuleBook? ReadIfChanged()
    {
        var stamp = Stamp();
        if (stamp == readStamp) return null;
        var book = PayerRuleBook.Parse(File.ReadAllText(path), Path.GetFileName(path));
        readStamp = stamp;
        return book;
    }

    protected override bool IsTransient(Exception error) => error is IOException or UnauthorizedAccessException;

    private (DateTime, long) Stamp()
    {
        var info = new FileInfo(path);
        return (info.LastWriteTimeUtc, info.Exists ? info.Length : -1);
    }
}

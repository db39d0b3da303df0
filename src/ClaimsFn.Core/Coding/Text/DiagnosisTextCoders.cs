using System.Collections.Concurrent;

namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// A text coder per loaded fiscal year, built on first use (about a second and a few tens of MB each with
/// the Alphabetic Index) and kept for the life of the process. The index, when configured, is shared by
/// every year: index paths whose codes a year lacks are skipped for that year.
/// </summary>
public sealed class DiagnosisTextCoders(CodeSetCatalog catalog, IReadOnlyList<AlphabeticIndexEntry>? alphabeticIndex, double autoCodeThreshold = DiagnosisTextCoder.DefaultAutoCodeThreshold)
{
    private readonly ConcurrentDictionary<int, Lazy<DiagnosisTextCoder?>> coders = new();

    public CodeSetCatalog Catalog { get; } = catalog;

    public double AutoCodeThreshold { get; } = autoCodeThreshold;

    public bool HasAlphabeticIndex => alphabeticIndex is { Count: > 0 };

    public DiagnosisTextCoder? ForDateOfService(DateOnly dateOfService) => ForFiscalYear(FiscalYear.Of(dateOfService));

    public DiagnosisTextCoder? ForFiscalYear(int year) =>
        coders.GetOrAdd(year, y => new Lazy<DiagnosisTextCoder?>(() =>
            Catalog.ForFiscalYear(y) is { } set ? new DiagnosisTextCoder(set, alphabeticIndex, AutoCodeThreshold) : null)).Value;

    /// <summary>Loads the index from <paramref name="indexPath"/> when one is configured; titles alone otherwise.</summary>
    public static DiagnosisTextCoders Load(CodeSetCatalog catalog, string? indexPath, double autoCodeThreshold = DiagnosisTextCoder.DefaultAutoCodeThreshold) =>
        new(catalog, string.IsNullOrWhiteSpace(indexPath) ? null : AlphabeticIndexReader.ReadFile(indexPath), autoCodeThreshold);
}

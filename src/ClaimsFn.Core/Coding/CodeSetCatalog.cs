using System.Text.RegularExpressions;

namespace ClaimsFn.Core.Coding;

/// <summary>
/// The ICD-10-CM code sets a process knows, by fiscal year. The date of service picks the year, never "now".
/// Loaded once per process: from a folder of CDC order files when one is configured, else from the
/// small starter subset embedded in this assembly (a demo aid, clearly not the full code set).
/// </summary>
public sealed partial class CodeSetCatalog
{
    private readonly Dictionary<int, IcdCodeSet> byYear;

    public CodeSetCatalog(IEnumerable<IcdCodeSet> codeSets) => byYear = codeSets.ToDictionary(s => s.FiscalYear);

    public IReadOnlyCollection<IcdCodeSet> CodeSets => byYear.Values;

    /// <summary>True when the sets came from the embedded starter subset rather than official files.</summary>
    public bool IsStarterSubset { get; private init; }

    public IcdCodeSet? ForDateOfService(DateOnly dateOfService) =>
        byYear.GetValueOrDefault(FiscalYear.Of(dateOfService));

    /// <summary>The code set of fiscal year <paramref name="year"/>, or null when it is not loaded.</summary>
    public IcdCodeSet? ForFiscalYear(int year) => byYear.GetValueOrDefault(year);

    /// <summary>The codes added, deleted, turned into headers or retitled from one loaded year to another.</summary>
    /// <exception cref="InvalidOperationException">Either year is not loaded.</exception>
    public CodeSetChanges Changes(int fromYear, int toYear) =>
        CodeSetChanges.Compare(
            ForFiscalYear(fromYear) ?? throw new InvalidOperationException($"No ICD-10-CM code set for FY{fromYear} is loaded."),
            ForFiscalYear(toYear) ?? throw new InvalidOperationException($"No ICD-10-CM code set for FY{toYear} is loaded."));

    /// <summary>Loads every <c>icd10cm-order-YYYY.txt</c> (or <c>.txt.gz</c>) in a folder, searched recursively.</summary>
    public static CodeSetCatalog LoadFolder(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException("The configured ICD-10-CM code-set folder does not exist (ClaimsFn:CodeSetsPath).");
        var sets = new List<IcdCodeSet>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var match = OrderFileName().Match(Path.GetFileName(path));
            if (!match.Success) continue;
            var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
            sets.Add(new IcdCodeSet(year, IcdOrderFileReader.ReadFile(path), Path.GetFileName(path)));
        }
        if (sets.Count == 0) throw new InvalidDataException("No ICD-10-CM order file (icd10cm-order-YYYY.txt) was found in the configured code-set folder.");
        return new CodeSetCatalog(sets);
    }

    /// <summary>The embedded starter subset: a few hundred codes for the demo, per FY2025, FY2026 and FY2027.</summary>
    public static CodeSetCatalog LoadStarterSubset()
    {
        var assembly = typeof(CodeSetCatalog).Assembly;
        var sets = new List<IcdCodeSet>();
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            var match = OrderFileName().Match(name);
            if (!match.Success) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
            sets.Add(new IcdCodeSet(year, IcdOrderFileReader.Read(stream).ToList(), $"starter subset FY{year} (not the full code set)"));
        }
        return new CodeSetCatalog(sets) { IsStarterSubset = true };
    }

    /// <summary>The folder when configured, else the starter subset.</summary>
    public static CodeSetCatalog Load(string? folder) =>
        string.IsNullOrWhiteSpace(folder) ? LoadStarterSubset() : LoadFolder(folder);

    [GeneratedRegex(@"icd10cm[-_]order[-_](?<year>\d{4})(-starter)?\.txt(\.gz)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OrderFileName();
}

using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Coding.Text;

namespace ClaimsFn.Tests.Coding;

/// <summary>The shared reference data (<c>../shared/data</c> beside the repository root), loaded once per test run.</summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ClaimsFn.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No directory above {AppContext.BaseDirectory} contains ClaimsFn.sln.");
    });

    private static readonly Lazy<IcdCodeSet> Fy2026 = new(() => Load(2026));
    private static readonly Lazy<IcdCodeSet> Fy2025 = new(() => Load(2025));
    private static readonly Lazy<IcdCodeSet> Fy2027 = new(() => Load(2027));
    private static readonly Lazy<IReadOnlyList<AlphabeticIndexEntry>> AlphabeticIndex = new(() => AlphabeticIndexReader.ReadFile(IndexCsv));
    private static readonly Lazy<DiagnosisTextCoder> Coder2026 = new(() => new DiagnosisTextCoder(Fy2026.Value, AlphabeticIndex.Value));

    public static string RepoRoot => Root.Value;

    public static string Folder => Path.GetFullPath(Path.Combine(Root.Value, "..", "shared", "data"));

    public static string IndexCsv => Path.Combine(Folder, "icd10cm", "fy2025-derived-csv", "ICD10CM_2025_Index.csv");

    public static string HcpcsCsv => Path.Combine(Folder, "hcpcs", "tuva_hcpcs_level_2_2022.csv");

    public static string OrderFile(int year) => Path.Combine(Folder, "icd10cm", $"fy{year}-order", $"icd10cm-order-{year}.txt.gz");

    public static IcdCodeSet CodeSet2026 => Fy2026.Value;

    public static IcdCodeSet CodeSet2025 => Fy2025.Value;

    public static IcdCodeSet CodeSet2027 => Fy2027.Value;

    /// <summary>FY2026 with the Alphabetic Index: what production runs with when both are configured.</summary>
    public static DiagnosisTextCoder TextCoder2026 => Coder2026.Value;

    private static IcdCodeSet Load(int year) => new(year, IcdOrderFileReader.ReadFile(OrderFile(year)).ToList(), $"icd10cm-order-{year}");
}

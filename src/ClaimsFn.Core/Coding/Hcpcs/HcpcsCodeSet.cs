using ClaimsFn.Core.Coding.ReferenceFiles;

namespace ClaimsFn.Core.Coding.Hcpcs;

/// <summary>
/// The HCPCS Level II codes and modifiers a user imported (<c>ClaimsFn:HcpcsPath</c>), read from the CMS
/// alpha-numeric HCPCS file saved as CSV: a header row naming the columns (<c>HCPC</c> or <c>HCPCS</c>,
/// <c>RECID</c>, optionally <c>ADD_DT</c> and <c>TERM_DT</c> as YYYYMMDD), record id 3 for codes and 7 for
/// modifiers; continuation rows (4, 8) are ignored. CPT (Level I) codes are AMA-licensed and not in this file.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class HcpcsCodeSet
{
    private readonly Dictionary<string, HcpcsEntry> codes;
    private readonly Dictionary<string, HcpcsEntry> modifiers;

    public HcpcsCodeSet(IEnumerable<HcpcsEntry> codes, IEnumerable<HcpcsEntry> modifiers, string label)
    {
        this.codes = codes.ToDictionary(e => e.Code, StringComparer.OrdinalIgnoreCase);
        this.modifiers = modifiers.ToDictionary(e => e.Code, StringComparer.OrdinalIgnoreCase);
        Label = label;
    }

    /// <summary>Where the set came from (the file name), for messages and logs.</summary>
    public string Label { get; }

    public int CodeCount => codes.Count;

    public int ModifierCount => modifiers.Count;

    public bool TryGetCode(string code, out HcpcsEntry entry) => codes.TryGetValue(code.Trim(), out entry!);

    public bool TryGetModifier(string modifier, out HcpcsEntry entry) => modifiers.TryGetValue(modifier.Trim(), out entry!);

    /// <summary>Whether the file lists the code (on any date; <see cref="TryGetCode"/> gives its dates).</summary>
    public bool ContainsCode(string code) => codes.ContainsKey(code.Trim());

    /// <summary>Whether the file lists the modifier (on any date).</summary>
    public bool ContainsModifier(string modifier) => modifiers.ContainsKey(modifier.Trim());

    /// <summary>Reads one CSV text (e.g. a file <c>claims import-codesets</c> checks before copying it).</summary>
    /// <exception cref="InvalidDataException">No HCPCS header or no code row was found.</exception>
    public static HcpcsCodeSet Read(TextReader reader, string label)
    {
        var codes = new Dictionary<string, HcpcsEntry>(StringComparer.OrdinalIgnoreCase);
        var modifiers = new Dictionary<string, HcpcsEntry>(StringComparer.OrdinalIgnoreCase);
        HcpcsFileReader.Read(reader, codes, modifiers);
        if (codes.Count == 0) throw new InvalidDataException("The HCPCS file holds no HCPCS code row (record id 3).");
        return new HcpcsCodeSet(codes.Values, modifiers.Values, label);
    }

    /// <summary>Loads a file, or every .csv/.txt (plain, .gz or .zip) in a folder.</summary>
    /// <exception cref="FileNotFoundException">The configured path does not exist.</exception>
    /// <exception cref="InvalidDataException">No HCPCS header or no code row was found.</exception>
    public static HcpcsCodeSet Load(string path)
    {
        IEnumerable<string> files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => ReferenceFileReader.IsReadable(Path.GetFileName(f))).Order(StringComparer.Ordinal)
            : File.Exists(path) ? [path] : throw new FileNotFoundException("The configured HCPCS file does not exist (ClaimsFn:HcpcsPath).");
        var codes = new Dictionary<string, HcpcsEntry>(StringComparer.OrdinalIgnoreCase);
        var modifiers = new Dictionary<string, HcpcsEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
            foreach (var (_, reader) in ReferenceFileReader.Open(file))
                HcpcsFileReader.Read(reader, codes, modifiers);
        if (codes.Count == 0) throw new InvalidDataException("The configured HCPCS file (ClaimsFn:HcpcsPath) holds no HCPCS code row (record id 3).");
        return new HcpcsCodeSet(codes.Values, modifiers.Values, Directory.Exists(path) ? Path.GetFileName(Path.TrimEndingDirectorySeparator(path)) : Path.GetFileName(path));
    }
}

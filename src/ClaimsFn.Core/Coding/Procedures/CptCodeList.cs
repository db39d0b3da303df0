using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Coding.Procedures;

/// <summary>
/// The CPT codes a user is licensed to and supplied (CPT is © AMA, so ClaimsFn ships none): a text
/// file with one code per line; anything after the first space, tab or comma is ignored, as are
/// blank lines and lines starting with <c>#</c>.
/// </summary>
public sealed class CptCodeList
{
    private readonly HashSet<string> codes;

    public CptCodeList(IEnumerable<string> codes, string label)
    {
        this.codes = new HashSet<string>(codes, StringComparer.OrdinalIgnoreCase);
        Label = label;
    }

    public string Label { get; }

    public int Count => codes.Count;

    public bool Contains(string code) => codes.Contains(code.Trim());

    /// <exception cref="InvalidDataException">A line is not a CPT code in format.</exception>
    public static CptCodeList ReadFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException("The configured CPT list does not exist (ClaimsFn:CptPath).", path);
        var codes = new List<string>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line[0] == '#') continue;
            var end = line.IndexOfAny([' ', '\t', ',']);
            var code = end < 0 ? line : line[..end];
            if (!ProcedureCode.TryParse(code, out var parsed) || parsed.Kind == ProcedureCodeKind.HcpcsLevelII)
                throw new InvalidDataException($"CPT list line {lineNumber} is not a CPT code (five digits, or four digits + F or T).");
            codes.Add(parsed.Value);
        }
        return new CptCodeList(codes, Path.GetFileName(path));
    }
}

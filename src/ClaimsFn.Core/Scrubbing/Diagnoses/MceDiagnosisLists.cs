using System.Globalization;
using ClaimsFn.Core.Coding.ReferenceFiles;

namespace ClaimsFn.Core.Scrubbing.Diagnoses;

/// <summary>
/// The Medicare Code Editor diagnosis lists the age and manifestation edits read: CMS's own lists when the user
/// imports them (<c>ClaimsFn:MceListsPath</c>), else the embedded <see cref="Starter"/> (the cited ranges of
/// <see cref="DiagnosisLists"/>, a few per category: not the MCE). The sex edit keeps the starter lists: CMS
/// deactivated the MCE sex edits from 2024-10-01 and publishes no sex lists since.
/// </summary>
public sealed class MceDiagnosisLists
{
    private MceDiagnosisLists(IReadOnlyList<(AgeCategory Category, DiagnosisCodeList List)> byAge, DiagnosisCodeList? manifestation, DiagnosisCodeList? unacceptablePrincipal, string label)
    {
        ByAge = byAge;
        Manifestation = manifestation;
        UnacceptablePrincipal = unacceptablePrincipal;
        Label = label;
    }

    /// <summary>The embedded starter lists (ranges with their sources; docs/edits.md).</summary>
    public static MceDiagnosisLists Starter { get; } = new(DiagnosisLists.ByAge, null, null,
        "MCE diagnosis lists: embedded starter ranges (not the MCE; ClaimsFn:MceListsPath is not set)");

    /// <summary>The list of each age category.</summary>
    public IReadOnlyList<(AgeCategory Category, DiagnosisCodeList List)> ByAge { get; }

    /// <summary>MCE "manifestation code as principal diagnosis" codes; null when not imported (then code titles decide).</summary>
    public DiagnosisCodeList? Manifestation { get; }

    /// <summary>
    /// MCE "unacceptable principal diagnosis" codes, kept for reference and not used by an edit: the MCE is an
    /// inpatient editor, and on a professional claim many of these are the right first-listed code (O09 supervision
    /// of high-risk pregnancy at a prenatal visit, Z85/Z87 history codes at a follow-up).
    /// </summary>
    public DiagnosisCodeList? UnacceptablePrincipal { get; }

    /// <summary>What was loaded, for the startup log: counts and file names, never claim data.</summary>
    public string Label { get; }

    /// <summary>Reads a file or every .csv/.txt (plain, .gz, .zip) in a folder: CSV <c>edit,code[,short_description]</c> with a header row.</summary>
    /// <exception cref="FileNotFoundException">The configured path does not exist.</exception>
    /// <exception cref="InvalidDataException">No MCE age list row was found.</exception>
    public static MceDiagnosisLists Load(string path)
    {
        IEnumerable<string> files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => ReferenceFileReader.IsReadable(Path.GetFileName(f))).Order(StringComparer.Ordinal)
            : File.Exists(path) ? [path] : throw new FileNotFoundException("The configured MCE list file or folder does not exist (ClaimsFn:MceListsPath).");
        var lists = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var file in files)
        {
            foreach (var (name, reader) in ReferenceFileReader.Open(file))
            {
                var read = Read(reader, lists);
                if (read > 0) names.Add(name);
            }
        }
        List<string> Codes(string edit) => lists.GetValueOrDefault(edit) ?? [];
        var source = string.Join(", ", names);
        var byAge = new List<(AgeCategory, DiagnosisCodeList)>
        {
            (AgeCategory.Newborn, DiagnosisCodeList.FromCodes("newborn", $"MCE age edit, newborn list ({source})", Codes("age_newborn"))),
            (AgeCategory.Pediatric, DiagnosisCodeList.FromCodes("pediatric", $"MCE age edit, pediatric list ({source})", Codes("age_pediatric"))),
            (AgeCategory.Maternity, DiagnosisCodeList.FromCodes("maternity", $"MCE age edit, maternity list ({source})", Codes("age_maternity"))),
            (AgeCategory.Adult, DiagnosisCodeList.FromCodes("adult", $"MCE age edit, adult list ({source})", Codes("age_adult"))),
        };
        if (byAge.All(a => a.Item2.CodeCount == 0))
            throw new InvalidDataException("The configured MCE lists (ClaimsFn:MceListsPath) hold no age list row (edit age_newborn, age_pediatric, age_maternity or age_adult).");
        var manifestation = Codes("manifestation_not_pdx") is { Count: > 0 } m ? DiagnosisCodeList.FromCodes("manifestation", $"MCE manifestation list ({source})", m) : null;
        var unacceptable = Codes("unacceptable_pdx") is { Count: > 0 } u ? DiagnosisCodeList.FromCodes("unacceptable principal", $"MCE unacceptable principal list ({source})", u) : null;
        var label = string.Create(CultureInfo.InvariantCulture,
            $"MCE diagnosis lists: {source}: newborn {byAge[0].Item2.CodeCount:N0}, pediatric {byAge[1].Item2.CodeCount:N0}, maternity {byAge[2].Item2.CodeCount:N0}, adult {byAge[3].Item2.CodeCount:N0}, manifestation {manifestation?.CodeCount ?? 0:N0}, unacceptable principal {unacceptable?.CodeCount ?? 0:N0} (not applied to 837P)");
        return new MceDiagnosisLists(byAge, manifestation, unacceptable, label);
    }

    /// <summary>Adds the rows of one CSV to <paramref name="lists"/> (edit name → codes); returns the rows read.</summary>
    /// <exception cref="InvalidDataException">The first row does not name the edit and code columns.</exception>
    internal static int Read(TextReader reader, Dictionary<string, List<string>> lists)
    {
        int edit = -1, code = -1, rows = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var f = DelimitedLine.Split(line);
            if (edit < 0)
            {
                edit = Array.FindIndex(f, h => h.Trim().Equals("edit", StringComparison.OrdinalIgnoreCase));
                code = Array.FindIndex(f, h => h.Trim().Equals("code", StringComparison.OrdinalIgnoreCase));
                if (edit < 0 || code < 0) throw new InvalidDataException("An MCE list file's first row must name the columns edit and code.");
                continue;
            }
            if (f.Length <= Math.Max(edit, code) || f[code].Trim().Length < 3) continue;
            var name = f[edit].Trim();
            if (!lists.TryGetValue(name, out var list)) lists[name] = list = [];
            list.Add(f[code].Trim());
            rows++;
        }
        return rows;
    }
}

using System.Globalization;
using System.Reflection;

namespace ClaimsFn.Core.Scrubbing.ProcedureRules;

/// <summary>
/// Procedure rules that ship with ClaimsFn, each an embedded CSV beside this class with its source in the header
/// comment: add-on codes with their eligible primaries, minor procedures with their global days, the CPT modifier
/// values, CPT codes deleted in an annual update, the "always therapy" codes and procedures limited by age or sex. Loaded once; immutable and safe to share between threads.
/// </summary>
public sealed class ProcedureRuleSet
{
    private const string Prefix = "ClaimsFn.Core.Scrubbing.ProcedureRules.";
    private static readonly Lazy<ProcedureRuleSet> EmbeddedSet = new(LoadEmbedded);

    private readonly Dictionary<string, ProcedureCodeRange[]> addOnPrimaries;
    private readonly Dictionary<string, int> globalDays;
    private readonly HashSet<string> cptModifiers;
    private readonly Dictionary<string, DateOnly> deletedCpt;
    private readonly HashSet<string> alwaysTherapy;
    private readonly Dictionary<string, (int MinAge, int MaxAge, string? Sex)> ageSex;

    private ProcedureRuleSet(Dictionary<string, ProcedureCodeRange[]> addOnPrimaries, Dictionary<string, int> globalDays, HashSet<string> cptModifiers, Dictionary<string, DateOnly> deletedCpt, HashSet<string> alwaysTherapy,
        Dictionary<string, (int MinAge, int MaxAge, string? Sex)> ageSex)
    {
        this.ageSex = ageSex;
        this.alwaysTherapy = alwaysTherapy;
        this.addOnPrimaries = addOnPrimaries;
        this.globalDays = globalDays;
        this.cptModifiers = cptModifiers;
        this.deletedCpt = deletedCpt;
    }

    /// <summary>The rules embedded in this assembly.</summary>
    public static ProcedureRuleSet Embedded => EmbeddedSet.Value;

    public int AddOnCodeCount => addOnPrimaries.Count;

    public int MinorProcedureCount => globalDays.Count;

    /// <summary>The primaries an add-on code needs on the same claim; false when the code is not a listed add-on.</summary>
    public bool TryGetAddOnPrimaries(string code, out ProcedureCodeRange[] primaries) => addOnPrimaries.TryGetValue(code, out primaries!);

    /// <summary>Whether the code is a listed add-on code.</summary>
    public bool IsAddOn(string code) => addOnPrimaries.ContainsKey(code);

    /// <summary>The global days (0 or 10) of a listed minor procedure; false for any other code.</summary>
    public bool TryGetMinorProcedureGlobalDays(string code, out int days) => globalDays.TryGetValue(code, out days);

    /// <summary>Whether the (upper-case) modifier is a CPT modifier: two digits of CPT Appendix A, or a Category II modifier.</summary>
    public bool IsCptModifier(string modifier) => cptModifiers.Contains(modifier);

    /// <summary>The first date of service on which a deleted CPT code is invalid; false for any other code.</summary>
    public bool TryGetCptDeletion(string code, out DateOnly deletedOn) => deletedCpt.TryGetValue(code, out deletedOn);

    /// <summary>Whether the code is an "always therapy" service, which needs GP, GO or GN.</summary>
    public bool IsAlwaysTherapy(string code) => alwaysTherapy.Contains(code);

    /// <summary>The age band (whole years, inclusive) a procedure's descriptor sets; false when it sets none.</summary>
    public bool TryGetAgeBand(string code, out int minAge, out int maxAge)
    {
        if (ageSex.TryGetValue(code, out var rule) && (rule.MinAge > 0 || rule.MaxAge < int.MaxValue))
        {
            (minAge, maxAge) = (rule.MinAge, rule.MaxAge);
            return true;
        }
        (minAge, maxAge) = (0, int.MaxValue);
        return false;
    }

    /// <summary>The sex (F or M) a procedure's descriptor implies; null for any other code.</summary>
    public string? SexOf(string code) => ageSex.TryGetValue(code, out var rule) ? rule.Sex : null;

    private static ProcedureRuleSet LoadEmbedded()
    {
        var addOns = new Dictionary<string, ProcedureCodeRange[]>(StringComparer.Ordinal);
        foreach (var f in Rows("add-on-codes.csv"))
            addOns[f[0]] = [.. f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ProcedureCodeRange.Parse)];
        var global = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in Rows("minor-procedures.csv")) global[f[0]] = int.Parse(f[1], NumberStyles.None, CultureInfo.InvariantCulture);
        var modifiers = new HashSet<string>(Rows("cpt-modifiers.csv").Select(f => f[0]), StringComparer.Ordinal);
        var deleted = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var f in Rows("deleted-cpt-codes.csv")) deleted[f[0]] = DateOnly.ParseExact(f[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var therapy = new HashSet<string>(Rows("always-therapy-codes.csv").Select(f => f[0]), StringComparer.Ordinal);
        // Ranges expanded to their codes once, so the edits look a code up in one step.
        var ageSex = new Dictionary<string, (int, int, string?)>(StringComparer.Ordinal);
        foreach (var f in Rows("procedure-age-sex.csv"))
        {
            var rule = (
                f[1].Length == 0 ? 0 : int.Parse(f[1], NumberStyles.None, CultureInfo.InvariantCulture),
                f[2].Length == 0 ? int.MaxValue : int.Parse(f[2], NumberStyles.None, CultureInfo.InvariantCulture),
                f[3].Length == 0 ? null : f[3]);
            foreach (var code in ProcedureCodeRange.Parse(f[0]).Codes()) ageSex[code] = rule;
        }
        return new ProcedureRuleSet(addOns, global, modifiers, deleted, therapy, ageSex);
    }

    /// <summary>The data rows of an embedded CSV: '#' comment lines and the header row skipped, fields trimmed and upper-cased.</summary>
    private static IEnumerable<string[]> Rows(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"The embedded procedure rule list {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var header = true;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            if (header)
            {
                header = false;
                continue;
            }
            yield return [.. line.Split(',').Select(f => f.Trim().ToUpperInvariant())];
        }
    }
}

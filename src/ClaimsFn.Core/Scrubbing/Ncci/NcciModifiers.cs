namespace ClaimsFn.Core.Scrubbing.Ncci;

/// <summary>
/// The NCCI PTP-associated modifiers: on a pair with modifier indicator 1 they bypass the edit when the
/// documentation supports them. List per docs/edits.md (NCCI Policy Manual, as summarised by edit-anchors §5a).
/// </summary>
public static class NcciModifiers
{
    /// <summary>Anatomic modifiers: a bypass only when the two lines name different sites.</summary>
    public static IReadOnlySet<string> Anatomic { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9",
        "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "LT", "RT", "LC", "LD", "RC", "LM", "RI",
    };

    /// <summary>Global surgery (24, 25, 57, 58, 78, 79) and other (27, 59, 91, XE, XS, XP, XU) modifiers: a bypass on either line.</summary>
    public static IReadOnlySet<string> Other { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "24", "25", "57", "58", "78", "79", "27", "59", "91", "XE", "XS", "XP", "XU",
    };

    /// <summary>
    /// True when the modifiers of the two lines bypass an indicator-1 edit: a global-surgery or other modifier
    /// on either line, or an anatomic modifier on the Column 2 line that the Column 1 line does not carry.
    /// </summary>
    public static bool Bypass(IReadOnlyList<string> column1Modifiers, IReadOnlyList<string> column2Modifiers)
    {
        foreach (var m in column1Modifiers) if (Other.Contains(m?.Trim() ?? "")) return true;
        foreach (var m in column2Modifiers)
        {
            var modifier = m?.Trim() ?? "";
            if (Other.Contains(modifier)) return true;
            if (Anatomic.Contains(modifier) && !column1Modifiers.Any(c => string.Equals(c?.Trim(), modifier, StringComparison.OrdinalIgnoreCase))) return true;
        }
        return false;
    }
}

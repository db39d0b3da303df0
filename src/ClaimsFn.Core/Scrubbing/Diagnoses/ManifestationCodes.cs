using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Scrubbing.Diagnoses;

/// <summary>
/// Manifestation codes, read from the loaded code set rather than a list: ICD-10-CM guideline I.A.13
/// (etiology/manifestation convention) says manifestation codes mostly carry "in diseases classified
/// elsewhere" in their title and are never permitted as first-listed or principal diagnosis. A code counts
/// when its own title or a header above it says "classified elsewhere", except the B95–B97 agents
/// ("as the cause of diseases classified elsewhere"), which are supplementary codes of their own list.
/// Answers are memoised per code set.
/// </summary>
public static class ManifestationCodes
{
    private static readonly ConditionalWeakTable<IcdCodeSet, ConcurrentDictionary<string, bool>> Memo = [];

    public static bool IsManifestation(IcdCodeSet codeSet, IcdCode code)
    {
        var memo = Memo.GetValue(codeSet, _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));
        if (memo.TryGetValue(code.Value, out var known)) return known;
        var result = false;
        for (var length = code.Value.Length; length >= 3 && !result; length--)
        {
            if (IcdCode.TryParse(code.Value[..length], out var prefix) && codeSet.TryGet(prefix, out var entry)) result = IsManifestationTitle(entry.Title);
        }
        memo.TryAdd(code.Value, result);
        return result;
    }

    public static bool IsManifestationTitle(string title) =>
        title.Contains("classified elsewhere", StringComparison.OrdinalIgnoreCase)
        && !title.Contains("as the cause of diseases classified elsewhere", StringComparison.OrdinalIgnoreCase);
}

namespace ClaimsFn.Core.Coding.Text;

public sealed partial class DiagnosisTextCoder
{
    /// <summary>How many of the first pass's candidates, besides the best code's category, may claim a qualifier as their axis.</summary>
    private const int QualifierClaimants = 20;

    private static readonly HashSet<string> GenericQualified = new(((string[])["symptoms", "disease", "case", "illness", "episodes"]).Select(ClinicalText.Stem), StringComparer.Ordinal);

    /// <summary>
    /// The statement without the qualifiers that document nothing the best code could say, or null when none does. A severity or
    /// course word ("mild", "flare", "recurrent") is noise when no title of the best code's category, nor of the candidates close to
    /// it, states it ("Croup, mild" → J05.0; not "Asthma, mild", where J45.2- says it; not "Depression, recurrent", where F33 does).
    /// A negated qualifier ("without thyrotoxic crisis", "no rupture") is noise or documentation of the best code itself, unless the
    /// best code states what it negates.
    /// </summary>
    private string? WithoutUnclaimedQualifiers(string text, string best, List<Candidate> ranked)
    {
        var qualifiers = DocumentedStatement.Qualifiers(text);
        if (qualifiers.Count == 0) return null;
        // A close candidate reads the same diagnosis: its title says one of the statement's other words ("Depression, recurrent": F33.9
        // says "depressive"; the dementia codes that say "mild" say nothing of "Croup, mild").
        var rest = text;
        foreach (var (at, length, _) in qualifiers.OrderByDescending(q => q.Index))
            if (at + length <= rest.Length) rest = rest.Remove(at, length).Insert(at, " ");
        var restIds = ClinicalText.Normalize(rest, index.Vocabulary).Where(t => !t.Negated)
            .Select(t => index.TryGetToken(t.Stem, out var id) ? id : -1).Where(id => id >= 0).ToHashSet();
        var claimants = CodeSet.BillableDescendants(best[..3], MaxDescendants).Select(e => e.Code).Append(best)
            .Concat(ranked.Take(QualifierClaimants).Select(c => c.Code).Where(c => index.TitleTokens(c).Any(restIds.Contains)))
            .Distinct(StringComparer.Ordinal).ToList();
        var bestTitle = index.TitleTokens(best);
        var drop = new List<(int Index, int Length)>();
        foreach (var (at, length, negated) in qualifiers.OrderBy(q => q.Index))
        {
            if (drop.Exists(d => at < d.Index + d.Length && d.Index < at + length)) continue;
            // "Mild symptoms", "recurrent episodes": the qualifier is the first word; the noun after it says nothing of its own.
            var words = ClinicalText.Normalize(text.Substring(at, length), index.Vocabulary).Where(t => (!t.Negated || negated) && !GenericQualified.Contains(t.Stem)).Select(t => t.Stem).ToList();
            if (words.Count == 0) continue;
            var claimed = negated
                ? words.Any(w => index.TryGetToken(w, out var id) && Array.IndexOf(bestTitle, id) >= 0)
                : words.Any(w => index.TryGetToken(w, out var id) && claimants.Exists(c => Array.IndexOf(index.TitleTokens(c), id) >= 0));
            if (!claimed) drop.Add((at, length));
        }
        if (drop.Count == 0) return null;
        var result = text;
        foreach (var (at, length) in drop.OrderByDescending(d => d.Index)) result = result.Remove(at, length).Insert(at, " ");
        return result.Trim(' ', ',', ';');
    }
}

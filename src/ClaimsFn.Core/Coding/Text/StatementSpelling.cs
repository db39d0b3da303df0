namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// Corrects a misspelt diagnosis word ("hypertention", "pnuemonia", "cellulitus") to the one word ICD-10-CM's titles use
/// that it is a slip away from: only a word no title, index term or abbreviation knows, of six letters or more, with the same
/// first letter, and only when a single known word is nearest (one edit; two for words of eight letters or more; a swap of two
/// neighbouring letters is one edit). Anything else is left as written, so the coder asks rather than guesses.
/// </summary>
internal sealed partial class StatementSpelling
{
    private readonly Dictionary<char, List<string>> knownByFirstLetter = [];

    /// <param name="codeSet">The words of its titles are the words a misspelling may be corrected to.</param>
    public StatementSpelling(IcdCodeSet codeSet)
    {
        ArgumentNullException.ThrowIfNull(codeSet);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in codeSet.Entries)
            foreach (System.Text.RegularExpressions.Match m in Word().Matches(entry.Title.ToLowerInvariant()))
                if (seen.Add(m.Value))
                {
                    if (!knownByFirstLetter.TryGetValue(m.Value[0], out var list)) knownByFirstLetter[m.Value[0]] = list = [];
                    list.Add(m.Value);
                }
    }

    /// <summary>The text with each misspelt word replaced by the known stem it is nearest to; <paramref name="isKnown"/> says whether a word is known.</summary>
    public string Correct(string text, Func<string, bool> isKnown)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(isKnown);
        return Word().Replace(text, m => !isKnown(m.Value) && Nearest(m.Value) is { } known ? known : m.Value);
    }

    private string? Nearest(string word)
    {
        if (!knownByFirstLetter.TryGetValue(word[0], out var candidates)) return null;
        var allowed = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var known in candidates)
        {
            if (Math.Abs(known.Length - word.Length) > allowed) continue;
            var d = Distance(word, known, allowed);
            if (d > allowed) continue;
            // "diabetis": "diabetes" and "diabetic" are as near, and read the same (one stem): not a tie.
            if (d < bestDistance) { best = known; bestDistance = d; tie = false; }
            else if (d == bestDistance && ClinicalText.Stem(known) != ClinicalText.Stem(best!)) tie = true;
        }
        return tie ? null : best;
    }

    /// <summary>Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps), stopping above <paramref name="limit"/>.</summary>
    private static int Distance(string a, string b, int limit)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, d[i - 2, j - 2] + 1);
                d[i, j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > limit) return rowMin;
        }
        return d[a.Length, b.Length];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w'/-])[a-z]{6,}(?![\w'/-])")]
    private static partial System.Text.RegularExpressions.Regex Word();
}

namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// Turns clinical text (a statement, a code title, an index term) into normalised tokens, the same way
/// for all three so that they compare: lower case; abbreviations and phrases rewritten; stop words
/// dropped; words stemmed (a light suffix stripper: "hypertensive" and "hypertension" both give
/// "hypertens"); synonyms mapped; and words after "without"/"no"/"not" marked negated up to the next
/// comma or "with". Abbreviations and lay phrases are rewritten only in statements (what people write);
/// spelling variants everywhere.
/// </summary>
public static class ClinicalText
{
    private const string ClauseBreak = ",";

    /// <summary>Words after which "A" names a type (hepatitis A, group A, vitamin A, hemophilia A) rather than being an article.</summary>
    private static readonly HashSet<string> NamedByLetter = new(StringComparer.Ordinal) { "hepatitis", "group", "vitamin", "hemophilia", "haemophilia" };

    // Longest first; a suffix is removed only when at least four characters stay.
    private static readonly string[] Suffixes =
        ["ations", "ically", "ation", "ities", "ical", "ious", "ated", "ity", "ism", "ive", "ion", "ics", "ing", "ous", "ic", "ia", "al", "ed", "ly"];

    /// <param name="expandAbbreviations">True for what people write (statements); false for official text
    /// (titles, index terms), where a short word such as "pad" is a word, not an abbreviation.</param>
    public static List<NormalizedToken> Normalize(string text, ClinicalVocabulary vocabulary, bool expandAbbreviations = true)
    {
        var raw = RawWords(text);
        if (expandAbbreviations) raw = ApplyPhrases(raw, vocabulary.Phrases);
        raw = ApplyPhrases(raw, vocabulary.Spellings);
        var expanded = new List<string>(raw.Count + 4);
        foreach (var word in raw)
        {
            if (expandAbbreviations && vocabulary.Abbreviations.TryGetValue(word, out var replacement))
                foreach (var w in replacement) AddWord(w, expanded);
            else AddWord(word, expanded);
        }
        if (expandAbbreviations) expanded = ApplyPhrases(expanded, vocabulary.Phrases);
        expanded = ApplyPhrases(expanded, vocabulary.Spellings);

        var result = new List<NormalizedToken>(expanded.Count);
        var negated = false;
        for (var i = 0; i < expanded.Count; i++)
        {
            var word = expanded[i];
            if (word == ClauseBreak || word is "with" or "but" or "and") { negated = false; continue; }
            if (word is "without" or "no" or "not" or "denies" or "negative") { negated = true; continue; }
            // "Laceration without foreign body of left index finger": the negation is the foreign body, not the site after it.
            if (negated && word == "of" && i >= 2 && expanded[i - 1] == "body" && expanded[i - 2] == "foreign") { negated = false; continue; }
            // "Hepatitis A", "group A streptococcus", "vitamin A", "hemophilia A" (and an index subterm that is just "A"): a name, not an article.
            if (word == "a" && ((i > 0 && NamedByLetter.Contains(expanded[i - 1])) || expanded.Count == 1))
            {
                result.Add(new NormalizedToken("a", negated));
                continue;
            }
            if (vocabulary.StopWords.Contains(word)) continue;
            var stem = Stem(word);
            if (vocabulary.Stems.TryGetValue(stem, out var canonical)) stem = canonical;
            if (stem.Length == 0) continue;
            result.Add(new NormalizedToken(stem, negated));
        }
        return result;
    }

    /// <summary>Lower-case words; punctuation other than / - ' splits words, and , ; : ( ) become clause breaks.</summary>
    private static List<string> RawWords(string text)
    {
        var words = new List<string>(16);
        var current = new System.Text.StringBuilder(16);
        void Flush()
        {
            if (current.Length == 0) return;
            var w = current.ToString().Trim('-', '/', '\'');
            if (w.Length > 0) words.Add(w);
            current.Clear();
        }
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) current.Append(char.ToLowerInvariant(c));
            else if (c is '/' or '-' or '\'' or '\u2019') current.Append(c == '\u2019' ? '\'' : c);
            else if (c == '.' && current.Length > 0 && char.IsDigit(current[^1])) current.Append('.');
            else
            {
                Flush();
                if (c is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '.') words.Add(ClauseBreak);
            }
        }
        Flush();
        // A dot stays only inside numbers (e.g. BMI 30.0); split it off again as a plain separator.
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Contains('.', StringComparison.Ordinal))
            {
                var parts = words[i].Split('.', StringSplitOptions.RemoveEmptyEntries);
                words.RemoveAt(i);
                words.InsertRange(i, parts);
                i += parts.Length - 1;
            }
        }
        return words;
    }

    private static void AddWord(string word, List<string> into)
    {
        if (word.Length > 1 && word.AsSpan().IndexOfAny("/-'") >= 0) SplitCompound(word, into);
        else into.Add(word);
    }

    private static void SplitCompound(string word, List<string> into)
    {
        foreach (var part in word.Split(['/', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var p = part.EndsWith("'s", StringComparison.Ordinal) ? part[..^2] : part.Replace("'", "", StringComparison.Ordinal);
            if (p.Length > 0) into.Add(p);
        }
    }

    private static List<string> ApplyPhrases(List<string> words, IReadOnlyDictionary<string, IReadOnlyList<(string[] Words, string[] Replacement)>> phrases)
    {
        List<string>? result = null;
        for (var i = 0; i < words.Count; i++)
        {
            var matched = false;
            if (phrases.TryGetValue(words[i], out var candidates) || (words[i].Length > 3 && words[i][^1] == 's' && phrases.TryGetValue(words[i][..^1], out candidates)))
            {
                foreach (var (phrase, replacement) in candidates)
                {
                    if (i + phrase.Length > words.Count) continue;
                    var all = true;
                    // A plural "s" on the phrase's last word still matches ("gallstones", "pinworms").
                    for (var k = 1; k < phrase.Length && all; k++) all = words[i + k] == phrase[k] || (k == phrase.Length - 1 && words[i + k] == phrase[k] + "s");
                    if (!all) continue;
                    result ??= words.GetRange(0, i);
                    result.AddRange(replacement);
                    i += phrase.Length - 1;
                    matched = true;
                    break;
                }
            }
            if (!matched) result?.Add(words[i]);
        }
        return result ?? words;
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="phrase"/> with a word boundary on each side (ordinal).</summary>
    public static bool ContainsWord(string text, string phrase)
    {
        var at = text.IndexOf(phrase, StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]))) return true;
            at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
        }
        return false;
    }

    /// <summary>A light stemmer for clinical English: plural, then one derivational suffix, then a final e.</summary>
    public static string Stem(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length <= 3 || !char.IsLetter(w[^1])) return w;
        if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
        if (w.EndsWith("sses", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) w = w[..^3] + "y";
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)) w = w[..^1];
        foreach (var suffix in Suffixes)
        {
            if (w.Length - suffix.Length >= 4 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                w = w[..^suffix.Length];
                break;
            }
        }
        if (w.Length > 4 && w[^1] == 'e') w = w[..^1];
        return w;
    }
}

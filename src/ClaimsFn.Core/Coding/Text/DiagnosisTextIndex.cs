namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// An inverted token index over one fiscal year's ICD-10-CM descriptions: every code title (7-character
/// codes are reached through their parents' refinement, not indexed) and, when loaded, every Alphabetic
/// Index path that leads to a code, "see" cross-references followed. Each description ("document") has
/// required tokens (what it says) and optional ones (nonessential modifiers, defaults such as
/// "unspecified", negated words). Built once per code set; read-only and thread-safe afterwards.
/// </summary>
internal sealed partial class DiagnosisTextIndex
{
    /// <summary>How many rows under a "see" target an alias copies; bigger subtrees keep the target row only.</summary>
    private const int MaxAliasRows = 80;

    /// <summary>What following a "see" reference costs: the referring words are not in the target's codes' titles.</summary>
    private const float SeeDiscount = 0.93f;

    /// <summary>Stands for a subterm with no words of its own left after normalisation (e.g. "due to"), so that a
    /// path ending there still says something the statement does not.</summary>
    internal const string UnnamedQualifier = "\u00a7";

    private readonly Dictionary<string, int> tokenIds = new(StringComparer.Ordinal);
    private readonly List<string> tokenKeys = [];
    private readonly List<Document> documents = [];
    private readonly Dictionary<string, int[]> titleTokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> indexedCodes = new(StringComparer.Ordinal);
    private readonly string[] unspecifiedStems;
    private readonly string[] hardNegations;
    private int[][] postings = [];

    /// <summary>What an unsaid default costs a description, as a share of the word's weight: "unspecified" almost
    /// nothing, other defaults ("idiopathic", "without coma") a little, so the plainest code wins a tie.</summary>
    private const float UnspecifiedCost = 0.03f;
    private const float DefaultCost = 0.15f;

    private readonly List<float> softCost = [];

    public DiagnosisTextIndex(IcdCodeSet codeSet, IReadOnlyList<AlphabeticIndexEntry>? index, ClinicalVocabulary vocabulary)
    {
        CodeSet = codeSet;
        Vocabulary = vocabulary;
        unspecifiedStems = [.. ((string[])["unspecified", "unsp", "nos"]).Select(ClinicalText.Stem)];
        // "Not done", "not carried out": a negation that is the point of the code, not a default.
        hardNegations = [.. ((string[])["done", "carried", "given", "administered", "performed", "immunized"]).Select(ClinicalText.Stem)];
        var postingLists = new List<List<int>>();

        foreach (var entry in codeSet.Entries)
        {
            // Words in parentheses or brackets ("(congestive)", "[de Quervain]") are nonessential, as in the index.
            var (plain, aside) = SplitParenthetical(WithoutOpenAxes(entry.Title));
            var tokens = Consistent(ClinicalText.Normalize(plain, vocabulary, expandAbbreviations: false));
            var optional = aside.Length == 0 ? [] : ClinicalText.Normalize(aside, vocabulary, expandAbbreviations: false);
            titleTokens[entry.Code] = [.. tokens.Concat(optional).Select(t => Intern(t.Key, postingLists)).Distinct()];
            // 7-character codes differ from their parent by the 7th character only: the refinement step picks it.
            if (entry.Code.Length == 7 && codeSet.TryGet(entry.Code[..6], out _)) continue;
            AddDocument(entry.Code, tokens, optional, DocumentKind.Title, entry.Title, postingLists);
        }
        foreach (var entry in codeSet.Entries) AddBracketSynonym(entry.Title);
        if (index is not null) AddIndex(index, postingLists);
        ancestorWords.Clear();
        ancestorWords.TrimExcess();

        postings = [.. postingLists.Select(p => p.ToArray())];
        var n = (float)documents.Count;
        Weights = new float[tokenKeys.Count];
        Free = new bool[tokenKeys.Count];
        Cost = new float[tokenKeys.Count];
        for (var t = 0; t < tokenKeys.Count; t++)
        {
            var df = Math.Max(1, postings[t].Length);
            Weights[t] = MathF.Log(1f + n / df);
            Free[t] = softCost[t] < 1f;
            Cost[t] = Weights[t] * softCost[t];
        }
        // What each document says, in weight, now that weights are known.
        for (var d = 0; d < documents.Count; d++)
        {
            var doc = documents[d];
            var w = 0f;
            foreach (var t in doc.Required) w += Cost[t];
            documents[d] = doc with { RequiredWeight = w };
        }
        // A token no description has: weigh it like a rare word, so an unexplained word lowers confidence.
        UnknownWeight = MathF.Log(1f + n / 2f);
        SiteWord = SiteWords(codeSet);
    }

    /// <summary>Chapter 19 (S00–S99) classifies injuries by body region, ten blocks of ten categories (head, neck, thorax, abdomen
    /// and back, shoulder and upper arm, elbow and forearm, wrist and hand, hip and thigh, knee and lower leg, ankle and foot).</summary>
    private const int MaxSiteBlocks = 3;

    /// <summary>The words that name a body site: those of the injury titles (S00–S99), and of the index paths that lead to them,
    /// that stay within a few of the chapter's ten regional blocks ("chin", "flank", "arm", "plantar"). A word across most blocks is the injury's kind ("fracture",
    /// "laceration"), its side or encounter, not a site.</summary>
    private bool[] SiteWords(IcdCodeSet codeSet)
    {
        var blocks = new int[tokenKeys.Count];
        foreach (var entry in codeSet.Entries)
        {
            if (entry.Code[0] != 'S' || !char.IsAsciiDigit(entry.Code[1])) continue;
            foreach (var t in TitleTokens(entry.Code)) blocks[t] |= 1 << (entry.Code[1] - '0');
        }
        // The index names sites the titles group ("Laceration, chin" → S01.81-, "other part of head").
        foreach (var doc in documents)
            if (doc.Kind == DocumentKind.Index && doc.Code[0] == 'S' && char.IsAsciiDigit(doc.Code[1]))
                foreach (var t in doc.Required) blocks[t] |= 1 << (doc.Code[1] - '0');
        var site = new bool[tokenKeys.Count];
        for (var t = 0; t < site.Length; t++)
            site[t] = blocks[t] != 0 && System.Numerics.BitOperations.PopCount((uint)blocks[t]) <= MaxSiteBlocks && !Free[t] && !tokenKeys[t].Any(char.IsDigit);
        return site;
    }

    public IcdCodeSet CodeSet { get; }

    public ClinicalVocabulary Vocabulary { get; }

    public float[] Weights { get; }

    /// <summary>True for a default word ("unspecified", a negated word): it costs a description only a share of its weight.</summary>
    public bool[] Free { get; }

    /// <summary>What a token costs a description that says it and a statement that does not: its weight, or a share for a default.</summary>
    public float[] Cost { get; }

    public float UnknownWeight { get; }

    /// <summary>True for a word that names a body site (see <see cref="SiteWords"/>).</summary>
    public bool[] SiteWord { get; }

    public int DocumentCount => documents.Count;

    public int TokenCount => tokenKeys.Count;

    public Document this[int document] => documents[document];

    /// <summary>Postings of a token: document id × 2, plus 1 when the token is optional (a nonessential modifier) in that document.</summary>
    public int[] Postings(int token) => postings[token];

    public bool TryGetToken(string key, out int token) => tokenIds.TryGetValue(key, out token);

    public int[] TitleTokens(string code) => titleTokens.TryGetValue(code, out var t) ? t : [];

    public string TokenKey(int token) => tokenKeys[token];

    /// <summary>Some Alphabetic Index row names this very code. False for a code newer than the index (FY2026's I42.01), which is
    /// reached by its title, or through a header the index names, only.</summary>
    public bool IsIndexed(string code) => indexedCodes.Contains(code);

    private int Intern(string key, List<List<int>> postingLists)
    {
        if (tokenIds.TryGetValue(key, out var id)) return id;
        id = tokenKeys.Count;
        tokenIds[key] = id;
        tokenKeys.Add(key);
        postingLists.Add([]);
        softCost.Add(key[0] == '~' ? (hardNegations.Contains(key[1..]) ? 1f : DefaultCost) : unspecifiedStems.Contains(key) ? UnspecifiedCost : Vocabulary.FreeStems.Contains(key) ? DefaultCost : 1f);
        return id;
    }

    private void AddDocument(string code, IEnumerable<NormalizedToken> required, IEnumerable<NormalizedToken> optional, DocumentKind kind, string evidence, List<List<int>> postingLists, float discount = 1f)
    {
        var req = new HashSet<int>();
        var opt = new HashSet<int>();
        foreach (var t in required) req.Add(Intern(t.Key, postingLists));
        foreach (var t in optional) opt.Add(Intern(t.Key, postingLists));
        foreach (var t in AncestorWords(code)) opt.Add(Intern(t.Key, postingLists));
        opt.ExceptWith(req);
        if (req.Count == 0 && opt.Count == 0) return;
        var docId = documents.Count;
        documents.Add(new Document(code, [.. req], [.. opt], 0f, kind, evidence, discount));
        foreach (var t in req) postingLists[t].Add(docId * 2);
        foreach (var t in opt) postingLists[t].Add(docId * 2 + 1);
    }

    private void AddIndex(IReadOnlyList<AlphabeticIndexEntry> rows, List<List<int>> postingLists)
    {
        var parent = new int[rows.Count];
        var required = new List<NormalizedToken>[rows.Count];
        var optional = new List<NormalizedToken>[rows.Count];
        var stack = new int[64];
        var mainTerms = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var children = new List<int>?[rows.Count];

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var level = Math.Clamp(row.Level, 0, stack.Length - 1);
            if (row.Term.StartsWith("Note:", StringComparison.OrdinalIgnoreCase))
            {
                // An instructional note is not a subterm: the rows after it still belong to the row above it.
                parent[i] = -1;
                required[i] = [];
                optional[i] = [];
                continue;
            }
            stack[level] = i;
            parent[i] = level == 0 ? -1 : stack[level - 1];
            if (parent[i] >= 0) (children[parent[i]] ??= []).Add(i);
            var term = CleanTerm(row.Term);
            if (level == 0)
            {
                // "Hypertension, hypertensive": a part after the comma that shares the main word's stem is a variant
                // (optional); one that does not ("Fracture, pathological") qualifies the term (required).
                var comma = term.IndexOf(',');
                var head = comma < 0 ? term : term[..comma];
                required[i] = ClinicalText.Normalize(head, Vocabulary, expandAbbreviations: false);
                optional[i] = [];
                if (comma >= 0)
                {
                    foreach (var part in term[(comma + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        var tokens = ClinicalText.Normalize(part, Vocabulary, expandAbbreviations: false);
                        if (IsVariant(part, head)) optional[i].AddRange(tokens);
                        else required[i].AddRange(tokens);
                    }
                }
                mainTerms.TryAdd(term, i);
                mainTerms.TryAdd(head.Trim(), i);
                mainTerms.TryAdd(head.Replace("(s)", "", StringComparison.Ordinal).Trim(), i);
            }
            else
            {
                required[i] = ClinicalText.Normalize(term, Vocabulary, expandAbbreviations: false);
                optional[i] = [];
            }
            if (row.NonEssentialModifiers.Length > 0)
                optional[i] = [.. optional[i], .. ClinicalText.Normalize(row.NonEssentialModifiers.Replace('(', ' ').Replace(')', ','), Vocabulary, expandAbbreviations: false)];
        }

        IEnumerable<int> PathOf(int row)
        {
            var path = new List<int>();
            for (var r = row; r >= 0; r = parent[r]) path.Add(r);
            path.Reverse();
            return path;
        }

        string PathText(int row) => string.Join(", ", PathOf(row).Select(r => CleanTerm(rows[r].Term)));

        for (var i = 0; i < rows.Count; i++)
        {
            var code = CodeOf(rows[i].Code);
            if (code is null || (parent[i] < 0 && rows[i].Level > 0)) continue;
            var path = PathOf(i).ToList();
            IEnumerable<NormalizedToken> own = required[i].Count == 0 && rows[i].Level > 0 ? [new NormalizedToken(UnnamedQualifier, false)] : [];
            AddDocument(code, path.SelectMany(r => required[r]).Concat(own), path.SelectMany(r => optional[r]), DocumentKind.Index, "index: " + PathText(i), postingLists);
            indexedCodes.Add(code);
        }

        // "see" cross-references: the referring path leads to the target's code and to its subterms' codes.
        for (var i = 0; i < rows.Count; i++)
        {
            var see = rows[i].See;
            if (see.Length == 0 || rows[i].Code.Length > 0) continue;
            var target = Resolve(see, rows, mainTerms, children);
            if (target < 0) continue;
            var aliasPath = PathOf(i).ToList();
            var aliasRequired = aliasPath.SelectMany(r => required[r]).ToList();
            // The target's own words say what the referring term means ("Cellulitis, hand (see Cellulitis, upper limb)"): a code
            // under the target that states them (L03.113 "right upper limb") is not charged for them, one that states others
            // (L03.115 "right lower limb") is.
            var aliasOptional = aliasPath.SelectMany(r => optional[r]).Concat(optional[target]).ToList();
            var targetWords = PathOf(target).SelectMany(r => required[r]).ToList();
            var subtree = new List<int> { target };
            for (var k = 0; k < subtree.Count && subtree.Count < MaxAliasRows; k++)
                if (children[subtree[k]] is { } kids) subtree.AddRange(kids.Take(MaxAliasRows - subtree.Count));
            if (subtree.Count >= MaxAliasRows) subtree = [target];
            foreach (var row in subtree)
            {
                var code = CodeOf(rows[row].Code);
                if (code is null) continue;
                var extra = new List<NormalizedToken>();
                var extraOptional = new List<NormalizedToken>();
                for (var r = row; r != target && r >= 0; r = parent[r])
                {
                    extra.AddRange(required[r]);
                    extraOptional.AddRange(optional[r]);
                }
                // (Only for a header, whose codes are chosen by the words they add; a code the target names outright keeps the alias's reading.)
                if (CodeSet.TryGet(code, out var header) && !header.Billable) extraOptional.AddRange(targetWords);
                AddDocument(code, aliasRequired.Concat(extra), aliasOptional.Concat(extraOptional), DocumentKind.Index,
                    $"index: {PathText(i)} (see {see}{(row == target ? "" : ", " + CleanTerm(rows[row].Term))})", postingLists, SeeDiscount);
            }
        }
    }

    /// <summary>Finds the row a "see" text names: main term, then each comma part among the descendants.</summary>
    private static int Resolve(string see, IReadOnlyList<AlphabeticIndexEntry> rows, Dictionary<string, int> mainTerms, List<int>?[] children)
    {
        var parts = see.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return -1;
        var start = 1;
        if (!mainTerms.TryGetValue(parts[0], out var current))
        {
            // Main terms such as "Pain(s)" or "Diabetes, diabetic" carry their variants after a comma.
            if (parts.Length > 1 && mainTerms.TryGetValue(parts[0] + ", " + parts[1], out current)) start = 2;
            else return -1;
        }
        for (var p = start; p < parts.Length; p++)
        {
            var found = -1;
            var queue = new Queue<int>();
            queue.Enqueue(current);
            while (queue.Count > 0 && found < 0)
            {
                var r = queue.Dequeue();
                if (children[r] is null) continue;
                foreach (var c in children[r]!)
                {
                    if (string.Equals(CleanTerm(rows[c].Term), parts[p], StringComparison.OrdinalIgnoreCase)) { found = c; break; }
                    queue.Enqueue(c);
                }
            }
            if (found < 0) return parts[p] is "by site" or "by type" ? current : -1;
            current = found;
        }
        return current;
    }

    /// <summary>True when a comma part of a main term is another form of one of its words ("diabetic" of "Diabetes").</summary>
    private static bool IsVariant(string part, string head)
    {
        foreach (var word in part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            foreach (var headWord in head.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (word.Length >= 4 && headWord.Length >= 4 && string.Compare(word, 0, headWord, 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
                    return true;
        return false;
    }

    /// <summary>The title without its parenthesised and bracketed parts, and those parts (comma separated).</summary>
    /// <summary>"Acute respiratory failure, unspecified whether with hypoxia or hypercapnia": the words after "unspecified whether"
    /// are what the code leaves open, not what it says; they must not match a statement that documents one of them.</summary>
    /// "Gastric ulcer, unspecified as acute or chronic, without hemorrhage": the words of "unspecified as (to) ..." up to the next
    /// comma are left open, as nonessential words (K25.9 states neither "acute" nor "chronic"; a plain "Gastric ulcer" is its
    /// reading, not K25.3); they stay in the index so that no word's weight changes.
    private static string WithoutOpenAxes(string title)
    {
        title = UnspecifiedAs().Replace(title, m => "unspecified (" + m.Groups[1].Value + ")");
        var at = title.IndexOf("unspecified whether", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? title : title[..at] + "unspecified";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bunspecified as (?!the\b)([^,]*)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex UnspecifiedAs();

    /// <summary>A title that states a word and negates it elsewhere ("... lumbar region without mention of lumbar back pain")
    /// states it: the negated copy must not make a statement that documents the word conflict with the code.</summary>
    internal static List<NormalizedToken> Consistent(List<NormalizedToken> tokens)
    {
        if (!tokens.Exists(t => t.Negated)) return tokens;
        var stated = tokens.Where(t => !t.Negated).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        return tokens.FindAll(t => !t.Negated || !stated.Contains(t.Stem));
    }

    /// <summary>A title's bracketed short form and the words it abbreviates ("Escherichia coli [E. coli]", "Body mass index [BMI]"),
    /// as token stems: (short form, words).</summary>
    public IReadOnlyList<(string[] Short, string[] Words)> BracketSynonyms => bracketSynonyms;

    private readonly List<(string[] Short, string[] Words)> bracketSynonyms = [];
    private readonly HashSet<string> bracketSeen = new(StringComparer.Ordinal);

    /// <summary>A bracket right after the words it abbreviates: word for word with the same initials ("Escherichia coli [E. coli]"),
    /// or an acronym of as many words ("Body mass index [BMI]").</summary>
    private void AddBracketSynonym(string title)
    {
        foreach (System.Text.RegularExpressions.Match m in BracketAfterWords().Matches(title))
        {
            var words = m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var shortForm = m.Groups[2].Value.Replace(".", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string[] expanded;
            if (shortForm.Length > 1 && words.Length >= shortForm.Length)
            {
                expanded = words[^shortForm.Length..];
                if (!expanded.Zip(shortForm).All(p => char.ToLowerInvariant(p.First[0]) == char.ToLowerInvariant(p.Second[0]))) continue;
            }
            else if (shortForm.Length == 1 && shortForm[0].Length is >= 2 and <= 5 && shortForm[0].All(char.IsUpper) && words.Length >= shortForm[0].Length)
            {
                expanded = words[^shortForm[0].Length..];
                if (!expanded.Select(w => char.ToUpperInvariant(w[0])).SequenceEqual(shortForm[0])) continue;
            }
            else continue;
            var shortTokens = ClinicalText.Normalize(string.Join(' ', shortForm), Vocabulary, expandAbbreviations: false).Select(t => t.Stem).ToArray();
            var wordTokens = ClinicalText.Normalize(string.Join(' ', expanded), Vocabulary, expandAbbreviations: false).Select(t => t.Stem).Except(shortTokens).ToArray();
            if (shortTokens.Length == 0 || wordTokens.Length == 0 || !bracketSeen.Add(string.Join(' ', shortTokens) + "|" + string.Join(' ', wordTokens))) continue;
            bracketSynonyms.Add((shortTokens, wordTokens));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"((?:[A-Za-z][A-Za-z'-]*\s+){1,5})\[([A-Za-z. ]+)\]")]
    private static partial System.Text.RegularExpressions.Regex BracketAfterWords();

    /// <summary>Only while building.</summary>
    private readonly Dictionary<string, List<NormalizedToken>> ancestorWords = new(StringComparer.Ordinal);

    /// <summary>What the code's own title and the titles of the categories above it say ("deep veins" for I82.411 under I82.4,
    /// "acute" for B15.9 under B15 "Acute hepatitis A"): a statement may name them, a description need not repeat them. Optional
    /// words: they explain a statement word, and cost nothing when the statement does not say them. Negated words are left out.</summary>
    private List<NormalizedToken> AncestorWords(string code)
    {
        if (ancestorWords.TryGetValue(code, out var cached)) return cached;
        var words = new List<NormalizedToken>();
        for (var length = code.Length; length >= 3; length--)
        {
            if (!CodeSet.TryGet(code[..length], out var entry)) continue;
            foreach (var t in ClinicalText.Normalize(WithoutOpenAxes(entry.Title), Vocabulary, expandAbbreviations: false))
                if (!t.Negated && !unspecifiedStems.Contains(t.Stem) && t.Stem is not "other" and not "specified") words.Add(t);
        }
        ancestorWords[code] = words;
        return words;
    }

    private static (string Plain, string Aside) SplitParenthetical(string title)
    {
        if (title.IndexOfAny(['(', '[']) < 0) return (title, "");
        var plain = new System.Text.StringBuilder(title.Length);
        var aside = new System.Text.StringBuilder();
        var depth = 0;
        foreach (var c in title)
        {
            if (c is '(' or '[') { depth++; aside.Append(", "); continue; }
            if (c is ')' or ']') { depth = Math.Max(0, depth - 1); plain.Append(' '); continue; }
            (depth > 0 ? aside : plain).Append(c);
        }
        return (plain.ToString(), aside.ToString());
    }

    private static string CleanTerm(string term)
    {
        var dash = term.IndexOf(" - ", StringComparison.Ordinal);
        return (dash > 0 ? term[..dash] : term).Trim();
    }

    /// <summary>The undotted code of an index row, when it names one this code set has (headers included).</summary>
    private string? CodeOf(string indexCode)
    {
        if (indexCode.Length == 0) return null;
        var code = indexCode.Replace(".", "", StringComparison.Ordinal).TrimEnd('-').Trim().ToUpperInvariant();
        return code.Length >= 3 && CodeSet.TryGet(code, out _) ? code : null;
    }

    internal enum DocumentKind : byte
    {
        Title,
        Index,
    }

    /// <summary>One description: its code (possibly a header), required and optional token ids, and what to show as evidence.</summary>
    /// <param name="Discount">Below 1 for descriptions derived by following a "see" reference, which are less certain than a direct path.</param>
    internal readonly record struct Document(string Code, int[] Required, int[] Optional, float RequiredWeight, DocumentKind Kind, string Evidence, float Discount = 1f);
}

namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// The abbreviations, phrase rewrites, stem synonyms, stop words, free words and uncertainty markers the
/// text coder uses, read from the embedded <c>clinical-vocabulary.txt</c> (written for ClaimsFn; see its header).
/// Immutable after loading.
/// </summary>
public sealed class ClinicalVocabulary
{
    private const string ResourceName = "ClaimsFn.Core.Coding.Text.clinical-vocabulary.txt";

    private static readonly Lazy<ClinicalVocabulary> Embedded = new(() =>
    {
        using var stream = typeof(ClinicalVocabulary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    });

    private ClinicalVocabulary() { }

    /// <summary>The vocabulary shipped in this assembly.</summary>
    public static ClinicalVocabulary Default => Embedded.Value;

    /// <summary>Single raw word → replacement words (e.g. <c>htn</c> → <c>hypertension</c>).</summary>
    public IReadOnlyDictionary<string, string[]> Abbreviations { get; private init; } = new Dictionary<string, string[]>();

    /// <summary>What people write, rewritten (statements only); keyed by first word, each list longest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string[] Words, string[] Replacement)>> Phrases { get; private init; } =
        new Dictionary<string, IReadOnlyList<(string[] Words, string[] Replacement)>>();

    /// <summary>Spelling variants rewritten in statements and official text alike; keyed like <see cref="Phrases"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string[] Words, string[] Replacement)>> Spellings { get; private init; } =
        new Dictionary<string, IReadOnlyList<(string[] Words, string[] Replacement)>>();

    /// <summary>Stem → canonical stem (e.g. <c>renal</c> → <c>kidney</c>).</summary>
    public IReadOnlyDictionary<string, string> Stems { get; private init; } = new Dictionary<string, string>();

    public IReadOnlySet<string> StopWords { get; private init; } = new HashSet<string>();

    /// <summary>Stems that a code's description may hold without the statement saying them.</summary>
    public IReadOnlySet<string> FreeStems { get; private init; } = new HashSet<string>();

    /// <summary>Lower-case phrases that mark an uncertain diagnosis.</summary>
    public IReadOnlyList<string> UncertainPhrases { get; private init; } = [];

    public static ClinicalVocabulary Parse(TextReader reader)
    {
        var abbreviations = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, List<(string[] Words, string[] Replacement)>>(StringComparer.Ordinal);
        var spellings = new Dictionary<string, List<(string[] Words, string[] Replacement)>>(StringComparer.Ordinal);
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        var stop = new HashSet<string>(StringComparer.Ordinal);
        var free = new HashSet<string>(StringComparer.Ordinal);
        var uncertain = new List<string>();
        var section = "";
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var text = line.Trim();
            if (text.Length == 0 || text[0] == '#') continue;
            if (text[0] == '[') { section = text.Trim('[', ']'); continue; }
            var parts = text.Split('\t', 2);
            switch (section)
            {
                case "abbreviations" when parts.Length == 2:
                    abbreviations[parts[0]] = Words(parts[1]);
                    break;
                case "phrases" or "spellings" when parts.Length == 2:
                    var target = section == "phrases" ? phrases : spellings;
                    var words = Words(parts[0]);
                    if (!target.TryGetValue(words[0], out var list)) target[words[0]] = list = [];
                    list.Add((words, Words(parts[1])));
                    break;
                case "stems" when parts.Length == 2:
                    stems[ClinicalText.Stem(parts[0])] = ClinicalText.Stem(parts[1]);
                    break;
                case "stopwords":
                    foreach (var w in Words(text)) stop.Add(w);
                    break;
                case "free":
                    foreach (var w in Words(text)) free.Add(ClinicalText.Stem(w));
                    break;
                case "uncertain":
                    uncertain.Add(text.ToLowerInvariant());
                    break;
                default:
                    throw new InvalidDataException($"clinical vocabulary: unexpected line in section [{section}]: {text}");
            }
        }
        return new ClinicalVocabulary
        {
            Abbreviations = abbreviations,
            Phrases = Ordered(phrases),
            Spellings = Ordered(spellings),
            Stems = stems,
            StopWords = stop,
            FreeStems = free,
            UncertainPhrases = uncertain,
        };
    }

    private static Dictionary<string, IReadOnlyList<(string[] Words, string[] Replacement)>> Ordered(Dictionary<string, List<(string[] Words, string[] Replacement)>> phrases) =>
        phrases.ToDictionary(p => p.Key, p => (IReadOnlyList<(string[], string[])>)[.. p.Value.OrderByDescending(x => x.Words.Length)], StringComparer.Ordinal);

    /// <summary>Words of an entry; a lone "-" stands for no words (the phrase is dropped).</summary>
    private static string[] Words(string text) => text.Trim() == "-" ? [] : text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

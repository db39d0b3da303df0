using System.Collections.Frozen;
using System.Reflection;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Denials;

/// <summary>
/// The curated CARC and RARC tables (Denials/carc.tsv and Denials/rarc.tsv, embedded): each code's meaning
/// in our words, its category and the default action. A code the tables do not list is still accepted and
/// classified as <see cref="DenialCategory.Other"/> with <see cref="DenialAction.Review"/>, so an 835 with a
/// new code is never dropped. docs/denials.md explains the choices; a test keeps it in step with the tables.
/// </summary>
public sealed class DenialCatalog
{
    private readonly FrozenDictionary<CarcCode, CarcDefinition> carcs;
    private readonly FrozenDictionary<RarcCode, RarcDefinition> rarcs;

    private DenialCatalog(IEnumerable<CarcDefinition> carcs, IEnumerable<RarcDefinition> rarcs)
    {
        this.carcs = carcs.ToFrozenDictionary(c => c.Code);
        this.rarcs = rarcs.ToFrozenDictionary(r => r.Code);
    }

    /// <summary>The embedded tables, loaded once.</summary>
    public static DenialCatalog Default { get; } = new(ReadCarcs(Open("carc.tsv")), ReadRarcs(Open("rarc.tsv")));

    public IReadOnlyCollection<CarcDefinition> Carcs => carcs.Values;

    public IReadOnlyCollection<RarcDefinition> Rarcs => rarcs.Values;

    /// <summary>The definition of <paramref name="code"/>; an unknown code is a denial to review, never an error.</summary>
    public CarcDefinition Carc(CarcCode code) =>
        carcs.TryGetValue(code, out var known) ? known : new CarcDefinition(code, true, DenialCategory.Other, DenialAction.Review, "A reason code this catalog does not list; read the payer's remark codes.");

    public RarcDefinition Rarc(RarcCode code) =>
        rarcs.TryGetValue(code, out var known) ? known : new RarcDefinition(code, null, "A remark code this catalog does not list.");

    public bool Knows(CarcCode code) => carcs.ContainsKey(code);

    private static TextReader Open(string name)
    {
        var resource = $"ClaimsFn.Core.Denials.{name}";
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"The embedded table {resource} is missing.");
        return new StreamReader(stream);
    }

    private static IEnumerable<string[]> Rows(TextReader reader, int columns)
    {
        using (reader)
        {
            var header = true;
            while (reader.ReadLine() is { } line)
            {
                if (header || line.Length == 0) { header = false; continue; }
                var cells = line.Split('\t');
                if (cells.Length != columns) throw new InvalidDataException($"A denial table row has {cells.Length} columns, not {columns}: {line}");
                yield return cells;
            }
        }
    }

    private static List<CarcDefinition> ReadCarcs(TextReader reader) =>
        [.. Rows(reader, 5).Select(c => new CarcDefinition(new CarcCode(c[0]), c[1] == "yes", Enum.Parse<DenialCategory>(c[2]), Enum.Parse<DenialAction>(c[3]), c[4]))];

    private static List<RarcDefinition> ReadRarcs(TextReader reader) =>
        [.. Rows(reader, 3).Select(c => new RarcDefinition(new RarcCode(c[0]), c[1] == "-" ? null : c[1], c[2]))];
}

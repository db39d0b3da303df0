using System.Globalization;
using ClaimsFn.Core.Coding.ReferenceFiles;

namespace ClaimsFn.Core.Scrubbing.PlaceOfServiceCodes;

/// <summary>
/// The CMS Place of Service codes (two digits) with the date each became valid. The embedded
/// <see cref="Starter"/> list is the full current code set as of 2024 (see README.md beside it); a user
/// can point <c>ClaimsFn:PlaceOfServicePath</c> at a newer list. Immutable and safe to share between threads.
/// </summary>
public sealed class PlaceOfServiceCodeSet
{
    private const string StarterResource = "ClaimsFn.Core.Scrubbing.PlaceOfServiceCodes.place-of-service-starter.csv";
    private static readonly Lazy<PlaceOfServiceCodeSet> StarterSet = new(LoadStarter);

    private readonly Dictionary<string, DateOnly?> effectiveFrom;

    public PlaceOfServiceCodeSet(IEnumerable<(string Code, DateOnly? EffectiveFrom)> codes, string label)
    {
        effectiveFrom = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        foreach (var (code, from) in codes) effectiveFrom[code] = from;
        Label = label;
    }

    /// <summary>The list embedded in this assembly.</summary>
    public static PlaceOfServiceCodeSet Starter => StarterSet.Value;

    public string Label { get; }

    public int Count => effectiveFrom.Count;

    /// <summary>Whether the code is known at all, whatever the date.</summary>
    public bool Contains(string code) => effectiveFrom.ContainsKey(code.Trim());

    /// <summary>Whether the code is in the set and effective on the date of service.</summary>
    public bool IsValidOn(string code, DateOnly dateOfService) =>
        effectiveFrom.TryGetValue(code.Trim(), out var from) && (from is null || from.Value <= dateOfService);

    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">No two-digit code row was found.</exception>
    public static PlaceOfServiceCodeSet LoadFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException("The configured Place of Service file does not exist (ClaimsFn:PlaceOfServicePath).");
        var codes = new List<(string, DateOnly?)>();
        foreach (var (_, reader) in ReferenceFileReader.Open(path)) codes.AddRange(Read(reader));
        if (codes.Count == 0) throw new InvalidDataException("The configured Place of Service file (ClaimsFn:PlaceOfServicePath) holds no two-digit code.");
        return new PlaceOfServiceCodeSet(codes, Path.GetFileName(path));
    }

    /// <summary>Rows of a CSV whose header row names the columns; the code column is <c>code</c> or <c>place_of_service_code</c>, else the first.</summary>
    public static IEnumerable<(string Code, DateOnly? EffectiveFrom)> Read(TextReader reader)
    {
        var header = reader.ReadLine();
        if (header is null) yield break;
        var names = DelimitedLine.Split(header).Select(h => new string([.. h.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)])).ToList();
        var code = Math.Max(0, names.FindIndex(n => n is "code" or "placeofservicecode" or "poscode"));
        var from = names.FindIndex(n => n is "effectivefrom" or "effectivedate");
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var f = DelimitedLine.Split(line);
            if (f.Length <= code) continue;
            var value = f[code].Trim();
            if (value.Length != 2 || !char.IsAsciiDigit(value[0]) || !char.IsAsciiDigit(value[1])) continue;
            yield return (value, from >= 0 && from < f.Length ? ParseDate(f[from]) : null);
        }
    }

    private static DateOnly? ParseDate(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return null;
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)) return iso;
        return DelimitedLine.TryParseCompactDate(t, out var compact) ? compact : null;
    }

    private static PlaceOfServiceCodeSet LoadStarter()
    {
        using var stream = typeof(PlaceOfServiceCodeSet).Assembly.GetManifestResourceStream(StarterResource)
            ?? throw new InvalidOperationException($"The embedded resource {StarterResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return new PlaceOfServiceCodeSet([.. Read(reader)], "CMS Place of Service codes (embedded starter list)");
    }
}

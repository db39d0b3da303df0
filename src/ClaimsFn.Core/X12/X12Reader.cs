using System.Globalization;

namespace ClaimsFn.Core.X12;

/// <summary>
/// Reads one X12 5010 interchange into segments and checks its envelope (WEDI SNIP level 1, envelope part):
/// the ISA is 106 fixed-width characters and gives the separators; ISA12 is 00501 and GS08 a 005010
/// guide; every ST has its SE, every GS its GE, and SE01/SE02, GE01/GE02, IEA01/IEA02 match what was read.
/// Transaction-specific readers (999, 277CA, 835) work on the result. Bad input is a result with located
/// issues, never an exception; issue messages never quote element data.
/// </summary>
public static class X12Reader
{
    /// <summary>ISA12 of X12 release 5010.</summary>
    public const string InterchangeVersion = "00501";

    /// <summary>Every HIPAA 5010 guide version (GS08) starts with this.</summary>
    public const string GuideVersionPrefix = "005010";

    public static X12ParseResult<X12Interchange> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF')) start++;
        if (!X12Delimiters.TryFromIsa(text.AsSpan(start), out var d, out var problem))
            return X12ParseResult<X12Interchange>.Failed(new X12Issue("X12-ISA", problem, 1, "ISA"));

        var segments = Split(text, start, d, out var trailingData);
        var issues = new List<X12Issue>();
        var isa = segments[0];
        if (isa.Count != 16) issues.Add(new X12Issue("X12-ISA", "The ISA segment must have 16 elements.", 1, "ISA"));
        if (isa[12].Value != InterchangeVersion)
            issues.Add(new X12Issue("X12-VERSION", $"Unsupported interchange version: ISA12 must be {InterchangeVersion} (X12 5010).", 1, "ISA", 12));
        if (!IsDigits(isa[13], 9)) issues.Add(new X12Issue("X12-ISA13", "ISA13 must be a nine-digit control number.", 1, "ISA", 13));

        var groups = new List<X12FunctionalGroup>();
        var iea = default(X12Segment);
        var i = 1;
        while (i < segments.Count)
        {
            var s = segments[i];
            if (s.Id == "IEA")
            {
                iea = s;
                if (i != segments.Count - 1) issues.Add(new X12Issue("X12-AFTER-IEA", "Segments follow IEA; one interchange per file is read.", segments[i + 1].Position, segments[i + 1].Id));
                break;
            }
            if (s.Id != "GS")
            {
                issues.Add(new X12Issue("X12-STRUCTURE", "Expected GS or IEA.", s.Position, s.Id));
                return X12ParseResult<X12Interchange>.Failed([.. issues]);
            }
            var group = ReadGroup(segments, ref i, issues);
            if (group is null) return X12ParseResult<X12Interchange>.Failed([.. issues]);
            groups.Add(group);
        }
        if (iea.IsDefault)
        {
            issues.Add(new X12Issue("X12-TRUNCATED", "The interchange ends without IEA.", segments[^1].Position, segments[^1].Id));
            return X12ParseResult<X12Interchange>.Failed([.. issues]);
        }
        if (trailingData) issues.Add(new X12Issue("X12-TRUNCATED", "Data after the last segment terminator: the file is cut or the terminator is wrong.", segments[^1].Position + 1));
        if (iea[1].Value != groups.Count.ToString(CultureInfo.InvariantCulture))
            issues.Add(new X12Issue("X12-COUNT", $"IEA01 says {Describe(iea[1])} functional groups; the interchange has {groups.Count}.", iea.Position, "IEA", 1));
        if (iea[2].Value != isa[13].Value)
            issues.Add(new X12Issue("X12-CONTROL", "IEA02 does not equal ISA13.", iea.Position, "IEA", 2));
        if (groups.Count == 0) issues.Add(new X12Issue("X12-EMPTY", "The interchange has no functional group.", iea.Position, "IEA"));

        return issues.Count > 0
            ? X12ParseResult<X12Interchange>.Failed([.. issues])
            : X12ParseResult<X12Interchange>.Ok(new X12Interchange(d, isa, groups, iea));
    }

    private static X12FunctionalGroup? ReadGroup(List<X12Segment> segments, ref int i, List<X12Issue> issues)
    {
        var gs = segments[i++];
        if (!gs[8].Value.StartsWith(GuideVersionPrefix, StringComparison.Ordinal))
            issues.Add(new X12Issue("X12-VERSION", $"Unsupported guide version in GS08: expected a {GuideVersionPrefix} (5010) guide.", gs.Position, "GS", 8));
        var sets = new List<X12TransactionSet>();
        while (i < segments.Count)
        {
            var s = segments[i];
            if (s.Id == "GE")
            {
                i++;
                if (s[1].Value != sets.Count.ToString(CultureInfo.InvariantCulture))
                    issues.Add(new X12Issue("X12-COUNT", $"GE01 says {Describe(s[1])} transaction sets; the group has {sets.Count}.", s.Position, "GE", 1));
                if (s[2].Value != gs[6].Value) issues.Add(new X12Issue("X12-CONTROL", "GE02 does not equal GS06.", s.Position, "GE", 2));
                return new X12FunctionalGroup(gs, sets, s);
            }
            if (s.Id != "ST")
            {
                issues.Add(new X12Issue(s.Id is "IEA" or "GS" ? "X12-TRUNCATED" : "X12-STRUCTURE", "Expected ST or GE.", s.Position, s.Id));
                return null;
            }
            var first = i;
            while (i < segments.Count && segments[i].Id is not ("SE" or "GE" or "IEA" or "GS" or "ISA") && (i == first || segments[i].Id != "ST")) i++;
            if (i >= segments.Count || segments[i].Id != "SE")
            {
                var at = i < segments.Count ? segments[i] : segments[^1];
                issues.Add(new X12Issue("X12-TRUNCATED", "A transaction set ends without SE.", at.Position, at.Id));
                return null;
            }
            var se = segments[i];
            var set = new X12TransactionSet(segments.GetRange(first, i - first + 1));
            i++;
            if (se[1].Value != set.Segments.Count.ToString(CultureInfo.InvariantCulture))
                issues.Add(new X12Issue("X12-COUNT", $"SE01 says {Describe(se[1])} segments; the transaction set has {set.Segments.Count}.", se.Position, "SE", 1));
            if (se[2].Value != set.ControlNumber) issues.Add(new X12Issue("X12-CONTROL", "SE02 does not equal ST02.", se.Position, "SE", 2));
            if (!set.ImplementationVersion.StartsWith(GuideVersionPrefix, StringComparison.Ordinal) && set.ImplementationVersion.Length > 0)
                issues.Add(new X12Issue("X12-VERSION", $"Unsupported guide version in ST03: expected a {GuideVersionPrefix} (5010) guide.", set.Header.Position, "ST", 3));
            sets.Add(set);
        }
        issues.Add(new X12Issue("X12-TRUNCATED", "A functional group ends without GE.", segments[^1].Position, segments[^1].Id));
        return null;
    }

    // Counts are digits; anything else is described, not quoted.
    private static string Describe(X12Element e) => IsDigits(e, e.Value.Length) && e.Value.Length is > 0 and < 10 ? e.Value : "something other than a count";

    private static bool IsDigits(string s, int length) => s.Length == length && !s.AsSpan().ContainsAnyExcept("0123456789");

    /// <summary>Splits into segments; line breaks between segments (after the terminator) are ignored.</summary>
    private static List<X12Segment> Split(string text, int start, X12Delimiters d, out bool trailingData)
    {
        var span = text.AsSpan();
        // Every element starts after an element separator, so the separators bound the offsets needed: one
        // array for the whole interchange, no object per segment.
        var all = new int[2 * (span[start..].Count(d.Element) + 1)];
        var used = 0;
        var segments = new List<X12Segment>(span[start..].Count(d.Segment) + 1);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var pos = start;
        trailingData = false;
        var lineBreaksAreData = d.Segment is '\r' or '\n';
        while (pos < text.Length)
        {
            while (!lineBreaksAreData && pos < text.Length && text[pos] is '\r' or '\n') pos++;
            if (pos >= text.Length) break;
            var length = span[pos..].IndexOf(d.Segment);
            if (length < 0)
            {
                trailingData = span[pos..].Trim().Length > 0;
                break;
            }
            var end = pos + length;
            var segment = span[pos..end];
            var idLength = segment.IndexOf(d.Element);
            var idSpan = idLength < 0 ? segment : segment[..idLength];
            // Segment ids repeat endlessly: one string per distinct id.
            if (!ids.TryGetValue(idSpan, out var id))
            {
                id = idSpan.ToString();
                ids[idSpan] = id;
            }
            var first = used;
            if (idLength >= 0)
            {
                var e = pos + idLength + 1;
                while (true)
                {
                    var next = span[e..end].IndexOf(d.Element);
                    all[used++] = e;
                    if (next < 0)
                    {
                        all[used++] = end;
                        break;
                    }
                    all[used++] = e + next;
                    e += next + 1;
                }
            }
            segments.Add(new X12Segment(id, text, all, first, (used - first) / 2, d, segments.Count + 1));
            pos = end + 1;
        }
        return segments;
    }
}

using System.Globalization;

namespace ClaimsFn.Core.X12.Ack999;

/// <summary>
/// Reads 999 acknowledgments (ST01 999, guide 005010X231A1). The envelope is checked by <see cref="X12Reader"/>;
/// this reader follows AK1, then per AK2 its IK3 (with IK4s) and IK5, then AK9. Bad input is a result.
/// </summary>
public static class Ack999Reader
{
    public const string Guide = "005010X231A1";

    public static X12ParseResult<Ack999> Read(string text)
    {
        var envelope = X12Reader.Parse(text);
        return envelope.Value is null ? X12ParseResult<Ack999>.Failed([.. envelope.Issues]) : Read(envelope.Value);
    }

    /// <summary>Reads the first 999 of an interchange (one acknowledgment per interchange is what payers send).</summary>
    public static X12ParseResult<Ack999> Read(X12Interchange interchange)
    {
        var set = interchange.TransactionSets.FirstOrDefault(t => t.TransactionSetId == "999");
        if (set is null) return X12ParseResult<Ack999>.Failed(new X12Issue("ACK-NOT-999", "The interchange holds no 999 transaction set."));
        var issues = new List<X12Issue>();
        X12Segment ak1 = default, ak9 = default;
        var sets = new List<Ack999TransactionSet>();
        var ak2 = default(X12Segment);
        // Most sets are accepted without errors: the list is made only when an IK3 comes.
        List<Ack999Error>? errors = null;
        var ik3 = default(X12Segment);
        string lastSetId = "", lastVersion = "", lastStatus = "";
        foreach (var s in set.Body)
        {
            switch (s.Id)
            {
                case "AK1":
                    ak1 = s;
                    break;
                case "AK2":
                    ak2 = s;
                    errors = null;
                    ik3 = default;
                    break;
                case "IK3" when !ak2.IsDefault:
                    ik3 = s;
                    (errors ??= []).Add(new Ack999Error(s[1], Int(s[2]), Blank(s[3]), s[4]));
                    break;
                case "IK4" when errors is not null && !ik3.IsDefault:
                    // An IK4 refines the IK3 it follows: replace that IK3-only entry the first time, add after that.
                    var element = new Ack999Error(ik3[1], Int(ik3[2]), Blank(ik3[3]), ik3[4], Int(s[1].Component(1)), Int(s[1].Component(2)), Blank(s[2]), s[3]);
                    if (errors.Count > 0 && errors[^1] is { ElementPosition: null } last && last.SegmentId == ik3[1].Value && last.SegmentPosition == Int(ik3[2])) errors[^1] = element;
                    else errors.Add(element);
                    break;
                case "IK5" when !ak2.IsDefault:
                    sets.Add(new Ack999TransactionSet(Repeated(ak2, 1, ref lastSetId), ak2[2], Repeated(ak2, 3, ref lastVersion), Repeated(s, 1, ref lastStatus),
                        SyntaxErrors(s), (IReadOnlyList<Ack999Error>?)errors ?? []));
                    ak2 = default;
                    errors = null;
                    break;
                case "IK5":
                    issues.Add(new X12Issue("ACK-STRUCTURE", "IK5 without AK2.", s.Position, s.Id));
                    break;
                case "AK9":
                    ak9 = s;
                    break;
            }
        }
        if (!ak2.IsDefault) issues.Add(new X12Issue("ACK-STRUCTURE", "AK2 without its IK5.", ak2.Position, ak2.Id));
        if (ak1.IsDefault) issues.Add(new X12Issue("ACK-STRUCTURE", "The 999 has no AK1.", set.Header.Position, "ST"));
        if (ak9.IsDefault) issues.Add(new X12Issue("ACK-STRUCTURE", "The 999 has no AK9.", set.Trailer.Position, "SE"));
        if (issues.Count > 0) return X12ParseResult<Ack999>.Failed([.. issues]);
        return X12ParseResult<Ack999>.Ok(new Ack999(ak1[1], ak1[2], ak1[3], ak9[1], Int(ak9[2]), Int(ak9[3]), Int(ak9[4]), sets));
    }

    /// <summary>AK201, AK203 and IK501 repeat from set to set: reuse the previous string when the element is the same.</summary>
    private static string Repeated(X12Segment segment, int position, ref string last)
    {
        if (segment.ElementIs(position, last)) return last;
        last = segment[position];
        return last;
    }

    private static IReadOnlyList<string> SyntaxErrors(X12Segment ik5)
    {
        if (ik5.Count < 2) return [];
        var codes = new List<string>(ik5.Count - 1);
        for (var i = 2; i <= Math.Min(6, ik5.Count); i++)
            if (!ik5[i].IsEmpty) codes.Add(ik5[i]);
        return codes;
    }

    private static int? Int(string value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}

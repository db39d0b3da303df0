using System.Globalization;

namespace ClaimsFn.Core.X12.Ack277CA;

/// <summary>
/// Reads 277CA claim acknowledgments (ST01 277, guide 005010X214). The hierarchy is information source (HL03
/// 20), information receiver (21), billing provider (19), patient (PT); each patient level is one claim:
/// TRN*2 (our CLM01), STC (claim statuses), REF*1K (payer claim control number), REF*D9, then service
/// lines (SVC) with their own STCs. A 277 of another guide (e.g. 005010X212 claim status) is refused.
/// </summary>
public static class Ack277CAReader
{
    public const string Guide = "005010X214";

    public static X12ParseResult<Ack277CA> Read(string text)
    {
        var envelope = X12Reader.Parse(text);
        return envelope.Value is null ? X12ParseResult<Ack277CA>.Failed([.. envelope.Issues]) : Read(envelope.Value);
    }

    public static X12ParseResult<Ack277CA> Read(X12Interchange interchange)
    {
        var set = interchange.TransactionSets.FirstOrDefault(t => t.TransactionSetId == "277");
        if (set is null) return X12ParseResult<Ack277CA>.Failed(new X12Issue("ACK-NOT-277CA", "The interchange holds no 277 transaction set."));
        if (set.ImplementationVersion != Guide)
            return X12ParseResult<Ack277CA>.Failed(new X12Issue("ACK-NOT-277CA", $"The 277 is not a claim acknowledgment: ST03 must be {Guide}.", set.Header.Position, "ST", 3));

        var issues = new List<X12Issue>();
        var claims = new List<Ack277CAClaim>();
        Ack277CAClaimBuilder? current = null;
        var inLine = false;
        foreach (var s in set.Body)
        {
            switch (s.Id)
            {
                case "HL":
                    Flush();
                    if (s[3].Value == "PT") current = new Ack277CAClaimBuilder(s.Position);
                    inLine = false;
                    break;
                case "TRN" when current is not null && s[1].Value == "2":
                    current.PatientControlNumber = s[2];
                    break;
                case "STC" when current is not null:
                    foreach (var status in Statuses(s)) (inLine ? current.LineStatuses : current.Statuses).Add(status);
                    if (!inLine && decimal.TryParse(s[4], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)) current.ChargeAmount = amount;
                    break;
                case "REF" when current is not null && !inLine && s[1].Value == "1K":
                    current.PayerClaimControlNumber = s[2];
                    break;
                case "REF" when current is not null && !inLine && s[1].Value == "D9":
                    current.TraceNumber = s[2];
                    break;
                case "SVC" when current is not null:
                    inLine = true;
                    break;
            }
        }
        Flush();
        if (issues.Count > 0) return X12ParseResult<Ack277CA>.Failed([.. issues]);
        return X12ParseResult<Ack277CA>.Ok(new Ack277CA(set.ControlNumber, claims));

        void Flush()
        {
            if (current is null) return;
            if (string.IsNullOrEmpty(current.PatientControlNumber)) issues.Add(new X12Issue("ACK-STRUCTURE", "A patient level has no TRN*2 (patient control number).", current.Position, "HL"));
            else if (current.Statuses.Count == 0) issues.Add(new X12Issue("ACK-STRUCTURE", "A patient level has no claim status (STC).", current.Position, "HL"));
            else claims.Add(new Ack277CAClaim(current.PatientControlNumber, current.Statuses, current.LineStatuses, Blank(current.PayerClaimControlNumber), Blank(current.TraceNumber), current.ChargeAmount));
            current = null;
        }
    }

    /// <summary>STC01, STC10 and STC11 each hold a category:code:entity composite.</summary>
    private static IEnumerable<Ack277CAStatus> Statuses(X12Segment stc)
    {
        foreach (var position in new[] { 1, 10, 11 })
        {
            var e = stc[position];
            if (e.IsEmpty) continue;
            yield return new Ack277CAStatus(e.Component(1), e.Component(2), Blank(e.Component(3)));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

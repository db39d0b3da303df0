using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Encounters;

namespace ClaimsFn.Core.Denials;

/// <summary>
/// Applies a <see cref="CorrectionRequest"/> to a copy of a claim, listing the fields that changed. Pure: the
/// caller re-codes and re-scrubs the result and stores it only when it is clean.
/// </summary>
public static class ClaimCorrector
{
    public const int MaxReasonLength = 500;

    public static CorrectionResult Apply(Claim claim, CorrectionRequest request, DateTimeOffset at, string? rule = null)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(request.By)) errors.Add("'by' (the staff id of who corrects) is required.");
        if (string.IsNullOrWhiteSpace(request.Reason)) errors.Add("'reason' is required.");
        else if (request.Reason.Length > MaxReasonLength) errors.Add($"'reason' is longer than {MaxReasonLength} characters.");

        var e = claim.Encounter;
        var changes = new List<string>();
        if (request.Diagnoses is { } dx && !dx.SequenceEqual(e.Diagnoses ?? [], StringComparer.OrdinalIgnoreCase))
        {
            e = e with { Diagnoses = [.. dx.Select(d => d.Trim())] };
            changes.Add("diagnoses");
        }

        var lines = e.ServiceLines.ToList();
        var linesChanged = false;
        foreach (var fix in request.Lines ?? [])
        {
            if (fix.Line < 1 || fix.Line > lines.Count) { errors.Add($"Line {fix.Line} does not exist; the claim has {lines.Count} line(s)."); continue; }
            var line = lines[fix.Line - 1];
            var fixedLine = line;
            if (fix.Procedure is { } p && !string.Equals(p.Trim(), line.Procedure, StringComparison.OrdinalIgnoreCase)) { fixedLine = fixedLine with { Procedure = p.Trim().ToUpperInvariant() }; changes.Add($"lines[{fix.Line}].procedure"); }
            if (fix.Modifiers is { } m && !m.SequenceEqual(line.Modifiers ?? [], StringComparer.Ordinal)) { fixedLine = fixedLine with { Modifiers = [.. m] }; changes.Add($"lines[{fix.Line}].modifiers"); }
            if (fix.Units is { } u && u != line.Units) { fixedLine = fixedLine with { Units = u }; changes.Add($"lines[{fix.Line}].units"); }
            if (fix.Charge is { } c && c != line.Charge) { fixedLine = fixedLine with { Charge = c }; changes.Add($"lines[{fix.Line}].charge"); }
            if (fix.DiagnosisPointers is { } dp && !dp.SequenceEqual(line.DiagnosisPointers ?? [])) { fixedLine = fixedLine with { DiagnosisPointers = [.. dp] }; changes.Add($"lines[{fix.Line}].diagnosisPointers"); }
            if (!ReferenceEquals(fixedLine, line)) { lines[fix.Line - 1] = fixedLine; linesChanged = true; }
        }
        if (linesChanged) e = e with { ServiceLines = lines };

        if (request.TotalCharge is { } total && total != e.TotalCharge) { e = e with { TotalCharge = total }; changes.Add("totalCharge"); }
        else if (request.TotalCharge is null && changes.Any(c => c.EndsWith(".charge", StringComparison.Ordinal)))
        {
            var sum = lines.Sum(l => l.Charge);
            if (sum != e.TotalCharge) { e = e with { TotalCharge = sum }; changes.Add("totalCharge"); }
        }
        if (request.SubscriberMemberId is { } member && member != e.Subscriber.MemberId) { e = e with { Subscriber = e.Subscriber with { MemberId = member } }; changes.Add("subscriber.memberId"); }
        if (request.PlaceOfService is { } pos && pos != e.PlaceOfService) { e = e with { PlaceOfService = pos.Trim() }; changes.Add("placeOfService"); }
        if (request.RenderingProviderNpi is { } npi && npi != e.RenderingProvider?.Npi)
        {
            e = e with { RenderingProvider = (e.RenderingProvider ?? new Provider()) with { Npi = npi.Trim() } };
            changes.Add("renderingProvider.npi");
        }
        if (request.RenderingProviderName is { } renderingName && renderingName != e.RenderingProvider?.Name)
        {
            e = e with { RenderingProvider = (e.RenderingProvider ?? new Provider()) with { Name = renderingName.Trim() } };
            changes.Add("renderingProvider.name");
        }
        var payerChanged = false;
        if (request.PayerId is { } payerId && !string.Equals(payerId.Trim(), e.Payer.Id, StringComparison.OrdinalIgnoreCase))
        {
            e = e with { Payer = new Payer { Id = payerId.Trim(), Name = request.PayerName?.Trim() ?? "" } };
            changes.Add("payer");
            payerChanged = true;
        }

        if (request.PriorAuthorization is { } auth && auth.Trim() != (e.PriorAuthorization ?? ""))
        {
            e = e with { PriorAuthorization = auth.Trim().Length == 0 ? null : auth.Trim() };
            changes.Add("priorAuthorization");
        }
        var next = claim with { Encounter = e };
        // A new payer has never seen the claim: it goes there as an original, with no payer claim number to quote.
        if (payerChanged) next = next with { PayerClaimControlNumber = null };

        if (request.Void)
        {
            if (payerChanged || changes.Count > 0) errors.Add("A void cancels the payer's claim as it is; send it without other changes.");
            if (string.IsNullOrEmpty(claim.PayerClaimControlNumber)) errors.Add("A void needs the payer's claim control number, and no remittance has given one for this claim.");
        }
        else if (changes.Count == 0)
        {
            errors.Add("The correction changes nothing.");
        }
        if (errors.Count > 0) return new CorrectionResult(null, changes, errors);

        var correction = new ClaimCorrection(at, request.By.Trim(), request.Reason.Trim(), changes, request.Void, rule);
        return new CorrectionResult(next with { Corrections = [.. claim.Corrections, correction], VoidRequested = request.Void }, changes, []);
    }
}

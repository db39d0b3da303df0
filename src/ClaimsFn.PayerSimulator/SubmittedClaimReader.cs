using System.Globalization;
using ClaimsFn.Core.X12;

namespace ClaimsFn.PayerSimulator;

/// <summary>Reads the claims of an 837P interchange (005010X222A1) for the simulated payer, with ClaimsFn's X12 reader.</summary>
public static class SubmittedClaimReader
{
    public static IReadOnlyList<(string St02, IReadOnlyList<SubmittedClaim> Claims)> Read(X12Interchange interchange)
    {
        var sets = new List<(string, IReadOnlyList<SubmittedClaim>)>();
        foreach (var set in interchange.TransactionSets.Where(t => t.TransactionSetId == "837"))
        {
            var claims = new List<SubmittedClaim>();
            string payerId = "", memberId = "";
            var billingIsOrganization = false;
            SubmittedClaim? claim = null;
            List<SubmittedLine>? lines = null;
            string? procedure = null, lineControl = null;
            List<string> modifiers = [];
            decimal charge = 0, units = 0;
            DateOnly? date = null;

            void FlushLine()
            {
                if (procedure is null || lines is null) return;
                lines.Add(new SubmittedLine(procedure, modifiers, charge, units, date, lineControl));
                procedure = null;
                lineControl = null;
                date = null;
            }

            void FlushClaim()
            {
                FlushLine();
                if (claim is not null) claims.Add(claim with { Lines = lines! });
                claim = null;
            }

            foreach (var s in set.Body)
            {
                switch (s.Id)
                {
                    case "HL":
                        FlushClaim();
                        break;
                    case "NM1" when s[1].Value == "85":
                        billingIsOrganization = s[2].Value == "2";
                        break;
                    case "NM1" when s[1].Value == "IL":
                        memberId = s[9];
                        break;
                    case "NM1" when s[1].Value == "PR" && claim is null:
                        payerId = s[9];
                        break;
                    case "CLM":
                        FlushClaim();
                        claim = new SubmittedClaim(s[1], payerId, memberId, Decimal(s[2]), s[5].Component(3), null, null, billingIsOrganization, null, []);
                        lines = [];
                        break;
                    case "REF" when claim is not null && procedure is null && s[1].Value == "G1":
                        claim = claim with { PriorAuthorization = s[2] };
                        break;
                    case "REF" when claim is not null && procedure is null && s[1].Value == "F8":
                        claim = claim with { ReplacesClaimNumber = s[2] };
                        break;
                    case "NM1" when claim is not null && procedure is null && s[1].Value == "82":
                        claim = claim with { RenderingProviderNpi = s[9] };
                        break;
                    case "LX" when claim is not null:
                        FlushLine();
                        break;
                    case "SV1" when claim is not null:
                        procedure = s[1].Component(2);
                        modifiers = [.. Enumerable.Range(3, 4).Select(c => s[1].Component(c)).Where(m => m.Length > 0)];
                        charge = Decimal(s[2]);
                        units = s[4].IsEmpty ? 1 : Decimal(s[4]);
                        break;
                    case "DTP" when procedure is not null && s[1].Value == "472":
                        date = DateOnly.TryParseExact(s[3], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
                        break;
                    case "REF" when procedure is not null && s[1].Value == "6R":
                        lineControl = s[2];
                        break;
                }
            }
            FlushClaim();
            sets.Add((set.ControlNumber, claims));
        }
        return sets;
    }

    private static decimal Decimal(string text) => decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : 0m;
}

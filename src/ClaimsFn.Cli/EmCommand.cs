using System.Globalization;
using ClaimsFn.Core.Coding.VisitLevels;

namespace ClaimsFn.Cli;

/// <summary><c>claims em</c>: prints the office/outpatient E/M codes for a visit on one line (e.g. <c>99215+99417x2</c>, or <c>NONE</c>);
/// <c>--clinical-staff</c> marks a visit performed by clinical staff (99211 for an established patient).</summary>
public static class EmCommand
{
    public static int Run(Dictionary<string, string> options, TextWriter output)
    {
        var patient = CliCommands.Required(options, "patient").ToLowerInvariant() switch
        {
            "new" => PatientStatus.New,
            "established" => PatientStatus.Established,
            _ => throw new CliCommands.CliException("--patient must be new or established"),
        };
        int? minutes = options.TryGetValue("minutes", out var m)
            ? int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new CliCommands.CliException("--minutes must be a whole number of minutes")
            : null;
        MedicalDecisionMaking? mdm = options.TryGetValue("mdm", out var d)
            ? d.ToLowerInvariant() switch
            {
                "straightforward" => MedicalDecisionMaking.Straightforward,
                "low" => MedicalDecisionMaking.Low,
                "moderate" => MedicalDecisionMaking.Moderate,
                "high" => MedicalDecisionMaking.High,
                _ => throw new CliCommands.CliException("--mdm must be straightforward, low, moderate or high"),
            }
            : null;
        var clinicalStaff = options.ContainsKey("clinical-staff");
        if (minutes is null && mdm is null && !clinicalStaff) throw new CliCommands.CliException("give --minutes, --mdm or both (or --clinical-staff for a visit by clinical staff)");
        var medicare = options.TryGetValue("payer", out var payer) && payer.Equals("medicare", StringComparison.OrdinalIgnoreCase);
        output.WriteLine(OfficeVisitLevels.Select(patient, minutes, mdm, medicare, clinicalStaff).ToString());
        return 0;
    }
}

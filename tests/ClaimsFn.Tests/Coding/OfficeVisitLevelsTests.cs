using ClaimsFn.Core.Coding.VisitLevels;
using Xunit;

namespace ClaimsFn.Tests.Coding;

public sealed class OfficeVisitLevelsTests
{
    [Theory]
    [InlineData(14, "NONE")]
    [InlineData(15, "99202")]
    [InlineData(29, "99202")]
    [InlineData(30, "99203")]
    [InlineData(44, "99203")]
    [InlineData(45, "99204")]
    [InlineData(59, "99204")]
    [InlineData(60, "99205")]
    [InlineData(74, "99205")]
    [InlineData(75, "99205+99417")]
    [InlineData(89, "99205+99417")]
    [InlineData(90, "99205+99417x2")]
    public void NewPatient_ByTime(int minutes, string expected) =>
        Assert.Equal(expected, OfficeVisitLevels.Select(PatientStatus.New, minutes, null).ToString());

    [Theory]
    [InlineData(0, "99211")]
    [InlineData(9, "99211")]
    [InlineData(10, "99212")]
    [InlineData(20, "99213")]
    [InlineData(30, "99214")]
    [InlineData(39, "99214")]
    [InlineData(40, "99215")]
    [InlineData(54, "99215")]
    [InlineData(55, "99215+99417")]
    [InlineData(70, "99215+99417x2")]
    public void EstablishedPatient_ByTime(int minutes, string expected) =>
        Assert.Equal(expected, OfficeVisitLevels.Select(PatientStatus.Established, minutes, null).ToString());

    [Theory]
    [InlineData(PatientStatus.New, 88, "99205")]
    [InlineData(PatientStatus.New, 89, "99205+G2212")]
    [InlineData(PatientStatus.New, 104, "99205+G2212x2")]
    [InlineData(PatientStatus.Established, 68, "99215")]
    [InlineData(PatientStatus.Established, 69, "99215+G2212")]
    [InlineData(PatientStatus.Established, 84, "99215+G2212x2")]
    public void Medicare_UsesG2212FromTheTopOfTheRange(PatientStatus patient, int minutes, string expected) =>
        Assert.Equal(expected, OfficeVisitLevels.Select(patient, minutes, null, medicare: true).ToString());

    [Theory]
    [InlineData(PatientStatus.New, MedicalDecisionMaking.Straightforward, "99202")]
    [InlineData(PatientStatus.New, MedicalDecisionMaking.Low, "99203")]
    [InlineData(PatientStatus.New, MedicalDecisionMaking.Moderate, "99204")]
    [InlineData(PatientStatus.New, MedicalDecisionMaking.High, "99205")]
    [InlineData(PatientStatus.Established, MedicalDecisionMaking.Straightforward, "99212")]
    [InlineData(PatientStatus.Established, MedicalDecisionMaking.Low, "99213")]
    [InlineData(PatientStatus.Established, MedicalDecisionMaking.Moderate, "99214")]
    [InlineData(PatientStatus.Established, MedicalDecisionMaking.High, "99215")]
    public void ByDecisionMaking(PatientStatus patient, MedicalDecisionMaking mdm, string expected)
    {
        var level = OfficeVisitLevels.Select(patient, null, mdm);
        Assert.Equal(expected, level.ToString());
        Assert.Equal(VisitLevelBasis.MedicalDecisionMaking, level.Basis);
    }

    [Fact]
    public void TimeAndDecisionMaking_TheHigherWins_AndProlongedNeedsTime()
    {
        Assert.Equal("99214", OfficeVisitLevels.Select(PatientStatus.Established, 15, MedicalDecisionMaking.Moderate).ToString());
        Assert.Equal("99214", OfficeVisitLevels.Select(PatientStatus.Established, 35, MedicalDecisionMaking.Low).ToString());
        // High MDM alone never adds prolonged time; 80 minutes does.
        Assert.Equal("99215", OfficeVisitLevels.Select(PatientStatus.Established, 20, MedicalDecisionMaking.High).ToString());
        Assert.Equal("99215+99417x2", OfficeVisitLevels.Select(PatientStatus.Established, 80, MedicalDecisionMaking.High).ToString());
    }

    [Fact]
    public void NegativeMinutes_Throw() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OfficeVisitLevels.Select(PatientStatus.New, -1, null));
}

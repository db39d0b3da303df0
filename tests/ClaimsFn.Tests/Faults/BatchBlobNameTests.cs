using ClaimsFn.Core.Pipeline;
using Xunit;

namespace ClaimsFn.Tests.Faults;

public sealed class BatchBlobNameTests
{
    [Theory]
    [InlineData("clinic-a/2026-09.jsonl")]
    [InlineData("clinic-a/2026-09-02.csv.gz")]
    [InlineData("1234567893/superbill 2026-09.csv")]
    [InlineData("denials-clinic/batch.json")]
    [InlineData("clinic/wisdom-2026.jsonl")]
    public void PlainNames_AreAccepted(string name) => Assert.Null(BatchBlobName.Problem(name));

    [Theory]
    [InlineData("../x.jsonl")]
    [InlineData("clinic/./x.jsonl")]
    [InlineData("%2e%2e/%2e%2e/etc/passwd.jsonl")]
    [InlineData("clinic/..%2fx.jsonl")]
    [InlineData("clinic\\..\\x.jsonl")]
    [InlineData("clinic/x\u0001.jsonl")]
    [InlineData("clinic/john-smith-ssn-123-45-6789.jsonl")]
    [InlineData("clinic/123-45-6789.jsonl")]
    [InlineData("clinic/mrn 123456789.jsonl")]
    [InlineData("clinic/DOB_1961-03-14.jsonl")]
    public void TraversalAndPersonalData_AreRefused_WithoutRepeatingTheName(string name)
    {
        var problem = BatchBlobName.Problem(name);
        Assert.NotNull(problem);
        Assert.DoesNotContain("6789", problem);
        Assert.DoesNotContain("passwd", problem);
    }
}

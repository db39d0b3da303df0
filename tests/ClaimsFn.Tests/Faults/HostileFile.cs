namespace ClaimsFn.Tests.Faults;

/// <summary>One hostile upload: the blob name it is uploaded under, what is wrong with it, and how to make its bytes.</summary>
public sealed record HostileFile(string BlobName, string Defect, Func<byte[]> Content)
{
    public override string ToString() => BlobName;
}

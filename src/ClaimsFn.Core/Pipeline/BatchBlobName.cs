using System.Text.RegularExpressions;

namespace ClaimsFn.Core.Pipeline;

/// <summary>
/// Refuses upload names that try to walk out of the container (dot segments, backslashes, percent escapes, control
/// characters) or that look like they carry personal data (an SSN pattern, or the words ssn / dob / mrn). Such a
/// batch is Rejected with a reason that does not repeat the name, and the name is not stored (docs/faults.md).
/// </summary>
public static partial class BatchBlobName
{
    /// <summary>Stored in place of a refused name.</summary>
    public const string Withheld = "(name withheld)";

    public static string? Problem(string blobName)
    {
        if (blobName.Any(char.IsControl) || blobName.Contains('\\') || blobName.Contains('%') || blobName.Split('/').Any(s => s is "." or ".."))
            return "The file name is not a plain path (it has '.' or '..' segments, a backslash, a percent escape or a control character). Name batches like clinic-a/2026-09.jsonl and upload again.";
        if (PersonalData().IsMatch(blobName))
            return "The file name looks like it carries personal data (an SSN-like number or the words ssn, dob or mrn). File names are logged and shown; name batches by clinic and date, never by patient, and upload again.";
        return null;
    }

    [GeneratedRegex(@"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)|(?<![a-z])(ssn|dob|mrn)(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonalData();
}

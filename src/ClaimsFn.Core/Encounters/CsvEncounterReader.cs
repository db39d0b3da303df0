using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using C = ClaimsFn.Core.Encounters.CsvSuperbillColumns;

namespace ClaimsFn.Core.Encounters;

/// <summary>
/// Reads the CSV superbill layout (docs/csv-superbill.md) as a stream with CsvHelper: a header row naming the
/// columns, then one row per service line, the rows of one encounter together. Each encounter becomes one record,
/// numbered by its first row (the header is row 1, as a spreadsheet shows it). Bad rows reject their encounter with
/// the row number and the column at fault; a file without a usable header is rejected whole. Reasons name columns
/// and rows, never values.
/// </summary>
public sealed class CsvEncounterReader
{
    /// <summary>The longest row read; a longer one (e.g. an unclosed quote) stops reading with a reason.</summary>
    public const int MaxRowBytes = 256 * 1024;

    private const string Utf8Hint = "save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\") and upload it again";

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "M/d/yyyy", "MM/dd/yyyy", "yyyyMMdd"];

    public async IAsyncEnumerable<EncounterRecord> ReadAsync(Stream batch, string defaultSource, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long malformedRow = 0;
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            SkipEmptyLines = true,
            MaxRecordSize = MaxRowBytes,
            IncludeValuesInExceptions = false,
            OnMalformedRecord = record => malformedRow = record.RecordNumber,
        };
        await using var csv = CsvReader.Create(batch, options, leaveOpen: true);

        var (header, error) = await ReadHeaderAsync(csv, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            yield return EncounterRecord.FileRejected(error);
            yield break;
        }
        var columns = header!;

        Group? group = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var any = false;
        while (true)
        {
            var (read, readError) = await NextAsync(csv, cancellationToken).ConfigureAwait(false);
            if (readError is not null)
            {
                if (group is not null) yield return Build(group.Rejected(readError), defaultSource);
                else if (!any) yield return EncounterRecord.FileRejected(readError);
                yield break;
            }
            if (!read) break;
            any = true;
            var row = csv.RowNumber + 1;
            var fields = new string?[columns.Count];
            string? rowProblem = malformedRow == row ? $"row {row} has a misplaced quote (\"); put quotes only around whole values" : null;
            malformedRow = 0;
            if (csv.FieldCount != columns.Count) rowProblem ??= $"row {row} has {csv.FieldCount} values but the header has {columns.Count} columns (a missing or extra comma?)";
            for (var i = 0; i < columns.Count && i < csv.FieldCount; i++)
            {
                var span = csv.GetSpan(i);
                if (!Utf8.IsValid(span))
                {
                    rowProblem ??= $"row {row} is not valid UTF-8 text; {Utf8Hint}";
                    continue;
                }
                fields[i] = span.IsEmpty ? null : Encoding.UTF8.GetString(span).Trim();
                if (fields[i] is { Length: 0 }) fields[i] = null;
                // A NUL or other control character has no place in a claim (nor in an 837); JSON rejects them by itself.
                // Tabs and line breaks inside a quoted value (an address pasted in) are left to the fields' own checks.
                if (fields[i] is { } value && value.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'))) rowProblem ??= $"row {row}, column {columns.Names[i]}: contains a control character (a NUL byte?); save the file as plain CSV text";
            }

            var encounterId = fields[columns.Index(C.EncounterId)];
            if (encounterId is null)
            {
                if (group is not null) yield return Build(group, defaultSource);
                group = null;
                yield return EncounterRecord.Rejected(row, rowProblem ?? $"row {row}: {C.EncounterId} is empty; every row needs its encounter's id.", $"row {row}");
                continue;
            }
            if (group is null || group.EncounterId != encounterId)
            {
                if (group is not null) yield return Build(group, defaultSource);
                group = new Group(encounterId, row, columns);
                if (!seen.Add(encounterId)) group.Problem = $"rows of this {C.EncounterId} also appear above row {row}; keep all rows of an encounter together";
            }
            group.Add(row, fields, rowProblem);
        }
        if (group is not null) yield return Build(group, defaultSource);
    }

    private static async Task<(Columns? Header, string? Error)> ReadHeaderAsync(CsvReader csv, CancellationToken cancellationToken)
    {
        try
        {
            await csv.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (CsvFormatException)
        {
            return (null, "The header row could not be read (an unclosed quote, or a row longer than 256 KiB).");
        }
        var names = csv.Headers.Select(C.Normalize).ToList();
        if (names.Count == 0 || names.All(n => n.Length == 0)) return (null, "The file is empty: a CSV superbill starts with a header row naming its columns (see docs/csv-superbill.md).");
        var missing = C.Required.Where(r => !names.Contains(r)).ToList();
        if (missing.Count > 0)
            return (null, $"The header row is missing or lacks required column(s): {string.Join(", ", missing)}. The first row must name the columns (see docs/csv-superbill.md).");
        var unknown = names.Where(n => !C.All.Contains(n)).Select(n => n.Length == 0 ? "(blank)" : n.Length > 40 ? n[..40] + "…" : n).ToList();
        if (unknown.Count > 0)
            return (null, $"The header row has column(s) the superbill layout does not define: {string.Join(", ", unknown.Take(10))}. Rename or remove them (see docs/csv-superbill.md).");
        var duplicated = names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicated.Count > 0) return (null, $"The header row names column(s) twice: {string.Join(", ", duplicated)}.");
        return (new Columns(names), null);
    }

    private static async Task<(bool Read, string? Error)> NextAsync(CsvReader csv, CancellationToken cancellationToken)
    {
        try
        {
            return (await csv.ReadAsync(cancellationToken).ConfigureAwait(false), null);
        }
        catch (CsvFormatException ex)
        {
            return (false, $"Reading stopped at row {ex.RecordNumber}: the row is longer than {MaxRowBytes / 1024} KiB (an unclosed quote?). Rows after it were not read; fix the file and upload it again.");
        }
    }

    private static EncounterRecord Build(Group g, string defaultSource)
    {
        var location = g.FirstRow == g.LastRow ? $"row {g.FirstRow}" : $"rows {g.FirstRow}-{g.LastRow}";
        EncounterRecord Reject(string why) => EncounterRecord.Rejected(g.FirstRow, $"The encounter in {location} was not read: {why}.", location);
        if (g.Problem is not null) return Reject(g.Problem);

        var problems = new List<string>();
        DateOnly? Date(string column, bool required = false)
        {
            var text = g.Value(column);
            if (text is null)
            {
                if (required) problems.Add($"{column} is empty");
                return null;
            }
            if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            problems.Add($"{column} is not a date (use YYYY-MM-DD or MM/DD/YYYY)");
            return null;
        }

        var dos = Date(C.DateOfService, required: true);
        var dosEnd = Date(C.DateOfServiceEnd);
        var payer = new Payer { Id = g.Value(C.PayerId) ?? "", Name = g.Value(C.PayerName) ?? "" };
        if (payer.Id.Length == 0 && payer.Name.Length == 0) problems.Add($"no payer ({C.PayerId} and {C.PayerName} are empty)");

        var relationship = Relationship(g.Value(C.Relationship));
        if (relationship is null) problems.Add($"{C.Relationship} must be self, spouse, child or other (or 18, 01, 19, G8)");
        var subscriber = new Subscriber
        {
            MemberId = g.Value(C.MemberId) ?? "",
            FirstName = g.Value(C.SubscriberFirstName) ?? "",
            LastName = g.Value(C.SubscriberLastName) ?? "",
            DateOfBirth = Date(C.SubscriberDateOfBirth),
            Sex = Sex(g.Value(C.SubscriberSex), C.SubscriberSex, problems),
            Relationship = relationship ?? "self",
            Address = Address(g, C.SubscriberAddressLine1, C.SubscriberCity, C.SubscriberState, C.SubscriberPostalCode),
        };
        if (subscriber.MemberId.Length == 0 && subscriber.LastName.Length == 0) problems.Add($"no subscriber ({C.MemberId} and {C.SubscriberLastName} are empty)");

        Person? patient = null;
        if (g.Value(C.PatientFirstName) is not null || g.Value(C.PatientLastName) is not null || g.Value(C.PatientDateOfBirth) is not null)
            patient = new Person
            {
                FirstName = g.Value(C.PatientFirstName) ?? "",
                LastName = g.Value(C.PatientLastName) ?? "",
                DateOfBirth = Date(C.PatientDateOfBirth),
                Sex = Sex(g.Value(C.PatientSex), C.PatientSex, problems),
            };
        if (relationship is not null and not "self" && patient is null) problems.Add($"no patient: {C.Relationship} is not self but the patient_ columns are empty");

        var billing = new Provider
        {
            Npi = g.Value(C.BillingNpi) ?? "",
            TaxId = g.Value(C.BillingTaxId) ?? "",
            Taxonomy = g.Value(C.BillingTaxonomy) ?? "",
            Name = g.Value(C.BillingName) ?? "",
            Address = Address(g, C.BillingAddressLine1, C.BillingCity, C.BillingState, C.BillingPostalCode),
        };
        if (billing.Npi.Length == 0 && billing.Name.Length == 0) problems.Add($"no billing provider ({C.BillingNpi} and {C.BillingName} are empty)");
        Provider? rendering = g.Value(C.RenderingNpi) is null && g.Value(C.RenderingName) is null ? null : new Provider
        {
            Npi = g.Value(C.RenderingNpi) ?? "",
            Taxonomy = g.Value(C.RenderingTaxonomy) ?? "",
            Name = g.Value(C.RenderingName) ?? "",
        };

        var diagnoses = new List<string>();
        var gap = 0;
        for (var i = 1; i <= C.MaxDiagnoses; i++)
        {
            var dx = g.Value(C.DiagnosisPrefix + i);
            if (dx is null) gap = gap == 0 ? i : gap;
            else if (gap != 0)
            {
                problems.Add($"{C.DiagnosisPrefix}{gap} is empty but {C.DiagnosisPrefix}{i} is filled; fill the diagnoses from {C.DiagnosisPrefix}1 without gaps");
                break;
            }
            else diagnoses.Add(dx);
        }

        var lines = new List<ServiceLine>();
        foreach (var (row, values) in g.Lines)
        {
            string? V(string column) => g.Columns.TryIndex(column, out var i) ? values[i] : null;
            if (C.LineColumns.All(c => V(c) is null)) continue;
            var units = Number(V(C.Units), 1m, row, C.Units, problems);
            var charge = Number(V(C.Charge), 0m, row, C.Charge, problems);
            lines.Add(new ServiceLine
            {
                Procedure = (V(C.Procedure) ?? "").ToUpperInvariant(),
                Modifiers = Split(V(C.Modifiers)).Select(m => m.ToUpperInvariant()).ToList(),
                Units = units,
                Charge = charge,
                DiagnosisPointers = Pointers(V(C.DiagnosisPointers), row, problems),
            });
        }
        var total = g.Value(C.TotalCharge) is null ? lines.Sum(l => l.Charge) : Number(g.Value(C.TotalCharge), 0m, g.FirstRow, C.TotalCharge, problems);

        if (problems.Count > 0) return Reject(string.Join("; ", problems.Distinct()));
        var source = g.Value(C.Source) ?? defaultSource;
        return EncounterRecord.Accepted(g.FirstRow, new Encounter
        {
            Source = source,
            EncounterId = g.EncounterId,
            DateOfService = dos!.Value,
            DateOfServiceEnd = dosEnd is { } end && end != dos ? end : null,
            PlaceOfService = g.Value(C.PlaceOfService) ?? "",
            Payer = payer,
            Subscriber = subscriber,
            Patient = patient,
            BillingProvider = billing,
            RenderingProvider = rendering,
            Diagnoses = diagnoses,
            ServiceLines = lines,
            TotalCharge = total,
        }, location);
    }

    private static Address? Address(Group g, string line1, string city, string state, string postalCode) =>
        g.Value(line1) is null && g.Value(city) is null && g.Value(state) is null && g.Value(postalCode) is null ? null : new Address
        {
            Line1 = g.Value(line1) ?? "",
            City = g.Value(city) ?? "",
            State = g.Value(state) ?? "",
            PostalCode = (g.Value(postalCode) ?? "").Replace("-", "", StringComparison.Ordinal),
        };

    private static string? Relationship(string? value) => value?.ToLowerInvariant() switch
    {
        null or "self" or "18" => "self",
        "spouse" or "01" => "spouse",
        "child" or "19" => "child",
        "other" or "g8" => "other",
        _ => null,
    };

    private static string Sex(string? value, string column, List<string> problems)
    {
        switch (value?.ToUpperInvariant())
        {
            case null: return "";
            case "F" or "FEMALE": return "F";
            case "M" or "MALE": return "M";
            case "U" or "UNKNOWN": return "U";
            default:
                problems.Add($"{column} must be F, M or U");
                return "";
        }
    }

    private static decimal Number(string? text, decimal whenEmpty, long row, string column, List<string> problems)
    {
        if (text is null) return whenEmpty;
        var plain = text.Replace("$", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim();
        if (decimal.TryParse(plain, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        problems.Add($"row {row}: {column} is not a number");
        return 0;
    }

    private static IEnumerable<string> Split(string? text) =>
        text is null ? [] : text.Split([';', ',', ' ', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Pointers as numbers 1–12 ("1;2") or CMS-1500 letters A–L ("AB", "A;B").</summary>
    private static List<int> Pointers(string? text, long row, List<string> problems)
    {
        var pointers = new List<int>();
        foreach (var token in Split(text))
        {
            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= C.MaxDiagnoses) pointers.Add(n);
            else if (token.All(c => char.ToUpperInvariant(c) is >= 'A' and <= 'L')) pointers.AddRange(token.Select(c => char.ToUpperInvariant(c) - 'A' + 1));
            else
            {
                problems.Add($"row {row}: {C.DiagnosisPointers} must be numbers 1-12 or letters A-L");
                break;
            }
        }
        return pointers;
    }

    /// <summary>The header's columns by normalized name.</summary>
    private sealed class Columns(IReadOnlyList<string> names)
    {
        private readonly Dictionary<string, int> index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i);

        public int Count => names.Count;

        public IReadOnlyList<string> Names => names;

        public int Index(string name) => index[name];

        public bool TryIndex(string name, out int i) => index.TryGetValue(name, out i);
    }

    /// <summary>The rows of one encounter read so far: encounter-level values (the first non-empty of each column) and the line rows.</summary>
    private sealed class Group(string encounterId, long firstRow, Columns columns)
    {
        private readonly string?[] values = new string?[columns.Count];

        public string EncounterId { get; } = encounterId;
        public long FirstRow { get; } = firstRow;
        public long LastRow { get; private set; } = firstRow;
        public Columns Columns { get; } = columns;
        public string? Problem { get; set; }
        public List<(long Row, string?[] Values)> Lines { get; } = [];

        public string? Value(string column) => Columns.TryIndex(column, out var i) ? values[i] : null;

        public Group Rejected(string problem)
        {
            Problem ??= problem;
            return this;
        }

        public void Add(long row, string?[] fields, string? rowProblem)
        {
            LastRow = row;
            Problem ??= rowProblem;
            for (var i = 0; i < fields.Length; i++)
            {
                if (fields[i] is null || C.LineColumns.Contains(Columns.Names[i])) continue;
                if (values[i] is null) values[i] = fields[i];
                else if (!string.Equals(values[i], fields[i], StringComparison.Ordinal))
                    Problem ??= $"row {row}: {Columns.Names[i]} differs from the rows above of the same encounter; encounter columns must agree or be left empty";
            }
            Lines.Add((row, fields));
        }
    }
}

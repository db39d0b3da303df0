using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Coding.Hcpcs;
using ClaimsFn.Core.Coding.Procedures;
using ClaimsFn.Core.Coding.Text;

namespace ClaimsFn.Cli;

/// <summary>
/// <c>claims import-codesets --from DIR --to DIR</c>: finds the official files a user downloaded (loose, gzipped
/// or inside zips), checks each parses, and writes them uncompressed into the layout the settings name:
/// <c>icd10cm/icd10cm-order-YYYY.txt</c> (ClaimsFn__CodeSetsPath = TO/icd10cm), <c>icd10cm/icd10cm-index.xml</c>
/// (CDC's index XML as published) or <c>icd10cm/icd10cm-index.csv</c> (a flattened CSV) (ClaimsFn__IcdIndexPath), <c>hcpcs/hcpcs.csv</c> (ClaimsFn__HcpcsPath) and <c>cpt/cpt.txt</c> (ClaimsFn__CptPath).
/// </summary>
public static partial class ImportCodeSetsCommand
{
    public static int Run(Dictionary<string, string> options, TextWriter output)
    {
        var from = CliCommands.Required(options, "from");
        var to = CliCommands.Required(options, "to");
        if (!Directory.Exists(from)) throw new CliCommands.CliException($"no such folder: {from}");
        var imported = Import(from, to, output);
        if (imported.Count == 0)
        {
            output.WriteLine($"nothing imported: no icd10cm-order-YYYY.txt, Alphabetic Index XML or CSV, HCPCS CSV or cpt*.txt under {from}");
            return 1;
        }
        output.WriteLine("settings for this layout:");
        foreach (var (setting, value) in imported.OrderBy(p => p.Key, StringComparer.Ordinal)) output.WriteLine($"  ClaimsFn__{setting}={value}");
        return 0;
    }

    /// <summary>Imports what it recognises; returns setting name → configured path.</summary>
    public static Dictionary<string, string> Import(string from, string to, TextWriter log)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        var icdFolder = Path.Combine(to, "icd10cm");
        foreach (var (name, open) in Sources(from).OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(name);
            if (OrderFileName().Match(fileName) is { Success: true } order)
            {
                var text = ReadAll(open);
                var count = IcdOrderFileReader.Read(new MemoryStream(Encoding.ASCII.GetBytes(text))).Count();
                var target = Path.Combine(icdFolder, $"icd10cm-order-{order.Groups["year"].Value}.txt");
                Write(target, text);
                log.WriteLine($"ICD-10-CM FY{order.Groups["year"].Value} order file: {count} codes and headers from {name} -> {target}");
                settings["CodeSetsPath"] = Path.GetFullPath(icdFolder);
            }
            else if (fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase))
            {
                var text = ReadAll(open);
                var header = text.AsSpan(0, Math.Max(0, text.IndexOf('\n'))).ToString().ToLowerInvariant();
                if (header.Contains("nonessmodif", StringComparison.Ordinal) && !fileName.Contains("external", StringComparison.OrdinalIgnoreCase))
                {
                    var rows = AlphabeticIndexReader.Read(new StringReader(text)).Count;
                    var target = Path.Combine(icdFolder, "icd10cm-index.csv");
                    Write(target, text);
                    log.WriteLine($"ICD-10-CM Alphabetic Index: {rows} rows from {name} -> {target}");
                    settings["IcdIndexPath"] = Path.GetFullPath(target);
                }
                else if (header.Contains("hcpcs", StringComparison.Ordinal) && header.Contains("recid", StringComparison.Ordinal))
                {
                    var set = HcpcsCodeSet.Read(new StringReader(text), fileName);
                    var target = Path.Combine(to, "hcpcs", "hcpcs.csv");
                    Write(target, text);
                    log.WriteLine($"HCPCS Level II: {set.CodeCount} codes, {set.ModifierCount} modifiers from {name} -> {target}");
                    settings["HcpcsPath"] = Path.GetFullPath(target);
                }
            }
            else if (fileName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && fileName.Contains("index", StringComparison.OrdinalIgnoreCase)
                && !fileName.Contains("eindex", StringComparison.OrdinalIgnoreCase) && !fileName.Contains("external", StringComparison.OrdinalIgnoreCase))
            {
                // CDC's Alphabetic Index as published; kept as XML, which the product reads directly.
                var text = ReadAll(open);
                if (text.Contains("EXTERNAL CAUSE", StringComparison.OrdinalIgnoreCase) && text.IndexOf("EXTERNAL CAUSE", StringComparison.OrdinalIgnoreCase) < 400) continue;
                var rows = AlphabeticIndexXmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))).Count;
                var target = Path.Combine(icdFolder, "icd10cm-index.xml");
                Write(target, text);
                log.WriteLine($"ICD-10-CM Alphabetic Index (CDC XML): {rows} rows from {name} -> {target}");
                settings["IcdIndexPath"] = Path.GetFullPath(target);
            }
            else if (fileName.StartsWith("cpt", StringComparison.OrdinalIgnoreCase) && fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                var target = Path.Combine(to, "cpt", "cpt.txt");
                Write(target, ReadAll(open));
                var list = CptCodeList.ReadFile(target);
                log.WriteLine($"CPT list: {list.Count} codes from {name} -> {target}");
                settings["CptPath"] = Path.GetFullPath(target);
            }
        }
        return settings;
    }

    /// <summary>Every file under the folder, with .gz opened and zip entries listed as <c>zip!entry</c>.</summary>
    private static IEnumerable<(string Name, Func<Stream> Open)> Sources(string folder)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                using var zip = ZipFile.OpenRead(path);
                var entries = zip.Entries.Where(e => e.Length > 0).Select(e => e.FullName).ToList();
                foreach (var entry in entries)
                {
                    var (zipPath, entryName) = (path, entry);
                    yield return (Strip(entryName), () =>
                    {
                        var archive = ZipFile.OpenRead(zipPath);
                        var copy = new MemoryStream();
                        using (var s = archive.GetEntry(entryName)!.Open()) s.CopyTo(copy);
                        archive.Dispose();
                        copy.Position = 0;
                        return copy;
                    });
                }
            }
            else if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                var p = path;
                yield return (Strip(p), () => new GZipStream(File.OpenRead(p), CompressionMode.Decompress));
            }
            else
            {
                var p = path;
                yield return (p, () => File.OpenRead(p));
            }
        }
    }

    private static string Strip(string name) => name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;

    private static string ReadAll(Func<Stream> open)
    {
        using var stream = open();
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        // Normalise line ends: the CDC files use CRLF.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    [GeneratedRegex(@"^icd10cm[-_ ]order[-_ ](?<year>\d{4})\.txt$", RegexOptions.IgnoreCase)]
    private static partial Regex OrderFileName();
}

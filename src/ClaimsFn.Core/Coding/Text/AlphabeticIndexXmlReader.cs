using System.Globalization;
using System.Text;
using System.Xml;

namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// Reads CDC's ICD-10-CM Alphabetic Index as published (<c>icd10cm_index_YYYY.xml</c>, public domain):
/// <c>letter/mainTerm/term[@level]</c> with <c>title</c> (its <c>nemod</c> holds the nonessential modifiers),
/// <c>see</c>, <c>seeAlso</c> and <c>code</c>. Produces the same rows, in the same order, as the flattened CSV
/// that <see cref="AlphabeticIndexReader"/> reads, so either file can be configured.
/// </summary>
public static class AlphabeticIndexXmlReader
{
    public static IReadOnlyList<AlphabeticIndexEntry> ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    public static IReadOnlyList<AlphabeticIndexEntry> Read(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreWhitespace = false, XmlResolver = null };
        using var xml = XmlReader.Create(stream, settings);
        var entries = new List<AlphabeticIndexEntry>(90_000);
        // One open term per depth: emitted before its first subterm (index order) or at its end.
        var open = new Stack<PendingTerm>();
        // Reading an element's text leaves the reader on the node after it, which must not be skipped.
        var positioned = false;
        while (positioned || xml.Read())
        {
            positioned = false;
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "mainTerm" or "term":
                        if (open.TryPeek(out var parent)) Emit(parent, entries);
                        var level = xml.LocalName == "mainTerm" ? 0 : int.Parse(xml.GetAttribute("level") ?? "1", CultureInfo.InvariantCulture);
                        var pending = new PendingTerm(level);
                        open.Push(pending);
                        if (xml.IsEmptyElement) Emit(open.Pop(), entries);
                        break;
                    case "title" or "diff" when open.TryPeek(out var term) && term.Term is null:
                        ReadTitle(xml, term);
                        break;
                    case "see" when open.TryPeek(out var term):
                        term.See = Text(xml);
                        positioned = true;
                        break;
                    case "code" when open.TryPeek(out var term):
                        term.Code = Text(xml);
                        positioned = true;
                        break;
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName is "mainTerm" or "term" && open.Count > 0)
            {
                Emit(open.Pop(), entries);
            }
        }
        if (entries.Count == 0) throw new InvalidDataException("The XML file holds no ICD-10-CM index terms (mainTerm).");
        return entries;
    }

    private static void ReadTitle(XmlReader xml, PendingTerm term)
    {
        var text = new StringBuilder();
        var modifiers = new StringBuilder();
        if (xml.IsEmptyElement) { term.Term = ""; return; }
        var depth = xml.Depth;
        var inModifier = 0;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "nemod" && !xml.IsEmptyElement) inModifier++;
            else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "nemod") inModifier--;
            else if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                (inModifier > 0 ? modifiers : text).Append(xml.Value);
        }
        term.Term = Collapse(text.ToString());
        term.Modifiers = Collapse(modifiers.ToString());
    }

    private static string Text(XmlReader xml) => Collapse(xml.ReadElementContentAsString());

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void Emit(PendingTerm term, List<AlphabeticIndexEntry> entries)
    {
        if (term.Emitted || term.Term is null) return;
        term.Emitted = true;
        entries.Add(new AlphabeticIndexEntry(term.Level, term.Term, term.See ?? "", term.Modifiers ?? "", term.Code ?? ""));
    }

    private sealed class PendingTerm(int level)
    {
        public int Level { get; } = level;
        public string? Term { get; set; }
        public string? Modifiers { get; set; }
        public string? See { get; set; }
        public string? Code { get; set; }
        public bool Emitted { get; set; }
    }
}

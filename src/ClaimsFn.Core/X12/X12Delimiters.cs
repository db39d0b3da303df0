using System.Diagnostics.CodeAnalysis;

namespace ClaimsFn.Core.X12;

/// <summary>
/// The four separators of an interchange. A reader takes them from the fixed-width ISA segment (element
/// separator at ISA position 4, repetition separator in ISA11, component separator in ISA16, segment
/// terminator right after ISA16); a writer takes them from configuration. The four must differ from each
/// other and must not be letters, digits or a space, which data needs.
/// The default value is not valid; use <see cref="Standard"/> or <see cref="TryCreate"/>.
/// </summary>
public readonly record struct X12Delimiters
{
    /// <summary>Length of the ISA segment up to and including its terminator: 106 characters.</summary>
    public const int IsaLength = 106;

    private X12Delimiters(char element, char component, char repetition, char segment) =>
        (Element, Component, Repetition, Segment) = (element, component, repetition, segment);

    /// <summary><c>*</c>, <c>:</c>, <c>^</c>, <c>~</c>: what most trading partners use.</summary>
    public static X12Delimiters Standard { get; } = new('*', ':', '^', '~');

    public char Element { get; }

    public char Component { get; }

    public char Repetition { get; }

    public char Segment { get; }

    /// <summary>True when <paramref name="c"/> is one of the four separators, so it cannot appear in data.</summary>
    public bool IsDelimiter(char c) => c == Element || c == Component || c == Repetition || c == Segment;

    public static bool TryCreate(char element, char component, char repetition, char segment, out X12Delimiters delimiters, [NotNullWhen(false)] out string? problem)
    {
        delimiters = default;
        char[] all = [element, component, repetition, segment];
        if (all.Distinct().Count() != 4)
        {
            problem = "The element, component, repetition and segment separators must be four different characters.";
            return false;
        }
        if (all.Any(c => char.IsAsciiLetterOrDigit(c) || c == ' ' || c > '~' || (c < ' ' && c is not ('\n' or '\r' or '\u001c' or '\u001d' or '\u001e' or '\u001f'))))
        {
            problem = "A separator cannot be a letter, a digit, a space or a non-ASCII character.";
            return false;
        }
        delimiters = new X12Delimiters(element, component, repetition, segment);
        problem = null;
        return true;
    }

    /// <summary>Reads the separators from the start of an interchange (its ISA segment).</summary>
    public static bool TryFromIsa(ReadOnlySpan<char> text, out X12Delimiters delimiters, [NotNullWhen(false)] out string? problem)
    {
        delimiters = default;
        if (text.Length < IsaLength || !text.StartsWith("ISA"))
        {
            problem = text.StartsWith("ISA") ? "The interchange ends inside its ISA segment (106 characters)." : "An interchange starts with ISA.";
            return false;
        }
        var element = text[3];
        // ISA elements are fixed width, so the element separator must sit at these 16 positions.
        ReadOnlySpan<int> positions = [3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103];
        foreach (var p in positions)
        {
            if (text[p] != element)
            {
                problem = $"The ISA segment is not 106 fixed-width characters: expected the element separator at position {p + 1}.";
                return false;
            }
        }
        return TryCreate(element, text[104], text[82], text[105], out delimiters, out problem);
    }

    public override string ToString() => $"{Element}{Component}{Repetition}{Segment}";
}

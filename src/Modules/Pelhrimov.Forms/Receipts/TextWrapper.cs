using System.Text;
using PdfSharp.Drawing;

namespace Pelhrimov.Forms.Receipts;

/// <summary>Breaks plain text into lines that fit a width: at spaces where it can, inside a word that is wider than the line.</summary>
internal static class TextWrapper
{
    /// <summary>The lines of <paramref name="text"/> (already <see cref="Clean"/>ed) set in <paramref name="font"/>; an empty text gives one empty line.</summary>
    public static List<string> Wrap(XGraphics gfx, XFont font, string text, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            WrapParagraph(gfx, font, paragraph.TrimEnd(), width, lines);
        }

        return lines;
    }

    /// <summary>
    /// The text as it may be drawn: line breaks normalised to <c>\n</c>, tabs as spaces, other control characters
    /// dropped. Nothing is interpreted: <c>&lt;script&gt;</c> stays those characters.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    clean.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n' or '\u2028' or '\u2029' or '\u0085':
                    clean.Append('\n');
                    break;
                case '\t':
                    clean.Append(' ');
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        clean.Append(c);
                    }

                    break;
            }
        }

        return clean.ToString().Trim('\n');
    }

    private static void WrapParagraph(XGraphics gfx, XFont font, string paragraph, double width, List<string> lines)
    {
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Fits(gfx, font, candidate, width))
            {
                line.Clear().Append(candidate);
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            if (Fits(gfx, font, word, width))
            {
                line.Append(word);
            }
            else
            {
                BreakWord(gfx, font, word, width, lines, line);
            }
        }

        lines.Add(line.ToString());
    }

    /// <summary>A word wider than the line (a long URL, a hash, a key held down) is cut between characters, never between a surrogate pair.</summary>
    private static void BreakWord(XGraphics gfx, XFont font, string word, double width, List<string> lines, StringBuilder rest)
    {
        var start = 0;
        while (start < word.Length)
        {
            var end = start;
            while (end < word.Length)
            {
                var next = end + (char.IsHighSurrogate(word[end]) && end + 1 < word.Length ? 2 : 1);
                if (next - start > 1 && !Fits(gfx, font, word[start..next], width))
                {
                    break;
                }

                end = next;
            }

            if (end == word.Length)
            {
                rest.Append(word, start, end - start);
                return;
            }

            lines.Add(word[start..end]);
            start = end;
        }
    }

    private static bool Fits(XGraphics gfx, XFont font, string text, double width) =>
        gfx.MeasureString(text, font).Width <= width;
}

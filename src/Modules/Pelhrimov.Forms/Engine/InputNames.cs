using System.Globalization;
using System.Text.RegularExpressions;
using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Engine;

/// <summary>HTML input names: a field's id at the top level, <c>{section}[{index}].{field}</c> in a repeatable item.</summary>
public static partial class InputNames
{
    /// <summary>The post's button that adds an item: <c>pridat={section}</c>.</summary>
    public const string Add = "pridat";

    /// <summary>The post's button that removes an item: <c>odebrat={section}[{index}]</c>.</summary>
    public const string Remove = "odebrat";

    public static string Of(FormSection section, int? item, FormField field) =>
        section.Repeat is null || item is null ? field.Id : Item(section.Id, item.Value) + "." + field.Id;

    public static string Item(string sectionId, int index) => sectionId + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The section and index an input name or <c>odebrat</c> value points at; index −1 when it is absurdly large.</summary>
    public static (string Section, int Index)? ParseItem(string name)
    {
        var match = ItemPattern().Match(name);
        if (!match.Success)
        {
            return null;
        }
        var digits = match.Groups["index"].Value;
        var index = digits.Length > 6 ? -1 : int.Parse(digits, CultureInfo.InvariantCulture);
        return (match.Groups["section"].Value, index);
    }

    [GeneratedRegex(@"^(?<section>[a-z][a-z0-9-]*)\[(?<index>\d+)\](?:\..*)?$")]
    private static partial Regex ItemPattern();
}

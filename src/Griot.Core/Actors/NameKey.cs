using System.Globalization;
using System.Text;

namespace Griot.Core.Actors;

/// <summary>
/// The form under which names are compared: lower case, without diacritics, with typographic
/// apostrophes and dashes made plain and runs of spaces made one. "Côte d’Ivoire" and
/// "cote d'ivoire" have the same key.
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var plain = c switch
            {
                '\u2019' or '\u2018' or '`' or '\u00b4' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => char.ToLowerInvariant(c),
            };
            if (plain == ' ' && lastWasSpace)
            {
                continue;
            }

            builder.Append(plain);
            lastWasSpace = plain == ' ';
        }

        return builder.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }
}

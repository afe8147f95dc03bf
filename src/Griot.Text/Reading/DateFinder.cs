using System.Globalization;
using Griot.Core.Time;

namespace Griot.Text.Reading;

/// <summary>
/// Finds date phrases: years (1800-2099), months with years, full dates in either order, decades,
/// "since/after/before/until/between … and …", and phrases relative to the document's date ("this
/// year", "last year", "earlier this year"), which stay unresolved without one.
/// </summary>
public static class DateFinder
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9,
        ["sept"] = 9, ["sep"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
        ["janvier"] = 1, ["fevrier"] = 2, ["mars"] = 3, ["avril"] = 4, ["mai"] = 5, ["juin"] = 6, ["juillet"] = 7, ["aout"] = 8,
        ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11, ["decembre"] = 12,
    };

    public static List<DateExpression> Find(List<Token> tokens, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var found = new List<DateExpression>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryAbsolute(tokens, i, out var first, out var last, out var date, out var decade))
            {
                var role = RoleBefore(tokens, first, out var roleStart);
                if (decade)
                {
                    found.Add(new DateExpression(roleStart, last, role is DateRole.Before or DateRole.Until ? role : DateRole.Decade, date));
                }
                else if (role is DateRole.Range && TryRangeEnd(tokens, last + 1, out var endLast, out var end))
                {
                    found.Add(new DateExpression(roleStart, endLast, DateRole.Range, date, end));
                    last = endLast;
                }
                else
                {
                    found.Add(new DateExpression(roleStart, last, role == DateRole.Range ? DateRole.Since : role, date));
                }

                i = last;
            }
            else if (TryRelative(tokens, i, documentDate, out last, out var relative))
            {
                var role = RoleBefore(tokens, i, out var roleStart);
                found.Add(new DateExpression(roleStart, last, role == DateRole.Range ? DateRole.Since : role, relative));
                i = last;
            }
        }

        return found;
    }

    private static DateRole RoleBefore(List<Token> tokens, int first, out int roleStart)
    {
        roleStart = first;
        var k = first - 1;
        if (k >= 0 && tokens[k].Norm is "the" or "early" or "late" or "mid" or "around" or "about")
        {
            k--;
        }

        if (k < 0)
        {
            return DateRole.At;
        }

        var role = tokens[k].Norm switch
        {
            "since" or "depuis" => DateRole.Since,
            "from" => DateRole.Range,
            "between" => DateRole.Range,
            "after" or "apres" => DateRole.After,
            "before" or "avant" or "prior" => DateRole.Before,
            "until" or "till" or "to" or "jusqu'en" => DateRole.Until,
            _ => DateRole.At,
        };
        if (role != DateRole.At)
        {
            roleStart = k;
        }

        return role;
    }

    private static bool TryRangeEnd(List<Token> tokens, int i, out int last, out PartialDate? end)
    {
        last = 0;
        end = null;
        if (i < tokens.Count && tokens[i].Norm is "to" or "and" or "until" or "-" or "–" && TryAbsolute(tokens, i + 1, out _, out last, out var date, out _))
        {
            end = date;
            return true;
        }

        return false;
    }

    private static bool TryAbsolute(List<Token> tokens, int i, out int first, out int last, out PartialDate? date, out bool decade)
    {
        first = last = i;
        date = null;
        decade = false;
        var t = tokens[i];
        if (t.Kind == TokenKind.Number)
        {
            if (t.Norm.Length == 5 && t.Norm[4] == 's' && Year(t.Norm.AsSpan(0, 4)) is { } decadeYear && decadeYear % 10 == 0)
            {
                date = PartialDate.OfYear(decadeYear);
                decade = true;
                return true;
            }

            // "16 February 2014"
            if (t.Norm.Length <= 2 && int.TryParse(t.Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                && i + 2 < tokens.Count && Months.TryGetValue(tokens[i + 1].Norm, out var month)
                && tokens[i + 2].Kind == TokenKind.Number && Year(tokens[i + 2].Norm) is { } y)
            {
                last = i + 2;
                date = DayOrMonth(y, month, day);
                return true;
            }

            if (Year(t.Norm) is { } year)
            {
                date = PartialDate.OfYear(year);
                return true;
            }

            return false;
        }

        if (t.IsWord && t.Capitalized && Months.TryGetValue(t.Norm, out var m) && i + 1 < tokens.Count)
        {
            // "February 2014", "February 16, 2014"
            var next = tokens[i + 1];
            if (next.Kind == TokenKind.Number && Year(next.Norm) is { } y1)
            {
                last = i + 1;
                date = PartialDate.OfMonth(y1, m);
                return true;
            }

            if (next.Kind == TokenKind.Number && next.Norm.Length <= 2 && int.TryParse(next.Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                && i + 3 < tokens.Count && tokens[i + 2].Is(",") && Year(tokens[i + 3].Norm) is { } y2)
            {
                last = i + 3;
                date = DayOrMonth(y2, m, d);
                return true;
            }
        }

        return false;
    }

    private static PartialDate DayOrMonth(int year, int month, int day) =>
        PartialDate.Parse(FormattableString.Invariant($"{year:D4}-{month:D2}-{day:D2}")).TryGetValue(out var date) ? date : PartialDate.OfMonth(year, month);

    private static int? Year(ReadOnlySpan<char> text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2099
            ? year
            : null;

    private static bool TryRelative(List<Token> tokens, int i, DateOnly? documentDate, out int last, out PartialDate? date)
    {
        last = i;
        date = null;
        int? offset = null;
        if (tokens[i].Is("this") && i + 1 < tokens.Count && tokens[i + 1].Is("year"))
        {
            offset = 0;
            last = i + 1;
        }
        else if (tokens[i].Norm is "last" or "next" && i + 1 < tokens.Count && tokens[i + 1].Is("year"))
        {
            offset = tokens[i].Is("last") ? -1 : 1;
            last = i + 1;
        }

        if (offset is null)
        {
            return false;
        }

        if (documentDate is { } d)
        {
            date = PartialDate.OfYear(d.Year + offset.Value);
        }

        return true;
    }
}

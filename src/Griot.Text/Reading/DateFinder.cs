using System.Globalization;
using Griot.Core.Time;
using Griot.Text.Language;

namespace Griot.Text.Reading;

/// <summary>
/// Finds date phrases with a language's words: years (1800-2099), months with years, full dates in either
/// order, decades, "since/after/before/until/between … and …", phrases relative to the document's date
/// ("this year", "last year"), which stay unresolved without one, to a date said before in the sentence
/// ("two years later"), and days without a year ("on 22 March") in the last year the text named.
/// </summary>
public static class DateFinder
{
    /// <summary>Whether anything a date phrase is built on is in the tokens: a number, a month, a decade, a day of the week, "last year", "two".</summary>
    private static bool MayHoldDate(List<Token> tokens, Lexicon lexicon)
    {
        foreach (var token in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens))
        {
            if (token.Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return lexicon[WordClasses.Month].Phrases.MayBeIn(tokens) || lexicon[WordClasses.DateDecade].Phrases.MayBeIn(tokens)
            || lexicon[WordClasses.DateRelative].Phrases.MayBeIn(tokens) || lexicon[WordClasses.Weekday].Phrases.MayBeIn(tokens)
            || lexicon[WordClasses.Number].Phrases.MayBeIn(tokens);
    }

    /// <param name="year">The last year the text named before this sentence, for a day said without one.</param>
    public static List<DateExpression> Find(List<Token> tokens, LanguagePack language, DateOnly? documentDate, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(language);
        var lexicon = language.Lexicon;
        var capitalized = language.MonthsCapitalized;
        var found = new List<DateExpression>();
        if (!MayHoldDate(tokens, lexicon))
        {
            return found;
        }

        var years = new YearContext(year, documentDate);
        for (var i = 0; i < tokens.Count; i++)
        {
            // "vendredi", "on Tuesday": the last such day up to the document's date.
            if (documentDate is { } today && lexicon[WordClasses.Weekday].TryMatch(tokens, i, out var weekday, out var dayLength) && weekday.Int("value") is { } iso)
            {
                var back = ((int)today.DayOfWeek + 6) % 7 + 1 - iso;
                found.Add(new DateExpression(i, i + dayLength - 1, DateRole.At, PartialDate.FromDate(today.AddDays(-(back < 0 ? back + 7 : back)))));
                i += dayLength - 1;
                continue;
            }

            if (TryAbsolute(tokens, i, lexicon, capitalized, years, out var first, out var last, out var date, out var decade))
            {
                var role = RoleBefore(tokens, first, lexicon, out var roleStart);

                // "le coup d'État du 26 juillet 2023": "du" with no end after it says "of", not "from".
                var open = role == DateRole.Range && lexicon[WordClasses.DateRange].TryMatch(tokens, roleStart, out var rangeValues, out _) && rangeValues.Has("of")
                    ? DateRole.At : DateRole.Since;
                if (decade)
                {
                    // "in the 2010s": the ten years; "since the 1960s": from somewhere in them on.
                    found.Add(role == DateRole.At && date is { } inDecade
                        ? new DateExpression(roleStart, last, DateRole.Range, inDecade, PartialDate.OfYear(inDecade.Year + 9))
                        : new DateExpression(roleStart, last, role is DateRole.Before or DateRole.Until ? role : DateRole.Decade, date));
                }
                else if (role is DateRole.Range && TryRangeEnd(tokens, last + 1, lexicon, capitalized, years, out var endLast, out var end))
                {
                    found.Add(new DateExpression(roleStart, endLast, DateRole.Range, date, end));
                    last = endLast;
                }
                else
                {
                    var said = role == DateRole.Range ? open : role;

                    // "after the coup of 26 July 2023", "après le coup d'État du 26 juillet 2023": the date of an event
                    // said after "after" bounds the claim as the event does.
                    if (said == DateRole.At && first > 0 && (tokens[first - 1].Is("of") || role == DateRole.Range))
                    {
                        said = EventRole(tokens, roleStart, lexicon) ?? said;
                    }

                    found.Add(new DateExpression(roleStart, last, said, date));
                }

                i = last;

                // "In 1999 … in December of that year": a later day or month without a year is in it.
                if (documentDate is null && date is { } named)
                {
                    years = years with { Last = named.Year };
                }
            }
            else if (lexicon[WordClasses.DateRelative].TryMatch(tokens, i, out var relative, out var length))
            {
                var role = RoleBefore(tokens, i, lexicon, out var roleStart);
                var resolved = documentDate is { } d ? PartialDate.OfYear(d.Year + (relative.Int("value") ?? 0)) : (PartialDate?)null;
                found.Add(new DateExpression(roleStart, i + length - 1, role == DateRole.Range ? DateRole.Since : role, resolved));
                i += length - 1;
            }
            else if (Later(tokens, i, lexicon, found, out last, out var later))
            {
                found.Add(new DateExpression(i, last, DateRole.At, later));
                i = last;
            }
        }

        return found;
    }

    /// <summary>"two years later", "six months after": from the last date said before in the sentence.</summary>
    private static bool Later(List<Token> tokens, int i, Lexicon lexicon, List<DateExpression> found, out int last, out PartialDate? date)
    {
        last = i;
        date = null;
        var count = NumberAt(tokens, i, lexicon);
        if (count is null || i + 2 >= tokens.Count || !lexicon[WordClasses.DateUnit].TryMatch(tokens, i + 1, out var unit, out var unitLength)
            || !lexicon[WordClasses.DateLater].StartsAt(tokens, i + 1 + unitLength))
        {
            return false;
        }

        last = i + unitLength + 1;
        if (found.LastOrDefault(f => f.Date is not null) is not { Date: { } anchor })
        {
            return true;
        }

        var month = anchor.Month;
        date = unit.Get("unit") == "month" && month != 0
            ? PartialDate.OfMonth(anchor.Year + (month - 1 + count.Value) / 12, (month - 1 + count.Value) % 12 + 1)
            : PartialDate.OfYear(anchor.Year + (unit.Get("unit") == "month" ? (count.Value + 6) / 12 : count.Value));
        return true;
    }

    private static int? NumberAt(List<Token> tokens, int i, Lexicon lexicon)
    {
        var token = tokens[i];
        if (token.Kind == TokenKind.Number && token.Norm.Length <= 2 && int.TryParse(token.Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return lexicon[WordClasses.Number].TryMatch(tokens, i, out var values, out var length) && length == 1 ? values.Int("value") : null;
    }

    private static readonly (string Class, DateRole Role)[] Roles =
    [
        (WordClasses.DateSince, DateRole.Since), (WordClasses.DateRange, DateRole.Range), (WordClasses.DateAfter, DateRole.After),
        (WordClasses.DateBefore, DateRole.Before), (WordClasses.DateUntil, DateRole.Until),
    ];

    /// <summary>The role of an "after", "before" or "since" a few words before an event's "of DATE", where no punctuation stands between.</summary>
    private static DateRole? EventRole(List<Token> tokens, int roleStart, Lexicon lexicon)
    {
        for (var k = roleStart - 1; k >= Math.Max(0, roleStart - 6); k--)
        {
            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                return null;
            }

            foreach (var (@class, role) in Roles)
            {
                if (role is DateRole.After or DateRole.Before or DateRole.Since && lexicon[@class].EndsAt(tokens, k, out _))
                {
                    return role;
                }
            }
        }

        return null;
    }

    private static DateRole RoleBefore(List<Token> tokens, int first, Lexicon lexicon, out int roleStart)
    {
        roleStart = first;
        var k = first - 1;
        for (var skipped = 0; skipped < 3 && k >= 0 && lexicon[WordClasses.DateModifier].Contains(tokens[k]); skipped++)
        {
            k--;
        }

        if (k < 0)
        {
            return DateRole.At;
        }

        foreach (var (@class, role) in Roles)
        {
            if (lexicon[@class].EndsAt(tokens, k, out var start))
            {
                roleStart = start;
                return role;
            }
        }

        return DateRole.At;
    }

    private static bool TryRangeEnd(List<Token> tokens, int i, Lexicon lexicon, bool capitalized, YearContext year, out int last, out PartialDate? end)
    {
        last = 0;
        end = null;
        if (i < tokens.Count && lexicon[WordClasses.DateRangeJoin].TryMatch(tokens, i, out _, out var length))
        {
            var k = i + length;
            while (k < tokens.Count && lexicon[WordClasses.DateModifier].Contains(tokens[k]) && k < i + length + 2)
            {
                k++;
            }

            if (k < tokens.Count && TryAbsolute(tokens, k, lexicon, capitalized, year, out _, out last, out var date, out _))
            {
                end = date;
                return true;
            }
        }

        return false;
    }

    private static bool TryAbsolute(List<Token> tokens, int i, Lexicon lexicon, bool capitalized, YearContext knownYear, out int first, out int last, out PartialDate? date, out bool decade)
    {
        first = last = i;
        date = null;
        decade = false;
        var t = tokens[i];
        var months = lexicon[WordClasses.Month];
        if (t.Kind == TokenKind.Number)
        {
            if (t.Norm.Length == 5 && t.Norm[4] == 's' && Year(t.Norm.AsSpan(0, 4)) is { } decadeYear && decadeYear % 10 == 0)
            {
                date = PartialDate.OfYear(decadeYear);
                decade = true;
                return true;
            }

            // "16 February 2014", "1er janvier 2024", "16th February 2014"
            if (t.Norm.Length <= 2 && int.TryParse(t.Norm, NumberStyles.None, CultureInfo.InvariantCulture, out var day))
            {
                var m = i + 1;
                if (m < tokens.Count && lexicon[WordClasses.DaySuffix].Contains(tokens[m]))
                {
                    m++;
                }

                if (m < tokens.Count && months.TryMatch(tokens, m, out var monthValues, out _) && (!capitalized || tokens[m].Capitalized))
                {
                    if (m + 1 < tokens.Count && tokens[m + 1].Kind == TokenKind.Number && Year(tokens[m + 1].Norm) is { } y)
                    {
                        last = m + 1;
                        date = DayOrMonth(y, monthValues.Int("value")!.Value, day);
                        return true;
                    }

                    if (knownYear.For(monthValues.Int("value")!.Value, day) is { } known && day is >= 1 and <= 31)
                    {
                        last = m;
                        date = DayOrMonth(known, monthValues.Int("value")!.Value, day);
                        return true;
                    }
                }

                return false;
            }

            // "sent 2000 soldiers", "1500 soldats": a number of things, not a year ("in 2013 troops arrived" is one).
            if (Year(t.Norm) is { } year
                && !(i + 1 < tokens.Count && lexicon[WordClasses.DateCounted].Contains(tokens[i + 1]) && !(i > 0 && lexicon[WordClasses.DateAt].Contains(tokens[i - 1]))))
            {
                // "les années 1960": a decade said in words.
                if (i > 0 && lexicon[WordClasses.DateDecade].Contains(tokens[i - 1]) && year % 10 == 0)
                {
                    first = i - 1;
                    decade = true;
                }

                date = PartialDate.OfYear(year);
                return true;
            }

            return false;
        }

        if (t.IsWord && (t.Capitalized || !capitalized) && months.TryMatch(tokens, i, out var values, out _) && i + 1 < tokens.Count)
        {
            var m = values.Int("value")!.Value;

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

            // "resigned in April", after the text named the year.
            if (knownYear.For(m, 1) is { } year && i > 0 && lexicon[WordClasses.DateAt].Contains(tokens[i - 1]) && next.Kind != TokenKind.Number)
            {
                date = PartialDate.OfMonth(year, m);
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

    /// <summary>
    /// The year of a day or month said without one: the document's (the year before, where the day would come after
    /// the document's date), else the last year the text named.
    /// </summary>
    private readonly record struct YearContext(int? Last, DateOnly? Document)
    {
        public int? For(int month, int day)
        {
            if (Document is not { } d)
            {
                return Last;
            }

            var year = d.Year;
            return new DateOnly(year, month, Math.Clamp(day, 1, DateTime.DaysInMonth(year, month))) > d ? year - 1 : year;
        }
    }
}

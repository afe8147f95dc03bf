using Griot.Core;
using Griot.Core.Statements;
using Griot.Core.Time;
using Griot.Text.Claims;

namespace Griot.Text.Checking;

/// <summary>The verdict on one claim, from the statements about its subject.</summary>
internal sealed class VerdictRules(Claim claim, ActorKnowledge about, DateOnly judgedOn, Names names)
{
    private static readonly ClaimVerdict Nothing = new(Verdict.Unverified, "the knowledge base holds nothing on this", []);

    public async Task<ClaimVerdict> JudgeAsync(KnowledgeCache knowledge, CancellationToken cancellationToken)
    {
        var p = claim.Predicate;
        if (p == Predicate.Borders)
        {
            return await BordersAsync(cancellationToken);
        }

        if (p == Predicate.MemberOf)
        {
            return await MembershipAsync(knowledge, cancellationToken);
        }

        if (p == Predicate.Relation)
        {
            return Relation();
        }

        if (p == Predicate.Founded || p == Predicate.Coup)
        {
            return Event(closedWorld: p == Predicate.Coup);
        }

        if (p == Predicate.IndependenceFrom)
        {
            return await IndependenceAsync(cancellationToken);
        }

        if (p == Predicate.HeadOfState)
        {
            return await HeadOfStateAsync(cancellationToken);
        }

        if (p == Predicate.WithdrewFrom)
        {
            return Withdrawal();
        }

        if (p == Predicate.MilitaryPresenceIn && claim.Object is { } host)
        {
            // "French troops were in Chad in 1986": held by a mission whose forces are that state's (Operation Épervier).
            var operated = (await knowledge.AboutAsync(host, cancellationToken))[Predicate.MilitaryPresenceIn]
                .Where(s => s.Object == host && s.Subject != claim.Subject && s.Qualifiers.Get("operator") == claim.Subject);
            return Held(Same().Concat(operated).ToList(), "") ?? Nothing;
        }

        return Held(Same(), "") ?? Nothing;
    }

    /// <summary>The statements that say what the claim says, up to time and qualifiers.</summary>
    private List<Statement> Same() => about[claim.Predicate].Where(s => SameParties(s)).ToList();

    private bool SameParties(Statement s)
    {
        if (s.Subject == claim.Subject && s.Object == claim.Object)
        {
            return true;
        }

        return (claim.Predicate.Symmetric || claim.Predicate.AnsweredBothWays) && s.Subject == claim.Object && s.Object == claim.Subject;
    }

    private async Task<ClaimVerdict> BordersAsync(CancellationToken cancellationToken)
    {
        var neighbours = about[Predicate.Borders].Where(s => s.IsAbout(claim.Subject) && s.Valid.IsValidOn(judgedOn))
            .Select(s => s.OtherParty(claim.Subject)!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var ids = about[Predicate.Borders].Where(s => s.IsAbout(claim.Subject)).Select(s => s.Id).ToList();
        var subject = await names.OfAsync(claim.Subject, cancellationToken);
        if (neighbours.Count == 0)
        {
            return new ClaimVerdict(Verdict.Unverified, $"the knowledge base holds no borders of {subject}", []);
        }

        var list = string.Join(", ", neighbours);
        if (claim.Count is { } count)
        {
            return count == neighbours.Count
                ? new ClaimVerdict(Verdict.Supported, $"{subject} has {neighbours.Count} land neighbours: {list}", ids)
                : new ClaimVerdict(Verdict.Contradicted, $"{subject} has {neighbours.Count} land neighbours, not {count}: {list}", ids);
        }

        var same = Same();
        var other = await names.OfAsync(claim.Object!, cancellationToken);
        return same.Count > 0
            ? new ClaimVerdict(Verdict.Supported, $"{subject} and {other} share a land border", same.Select(s => s.Id).ToList())
            : new ClaimVerdict(Verdict.Contradicted, $"{subject} and {other} share no land border; {subject}'s neighbours are {list}", ids);
    }

    private async Task<ClaimVerdict> MembershipAsync(KnowledgeCache knowledge, CancellationToken cancellationToken)
    {
        var same = Same();
        var organization = await names.OfAsync(claim.Object!, cancellationToken);
        if (claim.Qualifiers.Get("role") is "founding_member")
        {
            var founders = await knowledge.FoundersAsync(claim.Object!, cancellationToken);
            if (founders.Count > 0 && !founders.Contains(claim.Subject, StringComparer.Ordinal))
            {
                return new ClaimVerdict(Verdict.Contradicted,
                    $"not a founding member of {organization}; its founders are {string.Join(", ", founders.Order(StringComparer.Ordinal))}",
                    same.Select(s => s.Id).ToList());
            }
        }

        var role = claim.Qualifiers.Get("role") is "founding_member" ? "founding member" : "member";
        var verdict = Held(same, role);
        if (verdict is null)
        {
            return new ClaimVerdict(Verdict.Unverified, $"the knowledge base holds no membership of {organization} for this actor", []);
        }

        // Say why a membership no longer holds: the withdrawal, with its announcement.
        if (verdict.Verdict == Verdict.Outdated)
        {
            var withdrawal = about[Predicate.WithdrewFrom].FirstOrDefault(s => s.Subject == claim.Subject && s.Object == claim.Object);
            if (withdrawal is not null)
            {
                var effective = withdrawal.Qualifiers.Get("effective") ?? GriotDate(withdrawal.Valid.Start);
                var announced = withdrawal.Qualifiers.Get("announced");
                verdict = verdict with
                {
                    Reason = $"{verdict.Reason}; withdrawal {(announced is null ? "" : $"announced {announced}, ")}effective {effective}",
                    Matches = [.. verdict.Matches, withdrawal.Id],
                };
            }
        }

        return verdict;
    }

    private ClaimVerdict Relation()
    {
        var periods = Same().OrderBy(s => s.Valid.StartEarliest).ToList();
        if (periods.Count == 0)
        {
            return new ClaimVerdict(Verdict.Unverified, "the knowledge base holds no stance periods for this pair", []);
        }

        if (claim.Stance is { } stance)
        {
            return StanceVerdict(periods, stance);
        }

        return claim.Trend is { } trend ? TrendVerdict(periods, trend) : Nothing;
    }

    private ClaimVerdict StanceVerdict(List<Statement> periods, Stance stance)
    {
        var claimed = VocabularyNames.ToName(stance);
        var (from, to) = Window();
        var during = periods.Where(s => Overlaps(s, from, to)).ToList();
        var agreeing = during.Where(s => StanceOf(s) is { } st && !st.ConflictsWith(stance)).ToList();
        if (agreeing.Count > 0)
        {
            return new ClaimVerdict(Verdict.Supported, $"{claimed} agrees with {Describe(agreeing)}", agreeing.Select(s => s.Id).ToList());
        }

        // Outdated where the very stance held before, or where the period just before agrees with the claim
        // (ambivalent after a strained period): the claim speaks of a past the knowledge base shares.
        var before = periods.Where(s => s.Valid.EndLatest <= from.DayNumber && StanceOf(s) is not null).ToList();
        var latest = before.Count == 0 ? null : before.MaxBy(s => s.Valid.EndLatest);
        var earlier = before.Where(s => StanceOf(s)!.Value.Score() == stance.Score() || s == latest && !StanceOf(s)!.Value.ConflictsWith(stance)).ToList();
        if (earlier.Count > 0 && during.Count > 0)
        {
            return new ClaimVerdict(Verdict.Outdated, $"was {Describe(earlier)}; now {Describe(during)}", earlier.Concat(during).Select(s => s.Id).ToList());
        }

        return during.Count > 0
            ? new ClaimVerdict(Verdict.Contradicted, $"{claimed} conflicts with {Describe(during)}", during.Select(s => s.Id).ToList())
            : new ClaimVerdict(Verdict.Unverified, "no stance period covers the claim's time", []);
    }

    private ClaimVerdict TrendVerdict(List<Statement> periods, Trend trend)
    {
        // A trend from a date: compare the stance before it with the stances after it.
        var pivot = claim.Valid.Start.Kind == BoundKind.Dated ? claim.Valid.Start.Date!.Value.Earliest : judgedOn;
        var pivotDay = pivot.DayNumber;
        var before = periods.LastOrDefault(s => s.Valid.StartEarliest < pivotDay && StanceOf(s) is not null);
        var after = periods.Where(s => s.Valid.EndLatest > pivotDay && s != before && StanceOf(s) is not null).ToList();
        var marked = periods.Where(s => s.Valid.MayOverlap(claim.Valid) && s.Qualifiers.Get("trend") == VocabularyNames.ToName(trend)).ToList();
        if (marked.Count > 0)
        {
            return new ClaimVerdict(Verdict.Supported, $"the knowledge base marks the relation {VocabularyNames.ToName(trend)}: {Describe(marked)}", marked.Select(s => s.Id).ToList());
        }

        if (before is null || after.Count == 0)
        {
            return new ClaimVerdict(Verdict.Unverified, "no stance periods on both sides of the claimed change", []);
        }

        var change = after.Max(s => StanceOf(s)!.Value.Score()) - StanceOf(before)!.Value.Score();
        var direction = change > 0 ? Trend.Improving : change < 0 ? Trend.Worsening : Trend.Stable;
        var reason = $"{Describe([before])}, then {Describe(after)}";
        var ids = after.Prepend(before).Select(s => s.Id).ToList();
        return direction == trend
            ? new ClaimVerdict(Verdict.Supported, reason, ids)
            : new ClaimVerdict(Verdict.Contradicted, $"{VocabularyNames.ToName(direction)}, not {VocabularyNames.ToName(trend)}: {reason}", ids);
    }

    /// <summary>Founding dates and coups: the event's date against the claim's.</summary>
    private ClaimVerdict Event(bool closedWorld)
    {
        var events = about[claim.Predicate].Where(s => s.Subject == claim.Subject && (claim.Object is null || s.Object == claim.Object)).ToList();
        if (events.Count == 0)
        {
            return Nothing;
        }

        var dates = string.Join(", ", events.Select(e => GriotDate(e.Valid.Start)));
        var claimed = ClaimedDate();
        if (claimed is not { } date)
        {
            return new ClaimVerdict(Verdict.Supported, $"on {dates}", events.Select(e => e.Id).ToList());
        }

        var matching = events.Where(e => e.Valid.Start.Date is { } d && SameAtPrecision(d, date)).ToList();
        if (matching.Count > 0)
        {
            return new ClaimVerdict(Verdict.Supported, $"on {string.Join(", ", matching.Select(e => GriotDate(e.Valid.Start)))}", matching.Select(e => e.Id).ToList());
        }

        return closedWorld || claim.Predicate == Predicate.Founded
            ? new ClaimVerdict(Verdict.Contradicted, $"not in {date}: the knowledge base has {dates}", events.Select(e => e.Id).ToList())
            : Nothing;
    }

    private async Task<ClaimVerdict> IndependenceAsync(CancellationToken cancellationToken)
    {
        var independence = about[Predicate.IndependenceFrom].Where(s => s.Subject == claim.Subject).ToList();
        if (independence.Count == 0)
        {
            return new ClaimVerdict(Verdict.Unverified, "the knowledge base holds no independence for this state", []);
        }

        var same = independence.Where(s => s.Object == claim.Object).ToList();
        if (same.Count == 0)
        {
            var from = string.Join(", ", independence.Select(s => $"{s.Object} on {GriotDate(s.Valid.Start)}"));
            return new ClaimVerdict(Verdict.Contradicted, $"independence was from {from}, not {await names.OfAsync(claim.Object!, cancellationToken)}", independence.Select(s => s.Id).ToList());
        }

        // Proclaimed on one day and recognised by the former ruler on another: a text may give either.
        var recognized = same[0].Qualifiers.Get("recognized");
        var on = GriotDate(same[0].Valid.Start) + (recognized is null ? "" : $" (recognised {recognized})");
        var known = new[] { same[0].Valid.Start.Date, PartialDate.Parse(recognized).TryGetValue(out var r) ? r : (PartialDate?)null }.OfType<PartialDate>().ToList();
        if (ClaimedDate() is { } date && known.Count > 0 && !known.Any(k => SameAtPrecision(k, date)) && claim.Valid.Start.Mark == BoundMark.On)
        {
            return new ClaimVerdict(Verdict.Contradicted, $"independence on {on}, not in {date}", [same[0].Id]);
        }

        return new ClaimVerdict(Verdict.Supported, $"independence from {await names.OfAsync(claim.Object!, cancellationToken)} on {on}", [same[0].Id]);
    }

    private async Task<ClaimVerdict> HeadOfStateAsync(CancellationToken cancellationToken)
    {
        var verdict = Held(Same(), "head of state");
        if (verdict is not null)
        {
            return verdict;
        }

        var (from, to) = Window();
        var holders = about[Predicate.HeadOfState].Where(s => s.Subject == claim.Subject && Overlaps(s, from, to)).ToList();
        if (holders.Count == 0)
        {
            return Nothing;
        }

        var who = new List<string>();
        foreach (var h in holders)
        {
            who.Add($"{await names.OfAsync(h.Object!, cancellationToken)} {DescribeInterval(h.Valid)}");
        }

        return new ClaimVerdict(Verdict.Contradicted, $"head of state then: {string.Join("; ", who)}", holders.Select(s => s.Id).ToList());
    }

    /// <summary>
    /// A withdrawal against the knowledge base's withdrawal from that organization (announced or effective) and the
    /// end of the membership: a date that is neither is wrong; a membership still held contradicts it.
    /// </summary>
    private ClaimVerdict Withdrawal()
    {
        var same = Same();
        var memberships = about[Predicate.MemberOf].Where(s => s.Subject == claim.Subject && s.Object == claim.Object).ToList();
        var ended = memberships.Where(s => s.Valid.End.Kind == BoundKind.Dated).ToList();
        var known = same.SelectMany(s => new[] { s.Valid.Start.Date, PartialDate.Parse(s.Qualifiers.Get("effective")).TryGetValue(out var e) ? e : (PartialDate?)null })
            .Concat(ended.Select(s => s.Valid.End.Date))
            .OfType<PartialDate>()
            .Distinct()
            .ToList();
        var ids = same.Concat(ended).Select(s => s.Id).ToList();
        var described = string.Join(", ", known.Order().Select(d => d.ToString()));
        if (known.Count > 0)
        {
            if (ClaimedDate() is not { } date || known.Any(k => SameAtPrecision(k, date)))
            {
                return new ClaimVerdict(Verdict.Supported, $"withdrawal and end of membership on {described}", ids);
            }

            return new ClaimVerdict(Verdict.Contradicted, $"not in {date}: withdrawal and end of membership on {described}", ids);
        }

        return memberships.Count > 0 && memberships.Any(s => s.Valid.IsValidOn(judgedOn))
            ? new ClaimVerdict(Verdict.Contradicted, $"still a member on {judgedOn:yyyy-MM-dd}", memberships.Select(s => s.Id).ToList())
            : Nothing;
    }

    /// <summary>
    /// Supported where a matching statement holds at the claim's time; outdated where one held before but not
    /// on the day judged; contradicted where the claim's date is wrong. Null where nothing matches.
    /// </summary>
    private ClaimVerdict? Held(List<Statement> same, string what)
    {
        if (same.Count == 0)
        {
            return null;
        }

        var ids = same.Select(s => s.Id).ToList();
        var label = what.Length == 0 ? "held" : what;
        var (from, to) = Window();
        var during = same.Where(s => Overlaps(s, from, to)).ToList();

        // "elected president in November 2015": a term begins some weeks after the vote a text dates it by.
        if (during.Count == 0 && claim.Predicate == Predicate.HeadOfState && ClaimedDate() is not null)
        {
            during = same.Where(s => Overlaps(s, from, to.AddDays(TakingOfficeDays))).ToList();
        }

        // "On 26 July 2023, the presidential guard detained President Mohamed Bazoum": on the day a term ends, its
        // holder is still named by his office.
        if (during.Count == 0 && claim.Predicate == Predicate.HeadOfState && claim.At is { Precision: DatePrecision.Day })
        {
            during = same.Where(s => Overlaps(s, from.AddDays(-1), to)).ToList();
        }

        if (during.Count == 0)
        {
            var past = same.Where(s => s.Valid.EndLatest <= from.DayNumber).ToList();
            if (past.Count > 0 && claim.At is null && claim.Valid.End.IsOpen)
            {
                return new ClaimVerdict(Verdict.Outdated, $"{label} {DescribeAll(past)}; not on {to:yyyy-MM-dd}", ids);
            }

            return new ClaimVerdict(Verdict.Contradicted, $"{label} {DescribeAll(same)}, not at the claimed time", ids);
        }

        if (claim.At is { } at && claim.Valid.Start is { Kind: BoundKind.Dated, Mark: BoundMark.On })
        {
            // A change ("joined in 1994", "founding member in 2014") must have its date right, and says the
            // state of things went on from there: judged again on the day judged.
            if (!during.Any(s => s.Valid.Start.Date is { } d && (SameAtPrecision(d, at) || TookOfficeAfter(d, at))) && during.All(s => s.Valid.Start.Kind == BoundKind.Dated))
            {
                return new ClaimVerdict(Verdict.Contradicted, $"{label} {DescribeAll(during)}, not from {at}", ids);
            }

            if (!same.Any(s => s.Valid.IsValidOn(judgedOn)))
            {
                return new ClaimVerdict(Verdict.Outdated, $"{label} {DescribeAll(same)}; not on {judgedOn:yyyy-MM-dd}", ids);
            }
        }

        // "deployed in Mali since 2019": held, but from a later day than the one claimed. A state of things said to
        // hold since a day ("suspended since the coup of 5 September") may have begun in the days after it.
        if (claim.At is null && claim.Valid.Start is { Kind: BoundKind.Dated, Mark: BoundMark.On, Date: { } since } && !claim.Predicate.IsEvent
            && !same.Any(s => Overlaps(s, since.Earliest, since.Precision == DatePrecision.Day ? since.Latest.AddDays(SinceGraceDays) : since.Latest)))
        {
            return new ClaimVerdict(Verdict.Contradicted, $"{label} {DescribeAll(during)}, not since {since}", ids);
        }

        return new ClaimVerdict(Verdict.Supported, $"{label} {DescribeAll(during)}", during.Select(s => s.Id).ToList());
    }

    /// <summary>
    /// The days the claim speaks of: its point ("in 2019"), its interval up to the day judged ("since 1960"),
    /// the whole past for a claim in the past tense, else the day judged.
    /// </summary>
    private (DateOnly From, DateOnly To) Window()
    {
        if (claim.At is { } at)
        {
            return (at.Earliest, at.Latest);
        }

        var start = claim.Valid.Start;
        var end = claim.Valid.End;
        if (end.Kind == BoundKind.Dated)
        {
            var from = start.Kind == BoundKind.Dated ? start.Date!.Value.Earliest : DateOnly.MinValue;
            return (from, end.Date!.Value.Earliest.AddDays(-1) < from ? from : end.Date!.Value.Earliest.AddDays(-1));
        }

        if (start.Kind == BoundKind.Dated && claim.Predicate.IsEvent)
        {
            return (start.Date!.Value.Earliest, start.Date!.Value.Latest);
        }

        if (claim.Tense == Tense.Past && start.Kind != BoundKind.Dated)
        {
            return (DateOnly.MinValue, judgedOn);
        }

        return (judgedOn, judgedOn);
    }

    /// <summary>How long after an election dated by a text its winner may take office (Burkina Faso 2015: 29 November to 29 December).</summary>
    private const int TakingOfficeDays = 92;

    /// <summary>"Won a February 2021 run-off", in office from 2 April: a leader's term begun within the allowance after the date.</summary>
    private bool TookOfficeAfter(PartialDate known, PartialDate claimed) =>
        claim.Predicate == Predicate.HeadOfState && known.Earliest >= claimed.Earliest && known.Earliest <= claimed.Latest.AddDays(TakingOfficeDays);

    /// <summary>How many days after a claimed "since" day the state of things may have begun and still be the one meant.</summary>
    private const int SinceGraceDays = 14;

    private static bool Overlaps(Statement s, DateOnly from, DateOnly to) =>
        s.Valid.StartEarliest <= to.DayNumber && s.Valid.EndLatest > from.DayNumber;

    private PartialDate? ClaimedDate() => claim.At ?? (claim.Valid.Start.Kind == BoundKind.Dated ? claim.Valid.Start.Date : null);

    /// <summary>Whether two dates agree at the claimed precision; days a day apart agree (reports of one event differ by a day across time zones).</summary>
    private static bool SameAtPrecision(PartialDate known, PartialDate claimed) => claimed.Precision switch
    {
        DatePrecision.Year => known.Year == claimed.Year,
        DatePrecision.Month => known.Year == claimed.Year && (known.Precision == DatePrecision.Year || known.Month == claimed.Month),
        _ => known.Earliest.AddDays(-1) <= claimed.Latest && claimed.Earliest <= known.Latest.AddDays(1),
    };

    private static Stance? StanceOf(Statement s) => VocabularyNames.TryParse<Stance>(s.Qualifiers.Get("stance"), out var st) ? st : null;

    private static string Describe(IEnumerable<Statement> periods) =>
        string.Join("; ", periods.Select(s => $"{s.Qualifiers.Get("stance") ?? s.Qualifiers.Get("trend")} {DescribeInterval(s.Valid)}"));

    private static string DescribeAll(IEnumerable<Statement> statements) => string.Join("; ", statements.Select(s => DescribeInterval(s.Valid)));

    private static string DescribeInterval(ValidityInterval valid) => (valid.Start.IsOpen, valid.End.IsOpen) switch
    {
        (true, true) => "(no dates)",
        (false, true) => $"since {Bound(valid.Start)}",
        (true, false) => $"until {Bound(valid.End)}",
        _ => $"from {Bound(valid.Start)} to {Bound(valid.End)}",
    };

    private static string Bound(IntervalBound bound) => bound.ToString().Replace(":", " ", StringComparison.Ordinal);

    private static string GriotDate(IntervalBound bound) => bound.Date is { } d ? d.ToString() : bound.ToString();
}

using System.Globalization;
using Griot.Core;
using Griot.Core.Statements;
using Griot.Core.Time;
using Griot.Text.Claims;
using static Griot.Text.Checking.ReasonPieces;

namespace Griot.Text.Checking;

/// <summary>The verdict on one claim, from the statements about its subject.</summary>
internal sealed class VerdictRules(Claim claim, ActorKnowledge about, DateOnly judgedOn, Names names)
{
    private static readonly ClaimVerdict Nothing = Judged(Verdict.Unverified, [], ReasonCodes.NothingKnown);

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
            return Held(Same().Concat(operated).ToList(), HeldAs.Held) ?? Nothing;
        }

        return Held(Same(), HeldAs.Held) ?? Nothing;
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
            return Judged(Verdict.Unverified, [], ReasonCodes.NoBordersKnown, ("subject", subject));
        }

        var list = string.Join(", ", neighbours);
        if (claim.Count is { } count)
        {
            var known = neighbours.Count.ToString(CultureInfo.InvariantCulture);
            return count == neighbours.Count
                ? Judged(Verdict.Supported, ids, ReasonCodes.NeighbourCount, ("subject", subject), ("count", known), ("neighbours", list))
                : Judged(Verdict.Contradicted, ids, ReasonCodes.NeighbourCountWrong,
                    ("subject", subject), ("count", known), ("claimed", count.ToString(CultureInfo.InvariantCulture)), ("neighbours", list));
        }

        var same = Same();
        var other = await names.OfAsync(claim.Object!, cancellationToken);
        return same.Count > 0
            ? Judged(Verdict.Supported, same.Select(s => s.Id).ToList(), ReasonCodes.SharedBorder, ("subject", subject), ("other", other))
            : Judged(Verdict.Contradicted, ids, ReasonCodes.NoSharedBorder, ("subject", subject), ("other", other), ("neighbours", list));
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
                return Judged(Verdict.Contradicted, same.Select(s => s.Id).ToList(), ReasonCodes.NotAFounder,
                    ("organization", organization), ("founders", string.Join(", ", founders.Order(StringComparer.Ordinal))));
            }
        }

        var role = claim.Qualifiers.Get("role") is "founding_member" ? HeldAs.FoundingMember : HeldAs.Member;
        var verdict = Held(same, role);
        if (verdict is null)
        {
            return Judged(Verdict.Unverified, [], ReasonCodes.NoMembershipKnown, ("organization", organization));
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
                    Why = verdict.Why.With(("announced", announced), ("effective", effective)),
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
            return Judged(Verdict.Unverified, [], ReasonCodes.NoStanceKnown);
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
            return Judged(Verdict.Supported, agreeing.Select(s => s.Id).ToList(), ReasonCodes.StanceAgrees, ("stance", claimed), ("periods", Describe(agreeing)));
        }

        // Outdated where the very stance held before, or where the period just before agrees with the claim
        // (ambivalent after a strained period): the claim speaks of a past the knowledge base shares.
        var before = periods.Where(s => s.Valid.EndLatest <= from.DayNumber && StanceOf(s) is not null).ToList();
        var latest = before.Count == 0 ? null : before.MaxBy(s => s.Valid.EndLatest);
        var earlier = before.Where(s => StanceOf(s)!.Value.Score() == stance.Score() || s == latest && !StanceOf(s)!.Value.ConflictsWith(stance)).ToList();
        if (earlier.Count > 0 && during.Count > 0)
        {
            return Judged(Verdict.Outdated, earlier.Concat(during).Select(s => s.Id).ToList(), ReasonCodes.StanceChanged, ("was", Describe(earlier)), ("now", Describe(during)));
        }

        return during.Count > 0
            ? Judged(Verdict.Contradicted, during.Select(s => s.Id).ToList(), ReasonCodes.StanceConflicts, ("stance", claimed), ("periods", Describe(during)))
            : Judged(Verdict.Unverified, [], ReasonCodes.NoStanceAtTime);
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
            return Judged(Verdict.Supported, marked.Select(s => s.Id).ToList(), ReasonCodes.TrendMarked, ("trend", VocabularyNames.ToName(trend)), ("periods", Describe(marked)));
        }

        if (before is null || after.Count == 0)
        {
            return Judged(Verdict.Unverified, [], ReasonCodes.NoStanceAroundChange);
        }

        var change = after.Max(s => StanceOf(s)!.Value.Score()) - StanceOf(before)!.Value.Score();
        var direction = change > 0 ? Trend.Improving : change < 0 ? Trend.Worsening : Trend.Stable;
        var (was, then) = (Describe([before]), Describe(after));
        var ids = after.Prepend(before).Select(s => s.Id).ToList();
        return direction == trend
            ? Judged(Verdict.Supported, ids, ReasonCodes.TrendSeen, ("before", was), ("after", then))
            : Judged(Verdict.Contradicted, ids, ReasonCodes.TrendDiffers,
                ("change", VocabularyNames.ToName(direction)), ("trend", VocabularyNames.ToName(trend)), ("before", was), ("after", then));
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
            return Judged(Verdict.Supported, events.Select(e => e.Id).ToList(), ReasonCodes.EventOn, ("dates", dates));
        }

        var matching = events.Where(e => e.Valid.Start.Date is { } d && SameAtPrecision(d, date)).ToList();
        if (matching.Count > 0)
        {
            return Judged(Verdict.Supported, matching.Select(e => e.Id).ToList(), ReasonCodes.EventOn, ("dates", string.Join(", ", matching.Select(e => GriotDate(e.Valid.Start)))));
        }

        return closedWorld || claim.Predicate == Predicate.Founded
            ? Judged(Verdict.Contradicted, events.Select(e => e.Id).ToList(), ReasonCodes.EventDateWrong, ("claimed", date.ToString()), ("dates", dates))
            : Nothing;
    }

    private async Task<ClaimVerdict> IndependenceAsync(CancellationToken cancellationToken)
    {
        var independence = about[Predicate.IndependenceFrom].Where(s => s.Subject == claim.Subject).ToList();
        if (independence.Count == 0)
        {
            return Judged(Verdict.Unverified, [], ReasonCodes.NoIndependenceKnown);
        }

        var same = independence.Where(s => s.Object == claim.Object).ToList();
        if (same.Count == 0)
        {
            var other = await names.OfAsync(claim.Object!, cancellationToken);
            var ids = independence.Select(s => s.Id).ToList();
            if (independence is [var only] && GriotDate(only.Valid.Start) is { Length: > 0 } day)
            {
                return Judged(Verdict.Contradicted, ids, ReasonCodes.IndependenceFromOther, ("former", only.Object), ("date", day), ("other", other));
            }

            var from = string.Join(", ", independence.Select(s => $"{s.Object} on {GriotDate(s.Valid.Start)}"));
            return Judged(Verdict.Contradicted, ids, ReasonCodes.IndependenceFromOther, ("independences", from), ("other", other));
        }

        // Proclaimed on one day and recognised by the former ruler on another: a text may give either.
        var recognized = same[0].Qualifiers.Get("recognized");
        var on = GriotDate(same[0].Valid.Start);
        var known = new[] { same[0].Valid.Start.Date, PartialDate.Parse(recognized).TryGetValue(out var r) ? r : (PartialDate?)null }.OfType<PartialDate>().ToList();
        if (ClaimedDate() is { } date && known.Count > 0 && !known.Any(k => SameAtPrecision(k, date)) && claim.Valid.Start.Mark == BoundMark.On)
        {
            return Judged(Verdict.Contradicted, [same[0].Id], ReasonCodes.IndependenceDateWrong, ("date", on), ("recognized", recognized), ("claimed", date.ToString()));
        }

        return Judged(Verdict.Supported, [same[0].Id], ReasonCodes.Independence,
            ("former", await names.OfAsync(claim.Object!, cancellationToken)), ("date", on), ("recognized", recognized));
    }

    private async Task<ClaimVerdict> HeadOfStateAsync(CancellationToken cancellationToken)
    {
        var verdict = Held(Same(), HeldAs.HeadOfState);
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

        return Judged(Verdict.Contradicted, holders.Select(s => s.Id).ToList(), ReasonCodes.OtherHeadOfState, ("holders", string.Join("; ", who)));
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
                return Judged(Verdict.Supported, ids, ReasonCodes.Withdrawal, ("dates", described));
            }

            return Judged(Verdict.Contradicted, ids, ReasonCodes.WithdrawalDateWrong, ("claimed", date.ToString()), ("dates", described));
        }

        return memberships.Count > 0 && memberships.Any(s => s.Valid.IsValidOn(judgedOn))
            ? Judged(Verdict.Contradicted, memberships.Select(s => s.Id).ToList(), ReasonCodes.StillAMember, ("day", Day(judgedOn)))
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
                return Judged(Verdict.Outdated, ids, ReasonCodes.NoLongerHeld, ("what", what), ("periods", DescribeAll(past)), ("day", Day(to)));
            }

            return Judged(Verdict.Contradicted, ids, ReasonCodes.HeldAtOtherTime, ("what", what), ("periods", DescribeAll(same)));
        }

        if (claim.At is { } at && claim.Valid.Start is { Kind: BoundKind.Dated, Mark: BoundMark.On })
        {
            // A change ("joined in 1994", "founding member in 2014") must have its date right, and says the
            // state of things went on from there: judged again on the day judged.
            if (!during.Any(s => s.Valid.Start.Date is { } d && (SameAtPrecision(d, at) || TookOfficeAfter(d, at))) && during.All(s => s.Valid.Start.Kind == BoundKind.Dated))
            {
                return Judged(Verdict.Contradicted, ids, ReasonCodes.HeldFromOtherDate, ("what", what), ("periods", DescribeAll(during)), ("claimed", at.ToString()));
            }

            if (!same.Any(s => s.Valid.IsValidOn(judgedOn)))
            {
                return Judged(Verdict.Outdated, ids, ReasonCodes.NoLongerHeld, ("what", what), ("periods", DescribeAll(same)), ("day", Day(judgedOn)));
            }
        }

        // "deployed in Mali since 2019": held, but from a later day than the one claimed. A state of things said to
        // hold since a day ("suspended since the coup of 5 September") may have begun in the days after it.
        if (claim.At is null && claim.Valid.Start is { Kind: BoundKind.Dated, Mark: BoundMark.On, Date: { } since } && !claim.Predicate.IsEvent
            && !same.Any(s => Overlaps(s, since.Earliest, since.Precision == DatePrecision.Day ? since.Latest.AddDays(SinceGraceDays) : since.Latest)))
        {
            return Judged(Verdict.Contradicted, ids, ReasonCodes.HeldSinceLater, ("what", what), ("periods", DescribeAll(during)), ("since", since.ToString()));
        }

        return Judged(Verdict.Supported, during.Select(s => s.Id).ToList(), ReasonCodes.Held, ("what", what), ("periods", DescribeAll(during)));
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

    private static ClaimVerdict Judged(Verdict verdict, IReadOnlyList<string> matches, string code, params (string Name, string? Value)[] arguments) =>
        new(verdict, VerdictReason.Of(code, arguments), matches);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Stance? StanceOf(Statement s) => VocabularyNames.TryParse<Stance>(s.Qualifiers.Get("stance"), out var st) ? st : null;

    /// <summary>The values of a reason's <c>what</c>: what a matching statement says was held (<see cref="ReasonCodes.HeldValues"/>).</summary>
    private static class HeldAs
    {
        public const string Held = "held";
        public const string Member = "member";
        public const string FoundingMember = "founding_member";
        public const string HeadOfState = "head_of_state";
    }
}

import Hearth

/// One derived 903 episode.
public struct DerivedEpisode: Sendable, Hashable {
    public var decom: Day
    public var rne: ReasonForNewEpisode
    public var legalStatus: LegalStatus
    public var placement: PlacementSpan
    public var dec: Day?
    public var rec: ReasonEpisodeCeased?
    public var reasonPlaceChange: ReasonForPlacementChange?
}

extension PeriodOfCare {
    /// The period's 903 episodes: a new episode wherever the legal status or the placement
    /// changes, with the RNE chosen from what changed (S at the start; L legal status only;
    /// P new placement and carer; T new placement, same carer; B both, new carer; U both, same
    /// carer). Consecutive legal-status spans with the same status are one status in the 903.
    /// REASON_PLACE_CHANGE is written on the last episode of each placement.
    public func episodes() -> [DerivedEpisode] {
        guard !legalStatuses.isEmpty, !placements.isEmpty else { return [] }
        var ls: [LegalStatusSpan] = []
        for s in legalStatuses {
            if let last = ls.last, last.status == s.status { ls[ls.count - 1].span.end = s.span.end } else { ls.append(s) }
        }
        let pl = placements
        var out: [DerivedEpisode] = []
        var a = 0, p = 0
        out.append(DerivedEpisode(decom: span.start, rne: continuesEarlierCare ?? .s, legalStatus: ls[0].status, placement: pl[0]))
        var lastPlacementStart = [0]
        while true {
            let nextLS = a + 1 < ls.count ? ls[a + 1].span.start : nil
            let nextPL = p + 1 < pl.count ? pl[p + 1].span.start : nil
            guard let t = [nextLS, nextPL].compactMap({ $0 }).min() else { break }
            let lsChange = nextLS == t, plChange = nextPL == t
            let previousCarer = pl[p].carer
            if lsChange { a += 1 }
            if plChange { p += 1 }
            let sameCarer = plChange && previousCarer != nil && pl[p].carer == previousCarer
            let rne: ReasonForNewEpisode = lsChange && plChange ? (sameCarer ? .u : .b) : plChange ? (sameCarer ? .t : .p) : .l
            out[out.count - 1].dec = t
            out[out.count - 1].rec = .x1
            if plChange { lastPlacementStart.append(out.count) }
            out.append(DerivedEpisode(decom: t, rne: rne, legalStatus: ls[a].status, placement: pl[p]))
        }
        out[out.count - 1].dec = span.end
        out[out.count - 1].rec = span.end == nil ? nil : reasonEnded
        // The last episode of each placement carries the reason that placement ended.
        for (k, startIndex) in lastPlacementStart.enumerated() {
            let lastIndex = k + 1 < lastPlacementStart.count ? lastPlacementStart[k + 1] - 1 : out.count - 1
            _ = startIndex
            out[lastIndex].reasonPlaceChange = out[lastIndex].placement.reasonForChange
        }
        return out
    }
}

/// Writes the model as the tables of one year's SSDA903 return (1 April to 31 March).
///
/// Who is in the return: every child with an episode open at some time in the year, plus the
/// OC3 cohort. Episodes, reviews, missing periods and social-worker episodes are those current
/// at some time in the year; anything that ended after 31 March is written as still open (DEC,
/// REC and REASON_PLACE_CHANGE blank), as it was at the time of the return. SEX is 1/2 before
/// 2024/25 and M/F/U from it. SWEpisodes are written from 2023/24, when the table began.
public enum SSDA903Export {
    public static func tables(for county: County, year: CollectionYear, progress: ReturnsProgress? = nil) -> SSDA903Return {
        var t: [SSDA903TableName: SSDA903Table] = [:]
        for name in SSDA903TableName.allCases where name != .swEpisodes || year.startYear >= 2023 {
            t[name] = SSDA903Table(name: name, file: name.fileName)
        }
        for child in county.children {
            write(child, year: year, into: &t)
            progress?.advance()
        }
        progress?.finish()
        return SSDA903Return(tables: t, year: year)
    }

    static func inYear(_ start: Day, _ end: Day?, _ year: CollectionYear) -> Bool {
        start <= year.end && (end.map { $0 >= year.start } ?? true)
    }

    static func write(_ child: ChildRecord, year: CollectionYear, into t: inout [SSDA903TableName: SSDA903Table]) {
        let id = child.id.rawValue
        let dob = child.dateOfBirth?.ukFormat ?? ""
        func uk(_ d: Day?) -> String { d?.ukFormat ?? "" }
        func inYearOnly(_ d: Day?) -> Day? { d.flatMap { $0 <= year.end ? $0 : nil } }
        func flag(_ b: Bool?) -> String { b.map { $0 ? "1" : "0" } ?? "" }

        var episodes: [[String]] = []
        for period in child.periodsOfCare where inYear(period.span.start, period.span.end, year) {
            for e in period.episodes() where inYear(e.decom, e.dec, year) {
                let open = e.dec.map { $0 > year.end } ?? true
                let pl = e.placement
                episodes.append([id, e.decom.ukFormat, e.rne.rawValue, e.legalStatus.rawValue, period.categoryOfNeed.rawValue,
                                 pl.type.rawValue, pl.provider?.rawValue ?? "", open ? "" : uk(e.dec),
                                 open ? "" : (e.rec?.rawValue ?? ""), open ? "" : (e.reasonPlaceChange?.rawValue ?? ""),
                                 pl.homePostcode ?? child.homePostcode ?? "", pl.postcode ?? "", pl.urn ?? ""])
            }
        }
        let leaver = OC3Cohort.contact(for: child, in: year)
        guard !episodes.isEmpty || leaver != nil else { return }

        let sex = child.sex(on: year.end).flatMap { year.startYear < 2024 ? $0.legacy : $0.modern }?.rawValue ?? ""
        // Motherhood is collected only for children looked after during the year: a care leaver
        // with no episodes in the year has MOTHER and MC_DOB blank (rules 628, 165 and 612).
        let lookedAfter = !episodes.isEmpty
        t[.header]!.append(row: [id, sex, dob, child.ethnicity.rawValue, child.upn ?? child.upnUnknown?.rawValue ?? "",
                                 lookedAfter ? flag(child.isMother) : "", lookedAfter ? uk(child.firstChildDateOfBirth) : ""], line: 0)
        for e in episodes { t[.episodes]!.append(row: e, line: 0) }

        for period in child.periodsOfCare {
            for r in period.reviews where year.span.contains(r.date) {
                t[.reviews]!.append(row: [id, dob, r.date.ukFormat, r.participation?.rawValue ?? ""], line: 0)
            }
        }
        if let u = child.uasc.last(where: { inYear($0.start, $0.end, year) }), !episodes.isEmpty {
            t[.uasc]!.append(row: [id, sex, dob, uk(u.end)], line: 0)
        }
        if OC2Cohort.includes(child, in: year) {
            let o = child.annualOutcomes.first { $0.year == year } ?? AnnualOutcome(year: year)
            t[.oc2]!.append(row: [id, dob, o.sdqScore.map(String.init) ?? "", o.sdqReason?.rawValue ?? "", flag(o.convicted),
                                  flag(o.healthCheck), flag(o.immunisations), flag(o.teethCheck), flag(o.healthAssessment),
                                  flag(o.substanceMisuse), flag(o.interventionReceived), flag(o.interventionOffered)], line: 0)
        }
        if let c = leaver {
            t[.oc3]!.append(row: [id, dob, c.inTouch.rawValue, c.activity?.rawValue ?? "", c.accommodation?.rawValue ?? ""], line: 0)
        }
        if !episodes.isEmpty {
            if let j = AD1Cohort.adoption(for: child, in: year) {
                t[.ad1]!.append(row: [id, dob, j.decisionDate.ukFormat, uk(j.matchedDate), flag(j.byFosterCarer),
                                      j.numberOfAdopters.map(String.init) ?? "", j.adopterSex?.rawValue ?? "",
                                      j.adopterLegalStatus?.rawValue ?? ""], line: 0)
            }
            for j in child.adoptions where j.decisionDate <= year.end
                && (j.decisionReversedDate.map { $0 >= year.start } ?? true)
                && (j.adoptionOrderDate.map { $0 >= year.start } ?? true) {
                let reversed = inYearOnly(j.decisionReversedDate)
                t[.placedAdoption]!.append(row: [id, dob, j.decisionDate.ukFormat, uk(reversed),
                                                 reversed == nil ? "" : (j.decisionReversedReason?.rawValue ?? "")], line: 0)
            }
            if let pp = child.previousPermanence,
               child.periodsOfCare.contains(where: { $0.continuesEarlierCare == nil && year.span.contains($0.span.start) }) {
                t[.prevPerm]!.append(row: [id, dob, pp.kind.rawValue, pp.localAuthority ?? "", pp.date ?? ""], line: 0)
            }
            for m in child.missingEpisodes where inYear(m.span.start, m.span.end, year) {
                t[.missing]!.append(row: [id, dob, m.kind.rawValue, m.span.start.ukFormat, uk(inYearOnly(m.span.end))], line: 0)
            }
            if t[.swEpisodes] != nil {
                for a in child.allocations where a.worker != nil && inYear(a.span.start, a.span.end, year) {
                    t[.swEpisodes]!.append(row: [id, dob, a.worker!.rawValue, a.span.start.ukFormat, uk(inYearOnly(a.span.end)),
                                                 a.reason?.rawValue ?? ""], line: 0)
                }
            }
        }
    }
}

import Foundation
import Hearth

/// Maps one or more SSDA903 returns (raw tables) into the case model.
///
/// Several years for the same child are stitched (returns.md §2.5, docs/returns.md):
/// - returns are taken oldest first; a row in a later return replaces the same row in an earlier
///   one: an episode with the same CHILD and DECOM, a review on the same date, a missing period
///   with the same start, a social-worker episode with the same SW_ID and start, an adoption
///   decision on the same date. Header fields, UASC and PrevPerm come from the latest return
///   that has the child;
/// - identical rows repeated within one return are dropped with a warning;
/// - the episode chain is then rebuilt as `EpisodeChainer` describes.
public enum SSDA903Import {
    /// The team that social-worker episodes are allocated to, since a 903 names workers but not teams.
    public static let importedTeam = TeamID("903")

    public static func county(from returns: [SSDA903Return], councilCode: String = "000",
                              name: String = "Imported from SSDA903", progress: ReturnsProgress? = nil) -> (County, [ImportFinding]) {
        let ordered = returns.enumerated().sorted {
            ($0.element.year?.startYear ?? Int.min, $0.offset) < ($1.element.year?.startYear ?? Int.min, $1.offset)
        }.map(\.element)
        var findings: [ImportFinding] = []
        // Group rows by child: child → table (by ordinal) → [(return index, row)].
        let names = SSDA903TableName.allCases
        var slot: [String: Int] = [:]
        var groups: [[[(Int, Int)]]] = []
        var ids: [String] = []
        for (ri, ret) in ordered.enumerated() {
            for (ti, name) in names.enumerated() {
                guard let table = ret[name], let c = table.columnIndex("CHILD") else { continue }
                for (r, row) in table.rows.enumerated() {
                    let id = row[c]
                    if id.isEmpty {
                        let loc = table.location(r)
                        findings.append(ImportFinding(.error, file: table.file, line: loc.line, path: loc.path, column: "CHILD",
                                                      message: "required, but blank"))
                        continue
                    }
                    let g: Int
                    if let existing = slot[id] { g = existing } else {
                        g = groups.count; slot[id] = g; ids.append(id)
                        groups.append(Array(repeating: [], count: names.count))
                    }
                    groups[g][ti].append((ri, r))
                }
            }
        }
        let refs: [[TableRef?]] = ordered.map { r in names.map { r[$0].map(TableRef.init) } }
        let years = ordered.map(\.year)
        let headerSlot = names.firstIndex(of: .header)!
        let childIDs = ids, childRows = groups
        let order = childIDs.indices.sorted { childIDs[$0] < childIDs[$1] }
        // Children map independently, so they are mapped in parallel chunks; results keep the
        // sorted order, so the county and its findings are the same on every run.
        let chunkCount = max(1, min(64, order.count / 512))
        let outcomes = ParallelSlots<(ChildRecord?, [ImportFinding])>(count: order.count)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { c in
            let lo = order.count * c / chunkCount, hi = order.count * (c + 1) / chunkCount
            var rowsDone = 0
            for k in lo..<hi {
                let g = order[k]
                let id = childIDs[g], rows = childRows[g]
                rowsDone += rows.reduce(0) { $0 + $1.count }
                guard !rows[headerSlot].isEmpty else {
                    let ti = rows.firstIndex { !$0.isEmpty }!
                    let (ri, r) = rows[ti][0]
                    let t = refs[ri][ti]!
                    let loc = t.location(r)
                    outcomes[k] = (nil, [ImportFinding(.error, file: t.file, line: loc.line, path: loc.path, column: "CHILD", value: id,
                                                       message: "the child is not in the Header table")])
                    continue
                }
                var mapper = ChildMapper(id: id, years: years, tables: refs, rows: rows)
                let child = mapper.map()
                outcomes[k] = (child, mapper.findings)
            }
            progress?.advance(by: rowsDone)
        }
        var children: [ChildRecord] = []
        children.reserveCapacity(order.count)
        var workers: [WorkerID: Day] = [:]
        for (child, f) in outcomes.values {
            findings += f
            guard let child else { continue }
            for a in child.allocations { if let w = a.worker { workers[w] = min(workers[w] ?? a.span.start, a.span.start) } }
            children.append(child)
        }
        progress?.finish()
        let extract = years.compactMap { $0 }.max()?.end ?? children.compactMap { $0.periodsOfCare.last?.span.start }.max() ?? Day(2000, 1, 1)
        var county = County(councilCode: councilCode, name: name, extractDate: extract, children: children)
        if !workers.isEmpty {
            county.teams = [Team(id: importedTeam, name: "Social workers named in SSDA903 returns", kind: .childrenInCare, area: nil)]
            county.workers = workers.keys.sorted().map {
                Worker(id: $0, name: $0.rawValue, team: importedTeam, role: .socialWorker, qualified: true,
                       employment: .permanent, fte: 1, employed: DaySpan(start: workers[$0]!))
            }
        }
        return (county, findings)
    }
}

/// Builds one child's record from their rows in every return.
struct ChildMapper {
    let id: String
    let years: [CollectionYear?]
    let tables: [[TableRef?]]
    /// Per table ordinal (`SSDA903TableName.allCases`), the child's rows as (return index, row).
    let rows: [[(Int, Int)]]
    var findings: [ImportFinding] = []
    var source = SourceIndex()

    init(id: String, years: [CollectionYear?], tables: [[TableRef?]], rows: [[(Int, Int)]]) {
        self.id = id; self.years = years; self.tables = tables; self.rows = rows
    }

    /// Rows of `table`, oldest return first: the table, the row and the return's index.
    func list(_ table: SSDA903TableName) -> [(TableRef, Int, Int)] {
        let ti = table.ordinal
        return rows[ti].map { (tables[$0.0][ti]!, $0.1, $0.0) }
    }

    func reader(_ ri: Int) -> FieldReader { FieldReader(year: years[ri]) }

    mutating func take(_ f: FieldReader) { findings += f.findings }

    mutating func map() -> ChildRecord {
        var child = ChildRecord(id: ChildID(id))
        mapHeader(&child)
        mapEpisodes(&child)
        mapReviews(&child)
        mapMissing(&child)
        mapUASC(&child)
        mapOutcomes(&child)
        mapAdoption(&child)
        mapPrevPerm(&child)
        mapSocialWorkers(&child)
        // Invariants are checked only when the rows themselves mapped cleanly: an error already
        // reported would otherwise come back as a cascade of broken spans.
        if findings.hasErrors { return child }
        for v in child.violations() {
            let (t, r) = source.locate(v.path)!
            let loc = t.location(r)
            findings.append(ImportFinding(.error, file: t.file, line: loc.line, path: loc.path, column: v.field, value: v.value,
                                          message: "\(v.message) (child \(id), \(v.path.isEmpty ? "record" : v.path))"))
        }
        return child
    }

    // MARK: Header

    mutating func mapHeader(_ child: inout ChildRecord) {
        var lastSex: Sex?
        var dob: Day?
        for (t, r, ri) in list(.header) {
            var f = reader(ri)
            source.record(.init(name: "", i: -1), t, r)
            let d = f.date(t, r, "DOB", required: true)
            if let d, let prev = dob, prev != d {
                f.warning(t, r, "DOB", d.ukFormat, "differs from \(prev.ukFormat) in an earlier return; the later one is kept")
            }
            if let d { dob = d }
            if let s = f.code(t, r, "SEX", Sex.self)?.modern, s != lastSex {
                child.sex.append(SexRecord(s, recorded: lastSex == nil ? nil : years[ri]?.start))
                lastSex = s
            }
            child.ethnicity = f.code(t, r, "ETHNIC", Ethnicity.self) ?? .nobt
            let upn = t.value(r, "UPN")
            if upn.count == 3 && upn.hasPrefix("UN") {
                child.upnUnknown = f.code(t, r, "UPN", UPNUnknownReason.self); child.upn = nil
            } else {
                child.upn = upn.isEmpty ? nil : upn; child.upnUnknown = nil
            }
            // Motherhood is not collected in a year when the young person is only a care leaver
            // (MOTHER and MC_DOB blank), so a blank never erases what an earlier return said.
            if let m = f.flag(t, r, "MOTHER") { child.isMother = m }
            if let d = f.date(t, r, "MC_DOB") { child.firstChildDateOfBirth = d }
            take(f)
        }
        child.dateOfBirth = dob
    }

    // MARK: Episodes

    mutating func mapEpisodes(_ child: inout ChildRecord) {
        var eps: [EpisodeRow] = []
        var byReturn: [Int: [EpisodeRow]] = [:]
        for (t, r, ri) in list(.episodes) {
            var f = reader(ri)
            guard let decom = f.date(t, r, "DECOM", required: true) else { take(f); continue }
            let e = EpisodeRow(decom: decom, rne: f.code(t, r, "RNE", ReasonForNewEpisode.self, required: true),
                               ls: f.code(t, r, "LS", LegalStatus.self, required: true),
                               cin: f.code(t, r, "CIN", NeedCode.self, required: true),
                               place: f.code(t, r, "PLACE", PlacementType.self, required: true),
                               provider: f.code(t, r, "PLACE_PROVIDER", PlacementProvider.self),
                               dec: f.date(t, r, "DEC"), rec: f.code(t, r, "REC", ReasonEpisodeCeased.self),
                               reasonPlaceChange: f.code(t, r, "REASON_PLACE_CHANGE", ReasonForPlacementChange.self),
                               homePost: t.value(r, "HOME_POST"), plPost: t.value(r, "PL_POST"), urn: t.value(r, "URN"),
                               returnIndex: ri, table: t, row: r, yearEnd: years[ri]?.end)
            take(f)
            byReturn[ri, default: []].append(e)
        }
        // Later returns replace episodes with the same DECOM; exact repeats within a return are dropped.
        var replaced = Set<Int32>()
        for ri in byReturn.keys.sorted(by: >) {
            var seen = Set<[String]>()
            var here = Set<Int32>()
            for e in byReturn[ri]! {
                if replaced.contains(e.decom.ordinal) { continue }
                if !seen.insert(e.sameContent).inserted {
                    var f = reader(ri)
                    f.warning(e.table, e.row, "DECOM", e.decom.ukFormat, "the same episode appears twice; the repeat is ignored")
                    take(f)
                    continue
                }
                here.insert(e.decom.ordinal)
                eps.append(e)
            }
            replaced.formUnion(here)
        }
        var chainer = EpisodeChainer(child: id, fields: FieldReader(year: nil), source: source)
        child.periodsOfCare = chainer.periods(from: eps)
        findings += chainer.fields.findings
        source = chainer.source
        if let home = eps.max(by: { $0.decom < $1.decom })?.homePost, !home.isEmpty { child.homePostcode = home }
    }

    // MARK: Reviews, missing, UASC

    mutating func mapReviews(_ child: inout ChildRecord) {
        var reviews: [Day: (CarePlanReview, TableRef, Int)] = [:]
        for (t, r, ri) in list(.reviews) {
            var f = reader(ri)
            if let d = f.date(t, r, "REVIEW", required: true) {
                reviews[d] = (CarePlanReview(date: d, participation: f.code(t, r, "REVIEW_CODE", ReviewParticipation.self)), t, r)
            }
            take(f)
        }
        for d in reviews.keys.sorted() {
            let (review, t, r) = reviews[d]!
            guard let p = child.periodsOfCare.lastIndex(where: { $0.span.contains(d) || $0.span.end == d }) else {
                var f = reader(0)
                f.error(t, r, "REVIEW", d.ukFormat, "the child was not looked after on the review date")
                take(f)
                continue
            }
            child.periodsOfCare[p].reviews.append(review)
        }
    }

    mutating func mapMissing(_ child: inout ChildRecord) {
        var byStart: [Day: (MissingEpisode, TableRef, Int)] = [:]
        for (t, r, ri) in list(.missing) {
            var f = reader(ri)
            let kind = f.code(t, r, "MISSING", MissingKind.self, required: true)
            if let start = f.date(t, r, "MIS_START", required: true), let kind {
                byStart[start] = (MissingEpisode(kind: kind, span: DaySpan(start: start, end: f.date(t, r, "MIS_END"))), t, r)
            }
            take(f)
        }
        for (i, d) in byStart.keys.sorted().enumerated() {
            let (m, t, r) = byStart[d]!
            source.record(.init(name: "missingEpisodes", i: i), t, r)
            child.missingEpisodes.append(m)
        }
    }

    /// The 903 gives only the date UASC status ceased; the status is taken to start when the
    /// child's first period of care (as held) starts, or at birth without one.
    mutating func mapUASC(_ child: inout ChildRecord) {
        guard let (t, r, ri) = list(.uasc).last else { return }
        var f = reader(ri)
        let duc = f.date(t, r, "DUC")
        take(f)
        var start = child.periodsOfCare.first?.span.start ?? child.dateOfBirth ?? duc ?? years[ri]?.start ?? Day(2000, 1, 1)
        if let duc, duc < start { start = child.dateOfBirth.map { min($0, duc) } ?? duc }
        source.record(.init(name: "uasc", i: 0), t, r)
        child.uasc = [DaySpan(start: start, end: duc)]
    }

    // MARK: OC2, OC3

    mutating func mapOutcomes(_ child: inout ChildRecord) {
        var byYear: [CollectionYear: AnnualOutcome] = [:]
        for (t, r, ri) in list(.oc2) {
            var f = reader(ri)
            guard let year = years[ri] else {
                f.error(t, r, "CHILD", id, "the collection year of this return is not known, so the OC2 row cannot be placed")
                take(f); continue
            }
            byYear[year] = AnnualOutcome(
                year: year, sdqScore: f.int(t, r, "SDQ_SCORE", range: 0...40), sdqReason: f.code(t, r, "SDQ_REASON", SDQReason.self),
                convicted: f.flag(t, r, "CONVICTED"), healthCheck: f.flag(t, r, "HEALTH_CHECK"),
                immunisations: f.flag(t, r, "IMMUNISATIONS"), teethCheck: f.flag(t, r, "TEETH_CHECK"),
                healthAssessment: f.flag(t, r, "HEALTH_ASSESSMENT"), substanceMisuse: f.flag(t, r, "SUBSTANCE_MISUSE"),
                interventionReceived: f.flag(t, r, "INTERVENTION_RECEIVED"), interventionOffered: f.flag(t, r, "INTERVENTION_OFFERED"))
            take(f)
        }
        child.annualOutcomes = byYear.keys.sorted().map { byYear[$0]! }

        var contacts: [Day: CareLeaverContact] = [:]
        for (t, r, ri) in list(.oc3) {
            var f = reader(ri)
            defer { take(f) }
            guard let year = years[ri], let dob = child.dateOfBirth else {
                f.error(t, r, "CHILD", id, "the OC3 row needs the child's date of birth and the return's collection year")
                continue
            }
            let inTouch = f.code(t, r, "IN_TOUCH", InTouch.self, required: true) ?? InTouch(rawValue: "")
            let activ = t.value(r, "ACTIV"), accom = t.value(r, "ACCOM")
            let contact = CareLeaverContact(
                date: OC3Cohort.contactDate(dob: dob, year: year),
                inTouch: inTouch,
                activity: activ.isEmpty ? nil : f.code(t, r, "ACTIV", CareLeaverActivity.self),
                accommodation: accom.isEmpty ? nil : f.code(t, r, "ACCOM", CareLeaverAccommodation.self))
            if OC3Cohort.ageInYear(dob: dob, year: year) == nil {
                f.warning(t, r, "DOB", dob.ukFormat, "not aged 17 to 21 in \(year.label) (rule 391)")
            }
            contacts[contact.date] = contact
        }
        if !contacts.isEmpty {
            child.careLeaver = CareLeaverRecord(contacts: contacts.keys.sorted().map { contacts[$0]! })
        }
    }

    // MARK: Adoption, previous permanence, social workers

    mutating func mapAdoption(_ child: inout ChildRecord) {
        var journeys: [Day: AdoptionJourney] = [:]
        var where_: [Day: (TableRef, Int)] = [:]
        for (t, r, ri) in list(.placedAdoption) {
            var f = reader(ri)
            if let d = f.date(t, r, "DATE_PLACED", required: true) {
                var j = journeys[d] ?? AdoptionJourney(decisionDate: d)
                j.decisionReversedDate = f.date(t, r, "DATE_PLACED_CEASED")
                j.decisionReversedReason = f.code(t, r, "REASON_PLACED_CEASED", ReasonPlacedCeased.self)
                journeys[d] = j
                where_[d] = where_[d] ?? (t, r)
            }
            take(f)
        }
        for (t, r, ri) in list(.ad1) {
            var f = reader(ri)
            defer { take(f) }
            guard let d = f.date(t, r, "DATE_INT", required: true) else { continue }
            var j = journeys[d] ?? AdoptionJourney(decisionDate: d)
            j.matchedDate = f.date(t, r, "DATE_MATCH")
            j.byFosterCarer = f.flag(t, r, "FOSTER_CARE")
            j.numberOfAdopters = f.int(t, r, "NB_ADOPTR", range: 1...2)
            j.adopterSex = f.code(t, r, "SEX_ADOPTR", AdopterSex.self)
            j.adopterLegalStatus = f.code(t, r, "LS_ADOPTR", AdopterLegalStatus.self)
            if let year = years[ri],
               let adopted = child.periodsOfCare.last(where: { ($0.reasonEnded?.isAdoption ?? false) && $0.span.end.map(year.span.contains) == true }) {
                j.adoptionOrderDate = adopted.span.end
            } else {
                f.warning(t, r, "DATE_INT", d.ukFormat, "an AD1 row, but no episode in the year ends with adoption (REC E11/E12)")
            }
            journeys[d] = j
            where_[d] = (t, r)
        }
        for (i, d) in journeys.keys.sorted().enumerated() {
            var j = journeys[d]!
            let (t, r) = where_[d]!
            source.record(.init(name: "adoptions", i: i), t, r)
            // Moved in with the adopters: the first A3–A6 placement after the decision.
            let order = j.adoptionOrderDate
            let placed = child.periodsOfCare.lazy.flatMap(\.placements)
                .first { pl in pl.type.isPlacedForAdoption && pl.span.start >= d && (order.map { pl.span.start <= $0 } ?? true) }?.span.start
            if let placed, j.matchedDate.map({ placed >= $0 }) ?? true { j.placedDate = placed }
            if let period = child.periodsOfCare.last(where: { $0.span.contains(d) || $0.span.start > d }) {
                j.placementOrderDate = period.legalStatuses.first { $0.status.isCourtAuthorityToPlace }?.span.start
            }
            child.adoptions.append(j)
        }
    }

    mutating func mapPrevPerm(_ child: inout ChildRecord) {
        guard let (t, r, ri) = list(.prevPerm).last else { return }
        var f = reader(ri)
        if let kind = f.code(t, r, "PREV_PERM", PreviousPermanenceKind.self, required: true) {
            let la = t.value(r, "LA_PERM"), date = t.value(r, "DATE_PERM")
            child.previousPermanence = PreviousPermanence(kind: kind, localAuthority: la.isEmpty ? nil : la, date: date.isEmpty ? nil : date)
        }
        take(f)
    }

    mutating func mapSocialWorkers(_ child: inout ChildRecord) {
        var byKey: [String: (CaseAllocation, TableRef, Int)] = [:]
        for (t, r, ri) in list(.swEpisodes) {
            var f = reader(ri)
            let sw = t.value(r, "SW_ID")
            if sw.isEmpty { f.error(t, r, "SW_ID", sw, "required, but blank") }
            if let start = f.date(t, r, "SW_DECOM", required: true), !sw.isEmpty {
                let a = CaseAllocation(team: SSDA903Import.importedTeam, worker: WorkerID(sw),
                                       span: DaySpan(start: start, end: f.date(t, r, "SW_DEC")),
                                       reason: f.code(t, r, "SW_REASON", SocialWorkerChangeReason.self))
                byKey[sw + "|" + start.iso] = (a, t, r)
            }
            take(f)
        }
        let sorted = byKey.values.sorted { ($0.0.span.start, $0.0.worker?.rawValue ?? "") < ($1.0.span.start, $1.0.worker?.rawValue ?? "") }
        for (i, (a, t, r)) in sorted.enumerated() {
            source.record(.init(name: "allocations", i: i), t, r)
            child.allocations.append(a)
        }
    }
}

/// Fixed slots filled from parallel workers, each slot written by exactly one of them. Backed
/// by raw memory so workers never touch a shared Swift array's header.
final class ParallelSlots<Value>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Value?>
    let count: Int
    init(count: Int) {
        self.count = count
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: nil, count: count)
    }
    deinit { base.deinitialize(count: count); base.deallocate() }
    subscript(i: Int) -> Value? {
        get { base[i] }
        set { base[i] = newValue }
    }
    /// Every slot's value, in order; call after the workers have finished.
    var values: [Value] { (0..<count).map { base[$0]! } }
}

import Hearth
import HearthReturns

/// Small readings of 903 cells shared by the batch 2 rules (care-leaver, episode-sequence and
/// postcode rules). Kept here, not in the framework, so batches can be written in parallel.
extension SSDA903Table {
    /// True when the cell is empty: the DfE validator reads an empty CSV cell as "not recorded".
    func isBlankCell(_ row: Int, _ column: String) -> Bool { self[row, column].isEmpty }

    /// True when any of `columns` holds a value in `row`.
    func anyRecorded(_ row: Int, _ columns: [String]) -> Bool { columns.contains { !self[row, $0].isEmpty } }

    /// Rows of each child, in file order.
    func rowsOfEachChild() -> [String: [Int]] { rowGroupsByChild() }
}

/// Code groups several batch 2 rules read (namespaced so parallel batches cannot clash).
enum Batch2Codes {
    /// The OC3 care-leaver fields; a row with any of them filled in is "care leaver information".
    static let careLeaverFields = ["IN_TOUCH", "ACTIV", "ACCOM"]
    /// Temporary placement codes (T0–T4).
    static let temporaryPlacements: Set<String> = ["T0", "T1", "T2", "T3", "T4"]
    /// Short-break (respite) legal statuses.
    static let shortBreakStatuses: Set<String> = ["V3", "V4"]
}

extension ValidationContext {
    /// The date in `column` of `row`, or nil when blank or not a date.
    func dateCell(_ table: SSDA903Table, _ row: Int, _ column: String) -> Day? { Day.fromCell(table[row, column]) }

    /// A child's episodes in DECOM order with a readable DECOM (the DfE validator skips others
    /// when looking for a first or last episode).
    func datedEpisodes(of child: String) -> [Int] {
        (episodesByChild[child] ?? []).filter { episodeStarts[$0] != nil }
    }

    /// The upper-tier local authority of an episode's placement, named as the DfE validator
    /// names it (`PL_LA`): the ONS code for England, and WAL, SCO or NIR for the other nations.
    /// Nil when the postcode is blank, unknown or no directory was given.
    func placementAuthority(_ episodes: SSDA903Table, _ row: Int) -> String? {
        let postcode = episodes[row, "PL_POST"]
        guard !postcode.isEmpty, let code = postcodes?.localAuthority(postcode) else { return nil }
        switch code.first {
        case "W": return "WAL"
        case "S": return "SCO"
        case "N": return "NIR"
        default: return code
        }
    }

    /// Whether the placement is inside the submitting council's area (`PL_LOCATION` IN/OUT);
    /// nil when the placement authority or the council is unknown.
    func placedInsideCouncil(_ episodes: SSDA903Table, _ row: Int) -> Bool? {
        guard let la = placementAuthority(episodes, row), let own = localAuthority else { return nil }
        return la == own
    }

    /// The 903 `PL_DISTANCE` in miles between home and placement postcodes, or nil when either
    /// is blank or not in the directory.
    func placementDistance(_ episodes: SSDA903Table, _ row: Int) -> Double? {
        let home = episodes[row, "HOME_POST"], placed = episodes[row, "PL_POST"]
        guard !home.isEmpty, !placed.isEmpty, let postcodes,
              let h = postcodes.gridReference(GridReference.normalise(home)),
              let p = postcodes.gridReference(GridReference.normalise(placed)) else { return nil }
        return h.milesTo(p)
    }
}

extension ValidationContext {
    /// Episodes in spells of `status` longer than `days`: a spell is a run of the child's
    /// episodes of that status, each following the previous episode without a gap (its DEC is
    /// the next DECOM), measured from the first start to the last end; an open end is 31 March.
    /// For the emergency legal statuses (361 police protection, 362 EPO).
    func legalStatusSpellsLongerThan(_ days: Int, status: String) -> [Int] {
        let episodes = table(.episodes)
        var flagged: [Int] = []
        for rows in episodesByChild.values where rows.contains(where: { episodes[$0, "LS"] == status }) {
            var spell: [Int] = [], spellStart: Day?, spellEnd: Day?, joinsNext = false
            func close() {
                if let s = spellStart, let e = spellEnd, s.days(to: e) > days { flagged += spell }
                spell = []; spellStart = nil; spellEnd = nil
            }
            for (k, e) in rows.enumerated() {
                guard episodes[e, "LS"] == status else { continue }
                if !joinsNext { close() }
                let start = dateCell(episodes, e, "DECOM")
                let end = episodes.isBlankCell(e, "DEC") ? collectionEnd : dateCell(episodes, e, "DEC")
                spell.append(e)
                if let start { spellStart = min(spellStart ?? start, start) }
                if let end { spellEnd = max(spellEnd ?? end, end) }
                let next = k + 1 < rows.count && episodes[rows[k + 1], "LS"] == status ? dateCell(episodes, rows[k + 1], "DECOM") : nil
                joinsNext = next != nil && end == next
            }
            close()
        }
        return flagged
    }

    /// Episodes of `status` in periods whose summed lengths exceed `days`: consecutive episodes of
    /// that status (in DECOM order) stay in one period while each starts no later than the previous
    /// one ended; an open end is 31 March. For 363 (child assessment order) and 364 (PACE).
    func legalStatusPeriodsTotallingMoreThan(_ days: Int, status: String) -> [Int] {
        let episodes = table(.episodes)
        var flagged: [Int] = []
        for rows in episodesByChild.values {
            var period: [Int] = [], total = 0, previousEnd: Day?
            for e in rows where episodes[e, "LS"] == status {
                guard let start = dateCell(episodes, e, "DECOM") else { continue }
                let end = episodes.isBlankCell(e, "DEC") ? collectionEnd : dateCell(episodes, e, "DEC")
                if let previousEnd, start <= previousEnd {} else if !period.isEmpty {
                    if total > days { flagged += period }
                    period = []; total = 0
                }
                period.append(e)
                total += end.map { start.days(to: $0) } ?? 0
                previousEnd = end
            }
            if total > days { flagged += period }
        }
        return flagged
    }
}

extension ValidationContext {
    /// Episodes with PLACE = `placement` that start before the child's birthday of `years`
    /// (the minimum-age placement rules 371–374).
    func episodesStartingTooYoung(placement: String, years: Int) -> [Int] {
        let episodes = table(.episodes)
        return (0..<episodes.count).filter { e in
            guard episodes[e, "PLACE"] == placement, let start = dateCell(episodes, e, "DECOM"),
                  let dob = birthDate(of: episodes[e, "CHILD"]) else { return false }
            return start < dob.yearsAfter(years)
        }
    }

    /// Children who are, or were, unaccompanied asylum-seeking children: those with a UASC row
    /// and a Header row in this year's return, or in last year's when it is given. This is how
    /// the DfE validator derives the Header's UASC flag from CSV returns.
    var uascChildren: Set<String> {
        derived("batch2.uascChildren") { () -> Set<String> in uascChildrenOfBothYears() }
    }

    /// `uascChildren`, worked out (once per run: several rules ask).
    private func uascChildrenOfBothYears() -> Set<String> {
        var children = Set<String>()
        for ret in [current, previous].compactMap({ $0 }) {
            guard let uasc = ret[.uasc], let header = ret[.header] else { continue }
            var inHeader = Set<String>()
            for i in 0..<header.count { inHeader.insert(header[i, "CHILD"]) }
            for i in 0..<uasc.count where inHeader.contains(uasc[i, "CHILD"]) { children.insert(uasc[i, "CHILD"]) }
        }
        return children
    }
}

extension ValidationContext {
    /// Episodes whose REC (upper-cased) is one of `reasons` and whose end date and the child's
    /// date of birth satisfy `wrong` (the age-at-leaving rules 386, 387, 389, 407, 460).
    func episodesEnding(_ reasons: Set<String>, _ wrong: (_ end: Day, _ dob: Day) -> Bool) -> [Int] {
        let episodes = table(.episodes)
        return (0..<episodes.count).filter { e in
            guard reasons.contains(episodes[e, "REC"].uppercased()), let end = dateCell(episodes, e, "DEC"),
                  let dob = birthDate(of: episodes[e, "CHILD"]) else { return false }
            return wrong(end, dob)
        }
    }
}

extension ValidationContext {
    /// Each pair (previous, next) of a child's consecutive episodes in DECOM order.
    func consecutiveEpisodes() -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        for rows in episodesByChild.values where rows.count > 1 {
            for k in 1..<rows.count { pairs.append((rows[k - 1], rows[k])) }
        }
        return pairs
    }

    /// Whether two episodes have the same placement: PLACE, PL_POST, URN and PLACE_PROVIDER all
    /// equal (blank equals blank).
    func samePlacement(_ a: Int, _ b: Int) -> Bool {
        let episodes = table(.episodes)
        return ["PLACE", "PL_POST", "URN", "PLACE_PROVIDER"].allSatisfy { episodes[a, $0] == episodes[b, $0] }
    }
}

extension ValidationContext {
    /// Pairs (this year's first episode, last year's last episode) for children whose last
    /// episode last year was open, when both have the same RNE: the continuity rules 452 and 453.
    func continuedEpisodes(_ previous: SSDA903Table) -> [(Int, Int)] {
        let episodes = table(.episodes)
        var pairs: [(Int, Int)] = []
        // Last year's latest episode of each child: latest DECOM, the first row among ties.
        var latest: [String: (start: Int32, row: Int)] = [:]
        for r in 0..<previous.count {
            guard let start = dateCell(previous, r, "DECOM")?.ordinal else { continue }
            let child = previous[r, "CHILD"]
            if let kept = latest[child], kept.start >= start { continue }
            latest[child] = (start, r)
        }
        for (child, kept) in latest {
            let last = kept.row
            guard previous.isBlankCell(last, "DEC"),
                  let first = firstDatedEpisode(of: child), episodes[first, "RNE"] == previous[last, "RNE"] else { continue }
            pairs.append((first, last))
        }
        return pairs
    }
}

extension ValidationContext {
    /// The Header rows of children who appear more than once in the Header (usually none, so
    /// this costs one comparison). Build once per rule run and read with `headerRows(of:_:)`.
    func repeatedHeaderRows() -> [String: [Int]] {
        let header = table(.header)
        guard header.count > headerRowByChild.count else { return [:] }
        return header.rowsOfEachChild().filter { $0.value.count > 1 }
    }

    /// Every Header row of a child: the DfE validator flags them all when it points at the Header.
    func headerRows(of child: String, _ repeated: [String: [Int]]) -> [Int] {
        repeated[child] ?? headerRowByChild[child].map { [$0] } ?? []
    }

    /// The child's Header date of birth (`dateOfBirth(child:)` with the faster date reading).
    func birthDate(of child: String) -> Day? {
        headerRowByChild[child].flatMap { headerBirthDates[$0] }
    }

    /// The child's first episode with a readable DECOM (`episodesByChild` puts unreadable
    /// dates last, so it is the first row when any is readable).
    func firstDatedEpisode(of child: String) -> Int? {
        guard let first = episodesByChild[child]?.first, episodeStarts[first] != nil else { return nil }
        return first
    }

    /// The latest of `rows` (in DECOM order, as `episodesByChild` gives them) with a readable
    /// DECOM; when several share that date, the first of them in the file, as the DfE
    /// validator's "latest episode" is.
    func latestEpisode(_ rows: [Int], in episodes: SSDA903Table) -> Int? {
        guard let last = rows.lastIndex(where: { dateCell(episodes, $0, "DECOM") != nil }) else { return nil }
        let latest = episodes[rows[last], "DECOM"]
        return rows[...last].filter { episodes[$0, "DECOM"] == latest }.min()
    }
}

extension Day {
    /// The same day `n` years later (29 February → 28 February), like `adding(years:)`, but never
    /// trapping: past the last date a return can hold (2200) it gives a day later than any of
    /// them, so a date of birth typed as 2199 cannot crash an age rule.
    func yearsAfter(_ n: Int) -> Day {
        year + n <= 2200 ? adding(years: n) : Day(ordinal: ordinal + Int32(n) * 366)
    }
}

extension Day {
    /// A 903 date cell (`dd/mm/yyyy`), read exactly as `Day(uk:)` reads it but straight from the
    /// string's UTF-8: `Day(uk:)` copies each cell into an array, which made date parsing most of
    /// the time these rules take on a large return.
    static func fromCell(_ text: String) -> Day? {
        guard text.utf8.count == 10 else { return nil }
        var text = text
        return text.withUTF8 { u -> Day? in
            guard u[2] == 47, u[5] == 47 else { return nil }
            var value = [0, 0, 0]
            for (k, range) in [(0, 0..<2), (1, 3..<5), (2, 6..<10)] {
                for i in range {
                    let digit = Int(u[i]) - 48
                    guard digit >= 0 && digit <= 9 else { return nil }
                    value[k] = value[k] * 10 + digit
                }
            }
            return Day(year: value[2], month: value[1], day: value[0])
        }
    }
}

extension SSDA903Table {
    /// Rows of each child in start-date (DECOM) order, unreadable dates last, ties in file order:
    /// `ValidationContext.rowsByChild` for a table other than this year's episodes.
    func rowsOfEachChildByStart() -> [String: [Int]] {
        var groups = rowsOfEachChild()
        for (child, rows) in groups where rows.count > 1 {
            let keyed = rows.map { (Day.fromCell(self[$0, "DECOM"])?.ordinal ?? .max, $0) }
            groups[child] = keyed.sorted { $0 < $1 }.map(\.1)
        }
        return groups
    }
}

extension ValidationContext {
    /// An episode's end: its DEC, or 31 March when DEC is blank (still looked after at the end of
    /// the year); nil when DEC is not a date.
    func episodeEnd(_ row: Int) -> Day? {
        let episodes = table(.episodes)
        return episodes.isBlankCell(row, "DEC") ? collectionEnd : dateCell(episodes, row, "DEC")
    }
}

extension ValidationContext {
    /// OC3 rows with care-leaver information recorded for a young person aged 17 or 18 on
    /// 31 March: the rows rules 1007 and 1016 judge against the episodes around that birthday.
    func oc3RowsAged17Or18() -> [(row: Int, child: String, dateOfBirth: Day, age: Int)] {
        let oc3 = table(.oc3)
        return (0..<oc3.count).compactMap { r in
            guard oc3.anyRecorded(r, Batch2Codes.careLeaverFields), let dob = dateCell(oc3, r, "DOB") else { return nil }
            let age = dob.age(on: collectionEnd)
            return age == 17 || age == 18 ? (r, oc3[r, "CHILD"], dob, age) : nil
        }
    }
}

import Hearth
import HearthReturns

/// Shared reading of cells and rows for the batch-3 rules (episode continuity, adoption,
/// missing periods, motherhood, previous permanence, social-worker episodes).
/// Kept in one namespace so it cannot clash with other batches' support files.
enum Batch3 {
    /// A cell the DfE validator reads as missing: empty or only spaces.
    static func blank(_ s: String) -> Bool { s.allSatisfy { $0 == " " || $0 == "\t" } }

    /// Rows of `table` per child, in file order.
    static func rowsByChild(_ table: SSDA903Table) -> [String: [Int]] { table.rowGroupsByChild() }

    /// The parsed dates of `column`, one per row (nil when blank or not a date), read once so
    /// sorting and comparing do not parse again.
    static func days(_ table: SSDA903Table, _ column: String) -> [Day?] {
        guard let c = table.columnIndex(column) else { return Array(repeating: nil, count: table.count) }
        return table.rows.map { c < $0.count ? Day(uk: $0[c]) : nil }
    }

    /// Per child, this year's first episode: the earliest readable DECOM, the first such row on
    /// ties (read from the context's per-child index, so no regrouping).
    static func firstEpisode(_ context: ValidationContext) -> [String: Int] {
        // Shared by several rules: computed once per run.
        context.derived("batch3.firstEpisode") { () -> [String: Int] in
            guard context.table(.episodes).columnIndex("DECOM") != nil else { return [:] }
            let starts = context.episodeStarts
            return context.episodesByChild.compactMapValues { rows in rows.first.flatMap { starts[$0] != nil ? $0 : nil } }
        }
    }

    /// Per child, the row with the latest parseable date in `column` (first such row on ties).
    static func latestRow(_ table: SSDA903Table, _ column: String) -> [String: Int] {
        extremeRow(table, column, later: true)
    }

    private static func extremeRow(_ table: SSDA903Table, _ column: String, later: Bool) -> [String: Int] {
        var best: [String: (row: Int, day: Day)] = [:]
        guard let dc = table.columnIndex(column), let cc = table.columnIndex("CHILD") else { return [:] }
        for (i, row) in table.rows.enumerated() {
            guard dc < row.count, cc < row.count, let d = Day(uk: row[dc]) else { continue }
            let c = row[cc]
            if let b = best[c], later ? !(d > b.day) : !(d < b.day) { continue }
            best[c] = (i, d)
        }
        return best.mapValues(\.row)
    }

    /// Children looked after continuously through the collection year, by the DfE's definition in
    /// its validation rules: some episode falls in the year, and no episode in the year starts a
    /// new period (RNE S), ends care (REC other than X1 before 31 March) or is respite (V3/V4).
    static func continuouslyLookedAfter(_ context: ValidationContext) -> Set<String> {
        // Shared by several rules: computed once per run.
        context.derived("batch3.continuouslyLookedAfter") { () -> Set<String> in
            let eps = context.table(.episodes)
            let start = context.collectionStart, end = context.collectionEnd
            var inYear = Set<String>(), broken = Set<String>()
            let children = context.column(.episodes, "CHILD"), decoms = context.dates(.episodes, "DECOM"), decs = context.dates(.episodes, "DEC")
            let decCells = context.column(.episodes, "DEC"), rne = context.column(.episodes, "RNE")
            let rec = context.column(.episodes, "REC"), ls = context.column(.episodes, "LS")
            for i in 0..<eps.count {
                let child = children[i]
                let decom = decoms[i], dec = decs[i]
                let decBlank = dec == nil || blank(decCells[i])
                let during = (decom.map { $0 <= end } ?? false) && ((dec.map { $0 >= start } ?? false) || decBlank)
                if during { inYear.insert(child) }
                let enters = rne[i] == "S" && (decom.map { $0 > start && $0 <= end } ?? false)
                let leaves = rec[i] != "X1" && (dec.map { $0 >= start && $0 < end } ?? false)
                let respite = (ls[i] == "V3" || ls[i] == "V4") && during
                if enters || leaves || respite { broken.insert(child) }
            }
            return inYear.subtracting(broken)
        }
    }

    /// A period of care: a run of a child's episodes (in DECOM order) where each starts no later
    /// than the previous one ended. `end` is the last episode's DEC, nil while care continues.
    struct CarePeriod { var child: String; var start: Day; var end: Day? }

    /// Every child's periods of care, from the episodes with a parseable DECOM.
    static func carePeriods(_ context: ValidationContext) -> [String: [CarePeriod]] {
        // Shared by several rules: computed once per run.
        context.derived("batch3.carePeriods") { () -> [String: [CarePeriod]] in
            let decoms = context.episodeStarts, decs = context.dates(.episodes, "DEC")
            var out: [String: [CarePeriod]] = [:]
            for (child, rows) in context.episodesByChild {
                var periods: [CarePeriod] = []
                var previousEnd: Day?
                for r in rows {
                    guard let decom = decoms[r] else { continue }
                    let dec = decs[r]
                    if periods.isEmpty || (previousEnd.map { decom > $0 } ?? false) {
                        periods.append(CarePeriod(child: child, start: decom, end: dec))
                    } else {
                        periods[periods.count - 1].end = dec
                    }
                    previousEnd = dec
                }
                if !periods.isEmpty { out[child] = periods }
            }
            return out
        }
    }

    /// Placement details the DfE derives from postcodes: distance in miles (one decimal place),
    /// the placement's upper-tier LA, and IN/OUT of the submitting council. Nil parts are unknown.
    struct PlacementLocation: Equatable { var distance: Double?; var la: String?; var location: String? }

    static func placementLocation(_ table: SSDA903Table, row: Int, context: ValidationContext) -> PlacementLocation {
        guard let pc = context.postcodes else { return PlacementLocation() }
        let home = table[row, "HOME_POST"], placed = table[row, "PL_POST"]
        var distance: Double?
        if let a = pc.gridReference(home), let b = pc.gridReference(placed) { distance = a.milesTo(b) }
        let la = blank(placed) ? nil : pc.localAuthority(placed)
        var location: String?
        if let la { location = (context.localAuthority.map { $0 == la } ?? false) ? "IN" : "OUT" }
        return PlacementLocation(distance: distance, la: la, location: location)
    }

    /// The DfE's three-digit local authority codes for LA_PERM, plus 999 and the UK nations.
    static let localAuthorityCodes: Set<String> = Set((
        "800,889,822,301,304,303,330,825,837,302,846,370,350,890,867,380,305,801,351,873,823,895,896,"
        + "381,909,202,908,331,306,841,830,831,878,371,835,332,840,307,308,811,881,845,390,916,203,876,"
        + "850,311,204,884,312,205,313,805,919,310,309,420,921,206,207,886,810,382,314,340,888,208,856,"
        + "383,855,209,925,341,201,821,352,806,887,826,315,929,812,391,926,892,813,802,928,891,392,316,"
        + "815,353,931,879,836,851,874,807,354,317,870,318,372,857,333,935,343,803,373,342,893,356,355,"
        + "871,394,334,933,882,936,861,852,319,860,808,393,866,210,357,894,883,880,358,211,937,869,320,"
        + "359,865,384,335,336,212,868,872,885,344,877,213,938,816,999,WAL,SCO,NUK,NIR"
    ).split(separator: ",").map(String.init))

    /// A date as the DfE writes partial dates: `ZZ` for an unknown day or month, `ZZZZ` for an
    /// unknown year. Unknown day → last day of the month; unknown month → 31 December of the year.
    static func partialDate(_ text: String) -> Day? {
        if let d = Day(uk: text) { return d }
        guard text.utf8.contains(UInt8(ascii: "Z")) else { return nil }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 else { return nil }
        let y = parts[2] == "ZZZZ" ? "2000" : parts[2]
        if parts[1] == "ZZ" {
            guard let d = Day(uk: "01/01/" + y) else { return nil }
            return d.adding(years: 1).adding(days: -1)
        }
        if parts[0] == "ZZ" {
            guard let d = Day(uk: "01/" + parts[1] + "/" + y) else { return nil }
            return d.lastOfMonth
        }
        return Day(uk: parts[0] + "/" + parts[1] + "/" + y)
    }

    /// Per child, last year's episode with the latest DECOM, when it was still open (blank DEC):
    /// the episode this year's first episode must continue.
    static func openAtEndOfLastYear(_ context: ValidationContext) -> [String: Int] {
        // Shared by several rules: computed once per run.
        context.derived("batch3.openAtEndOfLastYear") { () -> [String: Int] in
            guard let last = context.previousTable(.episodes) else { return [:] }
            return latestPreviousEpisode(context).filter { blank(last[$0.value, "DEC"]) }
        }
    }

    /// Per child, last year's episode with the latest DECOM (first row on ties); shared.
    static func latestPreviousEpisode(_ context: ValidationContext) -> [String: Int] {
        context.derived("batch3.latestPreviousEpisode") { () -> [String: Int] in
            guard let last = context.previousTable(.episodes) else { return [:] }
            return latestRow(last, "DECOM")
        }
    }

    /// The 503 family: the first episode this year differs in `value` from last year's open episode.
    static func firstEpisodeDiffers(_ context: ValidationContext,
                                    _ differs: (_ now: Int, _ last: Int, _ eps: SSDA903Table, _ lastEps: SSDA903Table) -> Bool) -> [RuleHit] {
        guard let lastEps = context.previousTable(.episodes) else { return [] }
        let eps = context.table(.episodes)
        // The (first episode, last year's open episode) pairs, in row order so the rows are read
        // in file order; shared by the nine 503 rules.
        let pairs = context.derived("batch3.firstEpisodeContinuing") { () -> [ContinuingEpisode] in
            let open = openAtEndOfLastYear(context)
            return firstEpisode(context).compactMap { child, row in open[child].map { ContinuingEpisode(row: row, last: $0) } }
                .sorted { $0.row < $1.row }
        }
        return pairs.compactMap { differs($0.row, $0.last, eps, lastEps) ? RuleHit(.episodes, row: $0.row) : nil }
    }

    /// This year's first episode of a child and last year's open episode it should continue.
    struct ContinuingEpisode { var row: Int; var last: Int }
}

extension Batch3 {
    /// Hits without repeats, ordered by table then row: a row is flagged once however many
    /// pairs of rows it fails in.
    static func distinct(_ hits: [RuleHit]) -> [RuleHit] {
        Array(Set(hits)).sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) }
    }
}

extension Batch3 {
    /// The female SEX code of the collection year: "2" up to 2023/24, "F" from 2024/25.
    static func isFemale(_ sex: String, in year: CollectionYear) -> Bool {
        year.startYear >= 2024 ? sex == "F" : sex == "2"
    }

    /// A 0/1 flag cell as a number, accepting "1", "1.0" and spaces as the DfE tool does.
    static func flag(_ s: String) -> Int? {
        guard let d = Double(String(s.filter { $0 != " " })), d.isFinite, abs(d) < 1e9 else { return nil }
        return Int(d)
    }
}

extension Batch3 {
    /// Children looked after on 31 March: those with an open episode (blank DEC) that is not
    /// respite (V3/V4), with the row of that episode (the first, when there are several).
    static func lookedAfterAtYearEnd(_ context: ValidationContext) -> [String: Int] {
        // Shared by several rules: computed once per run.
        context.derived("batch3.lookedAfterAtYearEnd") { () -> [String: Int] in
            let eps = context.table(.episodes)
            var out: [String: Int] = [:]
            for i in 0..<eps.count where blank(eps[i, "DEC"]) && !["V3", "V4"].contains(eps[i, "LS"]) && out[eps[i, "CHILD"]] == nil {
                out[eps[i, "CHILD"]] = i
            }
            return out
        }
    }

    /// Social-worker episode rows per child, in SW_DECOM order (unreadable dates last). Episodes
    /// starting the same day are ordered by SW_DEC, an open one last: it is the current one.
    static func socialWorkerEpisodes(_ context: ValidationContext) -> [String: [Int]] {
        // Shared by several rules: computed once per run.
        context.derived("batch3.socialWorkerEpisodes") { () -> [String: [Int]] in
            let t = context.table(.swEpisodes)
            var groups = rowsByChild(t)
            let starts = days(t, "SW_DECOM"), ends = days(t, "SW_DEC")
            func key(_ r: Int) -> (Int32, Int32, Int) { (starts[r]?.ordinal ?? .max, ends[r]?.ordinal ?? .max, r) }
            for i in groups.values.indices where groups.values[i].count > 1 {
                let rows = groups.values[i]
                // Most children's rows are already in order in the file; only sort those that are not.
                if zip(rows, rows.dropFirst()).contains(where: { !(key($0) < key($1)) }) { groups.values[i] = rows.sorted { key($0) < key($1) } }
            }
            return groups
        }
    }

    /// 1 April 2023: the DfE began collecting social-worker episodes (and their reasons) in 2023/24.
    static let socialWorkerCollectionStart = Day(2023, 4, 1)
}

extension Batch3 {
    /// Rules 553 (placement order, E1) and 555 (freeing order, D1): an episode under the order
    /// needs a decision to place for adoption in PlacedAdoption, and while the episode is open that
    /// decision cannot have ceased. Flags the episode, or the ceased PlacedAdoption rows.
    static func courtOrderWithoutAdoptionDecision(_ context: ValidationContext, legalStatus: String) -> [RuleHit] {
        let eps = context.table(.episodes), pa = context.table(.placedAdoption)
        let paByChild = rowsByChild(pa)
        var hits: [RuleHit] = []
        for i in 0..<eps.count where eps[i, "LS"] == legalStatus {
            let decisions = paByChild[eps[i, "CHILD"]] ?? []
            if decisions.isEmpty { hits.append(RuleHit(.episodes, row: i)) }
            guard blank(eps[i, "DEC"]) else { continue }
            for p in decisions where !blank(pa[p, "DATE_PLACED_CEASED"]) || !blank(pa[p, "REASON_PLACED_CEASED"]) {
                hits.append(RuleHit(.placedAdoption, row: p))
            }
        }
        return distinct(hits)
    }
}

import Hearth
import HearthReturns

/// Small shared pieces for the batch-1 rules. A blank cell is an empty one, as the DfE validator
/// reads empty CSV cells as missing values.
extension SSDA903Table {
    func isBlank(_ row: Int, _ column: String) -> Bool { self[row, column].isEmpty }
    func has(_ row: Int, _ column: String) -> Bool { !self[row, column].isEmpty }

    /// Hits for every row of this table where `test` holds.
    func hits(where test: (Int) -> Bool) -> [RuleHit] {
        (0..<count).compactMap { test($0) ? RuleHit(name, row: $0) : nil }
    }

    /// Row indexes grouped by CHILD, in file order.
    func rowsByChild() -> [String: [Int]] { rowGroupsByChild() }

    /// First row of each child.
    func firstRowByChild() -> [String: Int] {
        var g: [String: Int] = [:]
        for i in 0..<count where g[self[i, "CHILD"]] == nil { g[self[i, "CHILD"]] = i }
        return g
    }
}

extension ValidationContext {
    /// A non-blank cell that is not a dd/mm/yyyy date.
    func isInvalidDate(_ text: String) -> Bool { !text.isEmpty && date(text) == nil }

    /// Children looked after continuously through the collection year, in the DfE's sense:
    /// in care at some point in the year, and no episode that starts a period of care (RNE S)
    /// after 1 April, ends one (REC other than X1) before 31 March, or is a short break (V3/V4).
    func continuouslyLookedAfter() -> Set<String> {
        derived("batch1:continuouslyLookedAfter") {
            let decoms = dates(.episodes, "DECOM"), decs = dates(.episodes, "DEC")
            let children = column(.episodes, "CHILD"), rne = column(.episodes, "RNE"), rec = column(.episodes, "REC"), ls = column(.episodes, "LS")
            var inYear = Set<String>(), broken = Set<String>()
            let start = collectionStart, end = collectionEnd
            for i in 0..<children.count {
                let decom = decoms[i], dec = decs[i]
                let during = decom.map { $0 <= end } == true && (dec.map { $0 >= start } ?? true)
                if during { inYear.insert(children[i]) }
                let enters = rne[i] == "S" && decom.map { $0 > start && $0 <= end } == true
                let leaves = rec[i] != "X1" && dec.map { $0 >= start && $0 < end } == true
                let shortBreak = (ls[i] == "V3" || ls[i] == "V4") && during
                if enters || leaves || shortBreak { broken.insert(children[i]) }
            }
            return inYear.subtracting(broken)
        }
    }
}

/// Placement types that need no placement provider, URN or reason for change: temporary
/// placements and (until 2024/25) Z1, as the year's code list says.
enum PlacementGroups {
    static let temporary: Set<String> = ["T0", "T1", "T2", "T3", "T4"]
    static func noURN(_ year: CollectionYear) -> Set<String> {
        year.startYear >= 2025
            ? ["P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"]
            : ["P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1"]
    }
    static func noProvider(_ year: CollectionYear) -> Set<String> {
        year.startYear >= 2025 ? ["T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14"] : ["T0", "T1", "T2", "T3", "T4", "Z1"]
    }
}

/// UASC status per child as the 903 records it: the Header UASC item in an XML return, or, for
/// CSV returns, whether the child has a row in the UASC table. Nil when the return says nothing
/// about UASC at all (no UASC item and no UASC table).
enum UASCStatus {
    static func byChild(_ ret: SSDA903Return) -> [String: String]? {
        guard let header = ret[.header] else { return nil }
        var out: [String: String] = [:]
        if header.columnIndex("UASC") != nil {
            for i in 0..<header.count { out[header[i, "CHILD"]] = header[i, "UASC"] }
            return out
        }
        guard let uasc = ret[.uasc] else { return nil }
        let listed = Set((0..<uasc.count).map { uasc[$0, "CHILD"] })
        for i in 0..<header.count { let c = header[i, "CHILD"]; out[c] = listed.contains(c) ? "1" : "0" }
        return out
    }
}

extension SSDA903Table {
    /// A URN the provider rules look up: given, and not the XXXXXXX placeholder.
    func hasRealURN(_ row: Int) -> Bool { has(row, "URN") && self[row, "URN"] != "XXXXXXX" }
}

extension ValidationContext {
    /// `UASCStatus.byChild` of this year's return or last year's, worked out once per run for the
    /// rules that compare the two (205A–D).
    func uascStatus(lastYear: Bool) -> [String: String]? {
        // Boxed: a derived value must not be an Optional, which the cache cannot tell from absent.
        derived(lastYear ? "uascStatus:previous" : "uascStatus:current") {
            UASCStatusBox(byChild: lastYear ? previous.flatMap(UASCStatus.byChild) : UASCStatus.byChild(current))
        }.byChild
    }
}

private struct UASCStatusBox { var byChild: [String: String]? }

import Hearth

/// Interprets the text cells of one return, recording a finding for each cell that cannot be
/// read. The split between errors and warnings is the one in docs/returns.md:
/// - errors: a missing required value, an impossible or malformed date, a number or flag that is
///   not one, anything that stops the row being placed in the model;
/// - warnings: a code not on its DfE list for the collection year (kept as recorded), a
///   two-digit year, inconsistencies that a documented rule resolves.
/// One table shared by reference while mapping, so rows and findings can point at it without
/// copying the table's storage.
final class TableRef: @unchecked Sendable {
    let table: SSDA903Table
    init(_ table: SSDA903Table) { self.table = table }
    var file: String { table.file }
    @inline(__always) func value(_ row: Int, _ column: String) -> String { table.value(row, column) }
    func location(_ row: Int) -> (line: Int?, path: String) { table.location(row) }
}

struct FieldReader {
    var findings: [ImportFinding] = []
    /// Used for code-list checks; nil skips them (a return whose year cannot be told).
    var year: CollectionYear?

    init(year: CollectionYear?) { self.year = year }

    mutating func error(_ t: TableRef, _ row: Int, _ column: String, _ value: String, _ message: String) {
        let loc = t.location(row)
        findings.append(ImportFinding(.error, file: t.file, line: loc.line, path: loc.path, column: column, value: value, message: message))
    }

    mutating func warning(_ t: TableRef, _ row: Int, _ column: String, _ value: String, _ message: String) {
        let loc = t.location(row)
        findings.append(ImportFinding(.warning, file: t.file, line: loc.line, path: loc.path, column: column, value: value, message: message))
    }

    /// A dd/mm/yyyy date; nil for blank (an error when `required`) or unreadable (always an error).
    mutating func date(_ t: TableRef, _ row: Int, _ column: String, required: Bool = false) -> Day? {
        let v = t.value(row, column)
        if v.isEmpty {
            if required { error(t, row, column, v, "required, but blank") }
            return nil
        }
        if let d = Day(uk: v) { return d }
        if let d = SSDA903Date.parseTwoDigitYear(v) {
            warning(t, row, column, v, "two-digit year read as \(d.ukFormat); the 903 uses dd/mm/yyyy")
            return d
        }
        error(t, row, column, v, Self.dateShape(v) ? "not a real date" : "not a dd/mm/yyyy date")
        return nil
    }

    /// Whether text looks like a date but names a day that does not exist (31/02/2024).
    static func dateShape(_ v: String) -> Bool {
        let u = Array(v.utf8)
        return (u.count == 10 && u[2] == 47 && u[5] == 47) || (u.count == 8 && u[2] == 47 && u[5] == 47)
    }

    /// A code, checked against its list for the return's year. Unknown codes are kept with a warning.
    mutating func code<C: Code>(_ t: TableRef, _ row: Int, _ column: String, _ type: C.Type, required: Bool = false) -> C? {
        let v = t.value(row, column)
        if v.isEmpty {
            if required { error(t, row, column, v, "required, but blank") }
            return nil
        }
        let c = C(rawValue: v)
        if let year, !c.isValid(in: year) {
            let known = C.codeList.description(of: v) != nil
            warning(t, row, column, v, known ? "not a valid \(column) code in \(year.label)" : "not a \(column) code on the DfE list")
        }
        return c
    }

    /// 0/1 flags (MOTHER, FOSTER_CARE, CONVICTED, …).
    mutating func flag(_ t: TableRef, _ row: Int, _ column: String) -> Bool? {
        let v = t.value(row, column)
        switch v {
        case "": return nil
        case "1": return true
        case "0": return false
        default:
            error(t, row, column, v, "must be 0 or 1")
            return nil
        }
    }

    mutating func int(_ t: TableRef, _ row: Int, _ column: String, range: ClosedRange<Int>) -> Int? {
        let v = t.value(row, column)
        if v.isEmpty { return nil }
        guard let n = Int(v) else { error(t, row, column, v, "not a whole number"); return nil }
        if !range.contains(n) { warning(t, row, column, v, "outside \(range.lowerBound)–\(range.upperBound)") }
        return n
    }
}

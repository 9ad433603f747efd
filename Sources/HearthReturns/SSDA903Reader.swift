import Dispatch
import Foundation
import Hearth

/// Reads an SSDA903 return, as a directory of CSV files or one XML file, into raw tables.
/// Every problem becomes an `ImportFinding`; nothing here throws for bad content, only for a
/// file or directory that cannot be opened at all.
public enum SSDA903Reader {
    public struct ReadError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    // MARK: CSV

    /// Reads `header.csv`, `episodes.csv`, … from `directory`. Header and Episodes must be there;
    /// other tables may be absent. Unrecognised files are reported as warnings. With `byColumn`,
    /// each table is also kept by column (`SSDA903Table.storeByColumn`), as the validator reads it.
    public static func readTables(directory: String, year: CollectionYear? = nil,
                                  byColumn: Bool = false) throws -> (SSDA903Return, [ImportFinding]) {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw ReadError(description: "\(directory) is not a directory")
        }
        let names = try fm.contentsOfDirectory(atPath: directory)
        var byLower: [String: String] = [:]
        for n in names { byLower[n.lowercased()] = n }
        var ret = SSDA903Return()
        var findings: [ImportFinding] = []
        // Tables are independent files: read and parse them on every core, then take the
        // results in table order, so findings come out as from one pass.
        let present = SSDA903TableName.allCases.compactMap { t in byLower[t.fileName].map { (t, $0) } }
        var parsed = [Result<(SSDA903Table, [ImportFinding]), Error>?](repeating: nil, count: present.count)
        parsed.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: present.count) { i in
                let (table, actual) = present[i]
                slots[i] = Result {
                    let url = URL(fileURLWithPath: directory).appendingPathComponent(actual)
                    var (t, f) = readCSV(try [UInt8](Data(contentsOf: url)), table: table, file: actual)
                    if byColumn { t.storeByColumn() }
                    return (t, f)
                }
            }
        }
        var next = 0
        for table in SSDA903TableName.allCases {
            guard next < present.count, present[next].0 == table else {
                if table.isRequired {
                    findings.append(ImportFinding(.error, file: table.fileName,
                                                  message: "the return has no \(table.fileName); the \(table.rawValue) table is required"))
                }
                continue
            }
            let (t, f) = try parsed[next]!.get()
            next += 1
            ret[table] = t
            findings += f
        }
        for n in names.sorted() where n.lowercased().hasSuffix(".csv") && SSDA903TableName(fileName: n) == nil {
            findings.append(ImportFinding(.warning, file: n, message: "not a 903 table file name; ignored"))
        }
        findings += duplicateChildren(ret)
        ret.year = year ?? inferYear(ret)
        return (ret, findings)
    }

    /// Parses one table's CSV bytes. Exposed so tests and the validator can read a single file.
    public static func readCSV(_ bytes: [UInt8], table: SSDA903TableName, file: String) -> (SSDA903Table, [ImportFinding]) {
        let parser = CSVParser(bytes: bytes)
        var findings: [ImportFinding] = []
        var out = SSDA903Table(name: table, file: file)
        guard let headerRecord = parser.records.first else {
            for p in parser.problems where p.kind == .utf16 {
                findings.append(ImportFinding(.error, file: file, line: 1, message: "the file is UTF-16; save it as UTF-8 CSV"))
            }
            if findings.isEmpty {
                findings.append(ImportFinding(.error, file: file, line: 1, message: "the file is empty: it needs at least the header row"))
            }
            return (out, findings)
        }
        let fileHeader = headerRecord.cells.map { $0.uppercased() }
        var seen: [String: Int] = [:]
        for (i, col) in fileHeader.enumerated() {
            if let first = seen[col] {
                findings.append(ImportFinding(.error, file: file, line: headerRecord.line, column: col, value: col,
                                              message: "the column appears twice (positions \(first + 1) and \(i + 1))"))
            } else { seen[col] = i }
        }
        for col in table.columns where seen[col] == nil {
            findings.append(ImportFinding(.error, file: file, line: headerRecord.line, column: col,
                                          message: "missing column \(col); the \(table.rawValue) table needs \(table.columns.joined(separator: ","))"))
        }
        let extras = fileHeader.enumerated().filter { !table.columns.contains($0.element) && !$0.element.isEmpty }
        for (_, col) in extras {
            findings.append(ImportFinding(.warning, file: file, line: headerRecord.line, column: col, value: col,
                                          message: "not a column of the 903 \(table.rawValue) table; kept but not used"))
        }
        out = SSDA903Table(name: table, file: file, header: table.columns + extras.map(\.element))
        // Source position of each output column.
        let sourceIndex: [Int?] = out.header.map { seen[$0] }
        let width = fileHeader.count
        out.rows.reserveCapacity(parser.records.count)
        out.lineNumbers.reserveCapacity(parser.records.count)
        for rec in parser.records.dropFirst() {
            if rec.cells.count != width && !(rec.cells.count > width && rec.cells[width...].allSatisfy(\.isEmpty)) {
                findings.append(ImportFinding(.error, file: file, line: rec.line, value: String(rec.cells.count),
                                              message: "the row has \(rec.cells.count) cells but the header has \(width)"))
            }
            if rec.cells.allSatisfy(\.isEmpty) { continue }
            var row = [String](repeating: "", count: sourceIndex.count)
            for (k, s) in sourceIndex.enumerated() { if let s, s < rec.cells.count { row[k] = rec.cells[s] } }
            out.rows.append(row)
            out.lineNumbers.append(rec.line)
        }
        for p in parser.problems {
            let col = p.cell < headerRecord.cells.count ? fileHeader[p.cell] : "column \(p.cell + 1)"
            switch p.kind {
            case .invalidUTF8:
                findings.append(ImportFinding(.error, file: file, line: p.line, column: col, value: p.value,
                                              message: "not valid UTF-8 text (is the file saved as Windows-1252/ANSI?); save it as UTF-8"))
            case .unclosedQuote:
                findings.append(ImportFinding(.error, file: file, line: p.line, column: col, value: p.value,
                                              message: "a quoted cell is never closed: the file ends inside quotes"))
            case .textAfterQuote:
                findings.append(ImportFinding(.error, file: file, line: p.line, column: col, value: p.value,
                                              message: "text after the closing quote of a quoted cell"))
            case .utf16:
                findings.append(ImportFinding(.error, file: file, line: 1, message: "the file is UTF-16; save it as UTF-8 CSV"))
            }
        }
        return (out, findings)
    }

    // MARK: XML

    /// Reads the XML form (`EXPSSDA903/CHILD/HEADER…/EPISODE…`) into the same tables as the CSV
    /// set. `PL` becomes PLACE and `CHILDID` becomes CHILD; the nested HEADER groups become the
    /// UASC, AD1, OC3, Missing, Reviews, PrevPerm, OC2 and PlacedAdoption tables. A UASC, AD1,
    /// OC3 or PrevPerm row is produced only when at least one of its fields is filled in (UASC 0
    /// alone is not a row); an OC2 element is a row even when empty, as the child is in the cohort.
    /// Social-worker episodes are read from `CHILD/SWEPISODE{SW_ID, SW_DECOM, SW_DEC, SW_REASON}`:
    /// the DfE schema for them was not available, so this element name is our choice (docs/returns.md).
    public static func readTables(xmlFile: String, year: CollectionYear? = nil,
                                  progress: ((Int) -> ReturnsProgress)? = nil) throws -> (SSDA903Return, [ImportFinding]) {
        guard let data = FileManager.default.contents(atPath: xmlFile) else {
            throw ReadError(description: "cannot read \(xmlFile)")
        }
        let file = URL(fileURLWithPath: xmlFile).lastPathComponent
        let bytes = [UInt8](data)
        return readXML(bytes, file: file, year: year, progress: progress?(countChildren(bytes)))
    }

    /// Number of `<CHILD>` start tags, for sizing a progress bar before parsing.
    static func countChildren(_ b: [UInt8]) -> Int {
        var n = 0, i = 0
        let count = b.count
        while i + 6 < count {
            if b[i] == 60, b[i + 1] == 67, b[i + 2] == 72, b[i + 3] == 73, b[i + 4] == 76, b[i + 5] == 68, b[i + 6] == 62 { n += 1; i += 7 } else { i += 1 }
        }
        return n
    }

    public static func readXML(_ bytes: [UInt8], file: String, year: CollectionYear? = nil,
                               progress: ReturnsProgress? = nil) -> (SSDA903Return, [ImportFinding]) {
        defer { progress?.finish() }
        var tables: [SSDA903TableName: SSDA903Table] = [:]
        for t in SSDA903TableName.allCases { tables[t] = SSDA903Table(name: t, file: file) }
        var findings: [ImportFinding] = []
        if !XMLStreamReader.declaresLatin1(bytes), let bad = XMLStreamReader.firstInvalidUTF8(bytes) {
            findings.append(ImportFinding(.error, file: file, line: bad.line, value: "byte \(bad.offset)",
                                          message: "not valid UTF-8 text (is the file saved as Windows-1252?); save it as UTF-8 or declare its encoding"))
        }
        var childIndex = 0
        let reader = XMLStreamReader(capture: ["EXPSSDA903/CHILD"])
        do {
            let root = try reader.read(bytes, onOther: { path, el in
                if path != "EXPSSDA903" && !path.hasPrefix("EXPSSDA903/") {
                    findings.append(ImportFinding(.warning, file: file, line: el.line, path: path, column: el.name,
                                                  message: "not part of the 903 XML; ignored"))
                }
            }) { _, child in
                childIndex += 1
                mapChild(child, index: childIndex, file: file, into: &tables, findings: &findings)
                progress?.advance()
            }
            if root != "EXPSSDA903" {
                findings.append(ImportFinding(.error, file: file, line: 1, path: root, column: root, value: root,
                                              message: "the root element must be EXPSSDA903"))
            }
        } catch let e as XMLSyntaxError {
            findings.append(ImportFinding(.error, file: file, line: e.line, path: e.path, column: e.element, message: e.message))
        } catch {
            findings.append(ImportFinding(.error, file: file, message: "\(error)"))
        }
        var ret = SSDA903Return(tables: tables)
        findings += duplicateChildren(ret)
        ret.year = year ?? inferYear(ret)
        return (ret, findings)
    }

    /// Header fields of the XML, grouped by the table they belong to.
    static let xmlHeaderGroups: [(SSDA903TableName, [String])] = [
        (.uasc, ["UASC", "DUC"]),
        (.ad1, ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]),
        (.oc3, ["IN_TOUCH", "ACTIV", "ACCOM"]),
    ]
    static let xmlHeaderKnown: Set<String> = [
        "CHILDID", "UPN", "SEX", "DOB", "ETHNIC", "UASC", "DUC", "DATE_INT", "DATE_MATCH", "FOSTER_CARE",
        "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR", "IN_TOUCH", "ACTIV", "ACCOM", "AMISSING", "AREVIEW",
        "MOTHER", "MC_DOB", "PERMANENCE", "OC2", "AD_PLACED",
    ]

    private static func mapChild(_ child: XMLElement, index: Int, file: String,
                                 into tables: inout [SSDA903TableName: SSDA903Table], findings: inout [ImportFinding]) {
        let cpath = "EXPSSDA903/CHILD[\(index)]"
        guard let header = child.child("HEADER") else {
            findings.append(ImportFinding(.error, file: file, line: child.line, path: cpath, column: "HEADER",
                                          message: "a CHILD needs a HEADER element"))
            return
        }
        let hpath = cpath + "/HEADER"
        let id = header.text(of: "CHILDID")
        if id.isEmpty {
            findings.append(ImportFinding(.error, file: file, line: header.line, path: hpath, column: "CHILDID",
                                          message: "the child has no CHILDID"))
        }
        let sex = header.text(of: "SEX"), dob = header.text(of: "DOB")
        for el in header.children where !xmlHeaderKnown.contains(el.name) {
            findings.append(ImportFinding(.warning, file: file, line: el.line, path: hpath, column: el.name, value: el.text,
                                          message: "not an element of the 903 HEADER; ignored"))
        }
        tables[.header]!.append(row: [id, sex, dob, header.text(of: "ETHNIC"), header.text(of: "UPN"), header.text(of: "MOTHER"),
                                      header.text(of: "MC_DOB")], line: header.line, path: hpath)
        for (table, fields) in xmlHeaderGroups {
            // UASC = 0 alone is "not UASC", not a row.
            let filled = fields.contains { f in let v = header.text(of: f); return !v.isEmpty && !(table == .uasc && f == "UASC" && v == "0") }
            guard filled else { continue }
            let row = table.columns.map { c in c == "CHILD" ? id : c == "DOB" ? dob : c == "SEX" ? sex : header.text(of: c) }
            tables[table]!.append(row: row, line: header.line, path: hpath)
        }
        // Rows are built as arrays in column order: no per-row dictionaries on a national file.
        func rows(_ element: String, _ table: SSDA903TableName, in parent: XMLElement, _ ppath: String, rename: String? = nil) {
            let columns = table.columns
            var k = 0
            for el in parent.children where el.name == element {
                k += 1
                var row = [String](repeating: "", count: columns.count)
                row[0] = id
                if columns[1] == "DOB" { row[1] = dob }
                for f in el.children {
                    let col = (rename != nil && f.name == "PL") ? rename! : f.name
                    if col != "CHILD", let i = columns.firstIndex(of: col) { row[i] = f.text } else {
                        findings.append(ImportFinding(.warning, file: file, line: f.line, path: "\(ppath)/\(element)[\(k)]", column: f.name,
                                                      value: f.text, message: "not an element of the 903 \(element); ignored"))
                    }
                }
                tables[table]!.append(row: row, line: el.line, path: "\(ppath)/\(element)[\(k)]")
            }
        }
        rows("AMISSING", .missing, in: header, hpath)
        rows("AREVIEW", .reviews, in: header, hpath)
        rows("AD_PLACED", .placedAdoption, in: header, hpath)
        if let perm = header.child("PERMANENCE"), perm.children.contains(where: { !$0.text.isEmpty }) {
            rows("PERMANENCE", .prevPerm, in: header, hpath)
        }
        rows("OC2", .oc2, in: header, hpath)
        for el in child.children where !["HEADER", "EPISODE", "SWEPISODE"].contains(el.name) {
            findings.append(ImportFinding(.warning, file: file, line: el.line, path: cpath, column: el.name,
                                          message: "not an element of the 903 CHILD; ignored"))
        }
        rows("EPISODE", .episodes, in: child, cpath, rename: "PLACE")
        rows("SWEPISODE", .swEpisodes, in: child, cpath)
    }

    // MARK: Whole-return checks

    /// A child may appear once in Header. A second row is an error naming both lines.
    static func duplicateChildren(_ ret: SSDA903Return) -> [ImportFinding] {
        guard let h = ret[.header], let c = h.columnIndex("CHILD") else { return [] }
        var first: [String: Int] = [:]
        var out: [ImportFinding] = []
        for (i, row) in h.rows.enumerated() {
            let id = row[c]
            guard !id.isEmpty else { continue }
            if let f = first[id] {
                let loc = h.location(i)
                out.append(ImportFinding(.error, file: h.file, line: loc.line, path: loc.path, column: "CHILD", value: id,
                                         message: "duplicate child: already in the header on line \(h.lineNumbers[f])"))
            } else { first[id] = i }
        }
        return out
    }

    /// The collection year a return is for, when not given: the year containing the latest
    /// episode start or end, review or missing start in it (a return's dates all fall on or
    /// before its 31 March). Nil for a return without any such date.
    public static func inferYear(_ ret: SSDA903Return) -> CollectionYear? {
        var latest: Day?
        func scan(_ t: SSDA903TableName, _ cols: [String]) {
            guard let table = ret[t] else { return }
            for c in cols {
                guard let ci = table.columnIndex(c) else { continue }
                for r in table.rows where ci < r.count {
                    if let d = SSDA903Date.parse(r[ci]), latest.map({ d > $0 }) ?? true { latest = d }
                }
            }
        }
        scan(.episodes, ["DECOM", "DEC"])
        scan(.reviews, ["REVIEW"])
        scan(.missing, ["MIS_START", "MIS_END"])
        return latest.map { CollectionYear(containing: $0) }
    }
}

/// 903 dates: `dd/mm/yyyy`. Two-digit years (`24/04/17`), which spreadsheets produce, are read
/// as 20yy and reported as a warning by the mapping.
public enum SSDA903Date {
    public static func parse(_ s: String) -> Day? {
        if let d = Day(uk: s) { return d }
        return parseTwoDigitYear(s)
    }

    public static func parseTwoDigitYear(_ s: String) -> Day? {
        let u = Array(s.utf8)
        guard u.count == 8, u[2] == 47, u[5] == 47 else { return nil }
        func num(_ a: Int) -> Int? {
            guard (48...57).contains(u[a]), (48...57).contains(u[a + 1]) else { return nil }
            return Int(u[a] - 48) * 10 + Int(u[a + 1] - 48)
        }
        guard let d = num(0), let m = num(3), let y = num(6) else { return nil }
        return Day(year: 2000 + y, month: m, day: d)
    }
}

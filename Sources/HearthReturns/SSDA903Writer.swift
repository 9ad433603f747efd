import Foundation
import Hearth

/// Writes 903 tables as the CSV set or as the XML form.
public enum SSDA903Writer {
    /// One CSV file per table, DfE columns only, in `directory` (created if needed).
    public static func writeCSV(_ ret: SSDA903Return, to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for name in SSDA903TableName.allCases {
            guard let table = ret[name] else { continue }
            let width = name.columns.count
            let rows = table.header.count == width ? table.rows : table.rows.map { Array($0.prefix(width)) }
            let bytes = CSVWriter.document(header: name.columns, rows: rows)
            try Data(bytes).write(to: URL(fileURLWithPath: directory).appendingPathComponent(name.fileName))
        }
    }

    /// The XML form (`EXPSSDA903/CHILD/HEADER…/EPISODE…`, returns.md §2.2), one CHILD per Header row.
    /// SWEpisodes go in `CHILD/SWEPISODE`, our choice while the DfE schema for them is unconfirmed.
    public static func xml(_ ret: SSDA903Return) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        func put(_ s: String) { out.append(contentsOf: s.utf8) }
        func element(_ name: String, _ value: String) {
            if value.isEmpty { put("<\(name) />"); return }
            put("<\(name)>"); escape(value, into: &out); put("</\(name)>")
        }
        // Rows of each table grouped by child, in table order. Tables sit in an array indexed by
        // name so reading a cell borrows the table rather than copying it.
        let names = SSDA903TableName.allCases
        let tables: [SSDA903Table] = names.map { ret[$0] ?? SSDA903Table(name: $0, file: $0.fileName) }
        var byChild: [[String: [Int]]] = []
        for table in tables {
            var g: [String: [Int]] = [:]
            if let c = table.columnIndex("CHILD") { for (i, r) in table.rows.enumerated() { g[r[c], default: []].append(i) } }
            byChild.append(g)
        }
        func slot(_ name: SSDA903TableName) -> Int { names.firstIndex(of: name)! }
        func rows(_ name: SSDA903TableName, _ id: String) -> [Int] { byChild[slot(name)][id] ?? [] }
        func cell(_ name: SSDA903TableName, _ row: Int, _ col: String) -> String { tables[slot(name)].value(row, col) }

        put("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EXPSSDA903>\n")
        guard let header = ret[.header] else { put("</EXPSSDA903>\n"); return out }
        for h in header.rows.indices {
            let id = header.value(h, "CHILD")
            put("<CHILD><HEADER>")
            element("CHILDID", id)
            for c in ["UPN", "SEX", "DOB", "ETHNIC"] { element(c, header.value(h, c)) }
            let uasc = rows(.uasc, id).first
            element("UASC", uasc == nil ? "0" : "1")
            element("DUC", uasc.map { cell(.uasc, $0, "DUC") } ?? "")
            let ad1 = rows(.ad1, id).first
            for c in ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"] {
                element(c, ad1.map { cell(.ad1, $0, c) } ?? "")
            }
            let oc3 = rows(.oc3, id).first
            for c in ["IN_TOUCH", "ACTIV", "ACCOM"] { element(c, oc3.map { cell(.oc3, $0, c) } ?? "") }
            for r in rows(.missing, id) {
                put("<AMISSING>"); for c in ["MISSING", "MIS_START", "MIS_END"] { element(c, cell(.missing, r, c)) }; put("</AMISSING>")
            }
            for r in rows(.reviews, id) {
                put("<AREVIEW>"); for c in ["REVIEW", "REVIEW_CODE"] { element(c, cell(.reviews, r, c)) }; put("</AREVIEW>")
            }
            element("MOTHER", header.value(h, "MOTHER"))
            element("MC_DOB", header.value(h, "MC_DOB"))
            if let p = rows(.prevPerm, id).last {
                put("<PERMANENCE>"); for c in ["PREV_PERM", "LA_PERM", "DATE_PERM"] { element(c, cell(.prevPerm, p, c)) }; put("</PERMANENCE>")
            }
            if let o = rows(.oc2, id).first {
                put("<OC2>")
                for c in SSDA903TableName.oc2.columns.dropFirst(2) { element(c, cell(.oc2, o, c)) }
                put("</OC2>")
            }
            for r in rows(.placedAdoption, id) {
                put("<AD_PLACED>")
                for c in ["DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"] { element(c, cell(.placedAdoption, r, c)) }
                put("</AD_PLACED>")
            }
            put("</HEADER>")
            for r in rows(.episodes, id) {
                put("<EPISODE>")
                for c in ["DECOM", "RNE", "LS", "CIN", "PLACE", "PL_POST", "HOME_POST", "URN", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE"] {
                    element(c == "PLACE" ? "PL" : c, cell(.episodes, r, c))
                }
                put("</EPISODE>")
            }
            for r in rows(.swEpisodes, id) {
                put("<SWEPISODE>")
                for c in ["SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"] { element(c, cell(.swEpisodes, r, c)) }
                put("</SWEPISODE>")
            }
            put("</CHILD>\n")
        }
        put("</EXPSSDA903>\n")
        return out
    }

    public static func writeXML(_ ret: SSDA903Return, to file: String) throws {
        try Data(xml(ret)).write(to: URL(fileURLWithPath: file))
    }

    static func escape(_ s: String, into out: inout [UInt8]) {
        for u in s.utf8 {
            switch u {
            case 38: out.append(contentsOf: "&amp;".utf8)
            case 60: out.append(contentsOf: "&lt;".utf8)
            case 62: out.append(contentsOf: "&gt;".utf8)
            default: out.append(u)
            }
        }
    }
}

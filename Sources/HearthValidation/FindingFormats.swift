import Dispatch
import Foundation
import Hearth

/// How findings are written out: a table for people, CSV to compare with the reference
/// validator row for row, JSON for programs and the web import page.
public enum FindingFormat: String, Sendable, CaseIterable, Codable {
    case table, csv, json
}

/// Findings of one rule, counted, for the per-rule summary.
public struct RuleSummary: Sendable, Hashable, Codable {
    public var ruleCode: String
    public var message: String
    public var findings: Int
    /// Distinct children with at least one finding.
    public var children: Int
    /// What the rule means and how to fix a failure.
    public var explanation: String
}

extension ValidationReport {
    /// The CSV header, the reference validator's columns plus fields and message.
    public static let csvHeader = "rule_code,table,child_id,row_index,fields,message"

    /// One line per finding, in the reference validator's terms; fields are joined with ";".
    public func csv() -> String { String(decoding: csvBytes(), as: UTF8.self) }

    /// The CSV as UTF-8 bytes, written straight into one buffer: a 20,000-child return has about
    /// 100,000 findings, and building a String per cell dominated the run. Findings come sorted by
    /// rule, so each rule's quoted message is built once and reused for its rows.
    public func csvBytes() -> [UInt8] {
        var all: [UInt8] = []
        all.reserveCapacity(64 + findings.count * 96)
        writeCSV(chunkSize: .max) { all.append(contentsOf: $0) }
        return all
    }

    /// The CSV in pieces of about `chunkSize` bytes, each passed to `emit` (the buffer is reused
    /// afterwards), so a large report goes to a file without ever being whole in memory. Blocks
    /// of findings are formatted on every core, a few at a time, and emitted in order.
    public func writeCSV(chunkSize: Int = 1 << 20, _ emit: ([UInt8]) throws -> Void) rethrows {
        var out: [UInt8] = []
        out.reserveCapacity(chunkSize == .max ? 64 + findings.count * 96 : chunkSize + 4096)
        out.append(contentsOf: ValidationReport.csvHeader.utf8); out.append(10)
        let block = 8192
        guard findings.count > 2 * block else {
            try ValidationReport.appendCSV(findings[...], to: &out, chunkSize: chunkSize, emit)
            if !out.isEmpty { try emit(out) }
            return
        }
        try emit(out)
        let blocks = (findings.count + block - 1) / block
        let perBatch = 16
        var first = 0
        while first < blocks {
            let n = min(perBatch, blocks - first), base = first
            var buffers = [[UInt8]](repeating: [], count: n)
            buffers.withUnsafeMutableBufferPointer { slots in
                nonisolated(unsafe) let slots = slots
                DispatchQueue.concurrentPerform(iterations: n) { i in
                    let lo = (base + i) * block, hi = min(lo + block, findings.count)
                    var buffer: [UInt8] = []
                    buffer.reserveCapacity((hi - lo) * 112)
                    ValidationReport.appendCSV(findings[lo..<hi], to: &buffer, chunkSize: .max) { _ in }
                    slots[i] = buffer
                }
            }
            for b in buffers { try emit(b) }
            first += n
        }
    }

    /// CSV lines of `findings` appended to `out`; `emit` is given `out` (then emptied) whenever it
    /// reaches `chunkSize` bytes. Runs of findings share their quoted fields and message bytes.
    static func appendCSV(_ findings: ArraySlice<ValidationFinding>, to out: inout [UInt8], chunkSize: Int,
                          _ emit: ([UInt8]) throws -> Void) rethrows {
        var lastMessage: String? = nil, messageBytes: [UInt8] = []
        var lastFields: [String]? = nil, fieldsBytes: [UInt8] = []
        var lastRule: (code: String, table: String)? = nil, ruleBytes: [UInt8] = []
        for f in findings {
            if lastRule.map({ $0.code != f.ruleCode || $0.table != f.table }) ?? true {
                ruleBytes.removeAll(keepingCapacity: true)
                ValidationReport.appendCSVField(f.ruleCode, to: &ruleBytes); ruleBytes.append(44)
                ValidationReport.appendCSVField(f.table, to: &ruleBytes); ruleBytes.append(44)
                lastRule = (f.ruleCode, f.table)
            }
            out.append(contentsOf: ruleBytes)
            ValidationReport.appendCSVField(f.childID, to: &out); out.append(44)
            ValidationReport.appendDecimal(f.rowIndex, to: &out); out.append(44)
            if lastFields != f.fields {
                fieldsBytes.removeAll(keepingCapacity: true)
                ValidationReport.appendCSVField(f.fields.joined(separator: ";"), to: &fieldsBytes)
                lastFields = f.fields
            }
            out.append(contentsOf: fieldsBytes); out.append(44)
            if lastMessage != f.message {
                messageBytes.removeAll(keepingCapacity: true)
                ValidationReport.appendCSVField(f.message, to: &messageBytes)
                lastMessage = f.message
            }
            out.append(contentsOf: messageBytes); out.append(10)
            if out.count >= chunkSize { try emit(out); out.removeAll(keepingCapacity: true) }
        }
    }

    /// `String(n)` appended as bytes, without making the string.
    static func appendDecimal(_ n: Int, to out: inout [UInt8]) {
        guard n >= 0 else { out.append(contentsOf: String(n).utf8); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0, v = n
        withUnsafeMutableBytes(of: &digits) { d in
            repeat { d[19 - count] = UInt8(48 + v % 10); v /= 10; count += 1 } while v > 0
            out.append(contentsOf: d[(20 - count)...])
        }
    }

    /// `csvField(s)` appended as bytes. ASCII text without a carriage return is quoted byte by byte
    /// (each byte is one character there); anything else goes through `csvField`, whose test is by
    /// character, so the two always agree.
    static func appendCSVField(_ s: String, to out: inout [UInt8]) {
        var plain = true, special = false
        for u in s.utf8 {
            if u >= 0x80 || u == 13 { plain = false; break }
            if u == 44 || u == 34 || u == 10 { special = true }
        }
        guard plain else { out.append(contentsOf: csvField(s).utf8); return }
        guard special else { out.append(contentsOf: s.utf8); return }
        out.append(34)
        for u in s.utf8 { if u == 34 { out.append(34) }; out.append(u) }
        out.append(34)
    }

    /// Per rule, in code order: the number of rows flagged and of children affected.
    public func summary(ruleSet: RuleSet? = nil) -> [RuleSummary] {
        let set = ruleSet ?? RuleSet.forYear(year)
        let explanations = Dictionary(set.rules.map { ($0.code, $0.explanation) }, uniquingKeysWith: { a, _ in a })
        var byRule: [String: (rows: Int, children: Set<String>, message: String)] = [:]
        for f in findings {
            var e = byRule[f.ruleCode] ?? (0, [], f.message)
            e.rows += 1; e.children.insert(f.childID)
            byRule[f.ruleCode] = e
        }
        return byRule.keys.sorted(by: ValidationReport.codeOrder).map { code in
            let e = byRule[code]!
            return RuleSummary(ruleCode: code, message: e.message, findings: e.rows, children: e.children.count,
                               explanation: explanations[code] ?? "")
        }
    }

    /// Findings, summary and unchecked rules as one JSON document.
    public func json(ruleSet: RuleSet? = nil) -> String {
        struct Document: Encodable {
            var year: String
            var findings: [ValidationFinding]
            var summary: [RuleSummary]
            var notChecked: [Unchecked]
            var rulesChecked: Int
            var rulesCheckedCodes: [String]
        }
        struct Unchecked: Encodable { var ruleCode: String; var message: String }
        let doc = Document(year: year.description, findings: findings, summary: summary(ruleSet: ruleSet),
                           notChecked: unchecked.map { Unchecked(ruleCode: $0.ruleCode, message: $0.message) },
                           rulesChecked: checked.count, rulesCheckedCodes: checked)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = (try? encoder.encode(doc)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A text report for a person: findings as aligned columns, then the per-rule summary with
    /// each rule's explanation and fix, then the rules not checked and why.
    public func table(ruleSet: RuleSet? = nil, limit: Int = 1000) -> String {
        var out = ""
        let head = ["RULE", "TABLE", "CHILD", "ROW", "LINE", "FIELDS = VALUES", "MESSAGE"]
        var rows: [[String]] = []
        for f in findings.prefix(limit) {
            let fv = zip(f.fields, f.values + Array(repeating: "", count: max(0, f.fields.count - f.values.count)))
                .map { "\($0)=\($1)" }.joined(separator: " ")
            rows.append([f.ruleCode, f.table, f.childID, String(f.rowIndex), f.line.map(String.init) ?? (f.path ?? ""),
                         fv, f.message.count > 90 ? String(f.message.prefix(87)) + "..." : f.message])
        }
        if !rows.isEmpty {
            out += ValidationReport.aligned([head] + rows)
            if findings.count > limit { out += "... and \(findings.count - limit) more findings (use --format csv for all)\n" }
            out += "\n"
        }
        let sums = summary(ruleSet: ruleSet)
        out += "\(findings.count) finding(s) from \(sums.count) rule(s); \(checked.count) rule(s) checked for \(year)\n"
        if !sums.isEmpty {
            out += "\nSummary by rule\n"
            for s in sums {
                out += "  \(s.ruleCode): \(s.findings) row(s), \(s.children) child(ren) — \(s.message)\n"
                if !s.explanation.isEmpty { out += "      How to fix: \(s.explanation)\n" }
            }
        }
        if !unchecked.isEmpty {
            out += "\nNot checked\n"
            for u in unchecked.sorted(by: { ValidationReport.codeOrder($0.ruleCode, $1.ruleCode) }) {
                out += "  \(u.ruleCode): \(u.message)\n"
            }
        }
        return out
    }

    public func formatted(_ format: FindingFormat, ruleSet: RuleSet? = nil) -> String {
        switch format {
        case .table: table(ruleSet: ruleSet)
        case .csv: csv()
        case .json: json(ruleSet: ruleSet)
        }
    }

    /// `formatted` as UTF-8 bytes, passed to `emit` in pieces (CSV is written as bytes from the
    /// start, a megabyte at a time).
    public func write(_ format: FindingFormat, ruleSet: RuleSet? = nil, _ emit: ([UInt8]) throws -> Void) rethrows {
        if format == .csv { try writeCSV(emit) } else { try emit(Array(formatted(format, ruleSet: ruleSet).utf8)) }
    }

    /// Rule codes in numeric order where they start with digits ("101" < "197B" < "1000"), then text.
    static func codeOrder(_ a: String, _ b: String) -> Bool {
        let na = Int(a.prefix { $0.isNumber }) ?? .max, nb = Int(b.prefix { $0.isNumber }) ?? .max
        return na != nb ? na < nb : a < b
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func aligned(_ rows: [[String]]) -> String {
        var widths = [Int](repeating: 0, count: rows.first?.count ?? 0)
        for r in rows { for (i, c) in r.enumerated() where i < widths.count - 1 { widths[i] = max(widths[i], c.count) } }
        return rows.map { r in
            r.enumerated().map { i, c in i < widths.count - 1 ? c.padding(toLength: widths[i], withPad: " ", startingAt: 0) : c }
                .joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}

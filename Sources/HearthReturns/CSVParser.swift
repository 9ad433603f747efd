/// A CSV reader written for returns that come out of spreadsheets and case systems:
/// RFC 4180 quoting (commas, quotes and line breaks inside quoted cells), CRLF, LF or bare CR
/// line ends, a UTF-8 byte-order mark, and cells that are not valid UTF-8 reported rather than
/// guessed at. It works on bytes so a national-size return parses in well under a second.
public struct CSVParser: Sendable {
    /// One record with the 1-based line it starts on.
    public struct Record: Sendable {
        public var line: Int
        public var cells: [String]
    }

    /// A problem in the file's syntax or encoding, with the line and 0-based cell position.
    public struct Problem: Sendable, Hashable {
        public enum Kind: Sendable, Hashable { case invalidUTF8, unclosedQuote, textAfterQuote, utf16 }
        public var kind: Kind
        public var line: Int
        public var cell: Int
        /// The cell as best it can be shown (invalid bytes replaced with U+FFFD).
        public var value: String
    }

    public private(set) var records: [Record] = []
    public private(set) var problems: [Problem] = []

    /// Parses `bytes`. Blank lines are skipped; cells are trimmed of spaces and tabs around them
    /// (not inside quotes), as DfE tools do.
    public init(bytes: [UInt8]) {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            problems.append(Problem(kind: .utf16, line: 1, cell: 0, value: ""))
            return
        }
        parse(bytes, from: start)
    }

    private mutating func parse(_ b: [UInt8], from start: Int) {
        let comma: UInt8 = 44, quote: UInt8 = 34, cr: UInt8 = 13, lf: UInt8 = 10
        let n = b.count
        var i = start
        var line = 1
        var cells: [String] = []
        var recordLine = 1
        var field: [UInt8] = []
        field.reserveCapacity(64)
        var anyContent = false

        func finishRecord(_ s: inout CSVParser) {
            if anyContent || cells.count > 1 {
                s.records.append(Record(line: recordLine, cells: cells))
            }
            cells = []
            cells.reserveCapacity(16)
            anyContent = false
        }

        while i < n {
            // Start of a field.
            var c = b[i]
            // Skip leading spaces/tabs outside quotes.
            var j = i
            while j < n, b[j] == 32 || b[j] == 9 { j += 1 }
            if j < n, b[j] == quote {
                // Quoted field.
                let openLine = line
                i = j + 1
                field.removeAll(keepingCapacity: true)
                var closed = false
                while i < n {
                    c = b[i]
                    if c == quote {
                        if i + 1 < n, b[i + 1] == quote { field.append(quote); i += 2; continue }
                        closed = true; i += 1; break
                    }
                    if c == lf { line += 1 } else if c == cr { if !(i + 1 < n && b[i + 1] == lf) { line += 1 } }
                    field.append(c); i += 1
                }
                if !closed {
                    problems.append(Problem(kind: .unclosedQuote, line: openLine, cell: cells.count,
                                            value: String(decoding: field.prefix(40), as: UTF8.self)))
                }
                // Anything but spaces before the delimiter is malformed; keep it so nothing is lost.
                var trailing = false
                while i < n, b[i] != comma, b[i] != cr, b[i] != lf {
                    if b[i] != 32 && b[i] != 9 { trailing = true; field.append(b[i]) }
                    i += 1
                }
                let text = decode(field, line: openLine, cell: cells.count)
                if trailing {
                    problems.append(Problem(kind: .textAfterQuote, line: openLine, cell: cells.count, value: text))
                }
                cells.append(text)
                anyContent = true
            } else {
                // Unquoted field: up to the next comma or line end.
                let fieldStart = i
                while i < n, b[i] != comma, b[i] != cr, b[i] != lf { i += 1 }
                var lo = fieldStart, hi = i
                while lo < hi, b[lo] == 32 || b[lo] == 9 { lo += 1 }
                while hi > lo, b[hi - 1] == 32 || b[hi - 1] == 9 { hi -= 1 }
                if hi > lo { anyContent = true }
                cells.append(decode(b[lo..<hi], line: line, cell: cells.count))
            }
            // Delimiter or line end.
            if i >= n { break }
            if b[i] == comma {
                i += 1
                if i >= n { cells.append("") }
                continue
            }
            if b[i] == cr { i += 1; if i < n, b[i] == lf { i += 1 } } else { i += 1 }
            finishRecord(&self)
            line += 1
            recordLine = line
        }
        finishRecord(&self)
    }

    private mutating func decode(_ bytes: some Collection<UInt8>, line: Int, cell: Int) -> String {
        var ascii = true
        for x in bytes where x >= 0x80 { ascii = false; break }
        if ascii { return String(decoding: bytes, as: UTF8.self) }
        if let s = String(validating: bytes, as: UTF8.self) { return s }
        let shown = String(decoding: bytes, as: UTF8.self)
        problems.append(Problem(kind: .invalidUTF8, line: line, cell: cell, value: shown))
        return shown
    }
}

/// Writes CSV the way the DfE tools read it: comma-separated, LF line ends, quoting only cells
/// that need it.
public enum CSVWriter {
    public static func line(_ cells: [String], into out: inout [UInt8]) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { out.append(44) }
            var needsQuote = false
            for u in cell.utf8 where u == 44 || u == 34 || u == 10 || u == 13 { needsQuote = true; break }
            if needsQuote {
                out.append(34)
                for u in cell.utf8 { if u == 34 { out.append(34) }; out.append(u) }
                out.append(34)
            } else {
                out.append(contentsOf: cell.utf8)
            }
        }
        out.append(10)
    }

    public static func document(header: [String], rows: [[String]]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 * (rows.count + 1))
        line(header, into: &out)
        for r in rows { line(r, into: &out) }
        return out
    }
}

/// One problem found while reading a return: where it is (file, line or XML path, column or
/// element), the value found and what is wrong with it. Importers collect every finding rather
/// than stopping at the first, so a council sees the whole list at once.
public struct ImportFinding: Sendable, Hashable, CustomStringConvertible {
    /// Errors are structural (the data cannot be read or mapped faithfully); warnings are
    /// code-list and similar problems that can be imported as recorded with `--accept-with-warnings`.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning
        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public var severity: Severity
    /// The file as named by the user (a CSV file name or the XML file name).
    public var file: String
    /// 1-based source line; nil when the problem concerns the whole file.
    public var line: Int?
    /// For XML: the element path, for example `EXPSSDA903/CHILD[3]/EPISODE[2]`. Empty for CSV.
    public var path: String
    /// The CSV column or XML element concerned; empty when the problem is about a whole row or file.
    public var column: String
    public var value: String
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, path: String = "", column: String = "",
                value: String = "", message: String) {
        self.severity = severity; self.file = file; self.line = line; self.path = path
        self.column = column; self.value = value; self.message = message
    }

    public var isError: Bool { severity == .error }

    /// `error: episodes.csv line 4, DECOM = "31/02/2024": not a dd/mm/yyyy date`.
    public var description: String {
        var s = "\(severity.rawValue): \(file)"
        if let line { s += " line \(line)" }
        if !path.isEmpty { s += " \(path)" }
        if !column.isEmpty { s += ", \(column)" }
        if !value.isEmpty || !column.isEmpty { s += " = \"\(value)\"" }
        return s + ": " + message
    }

    /// Header of the CSV written by `--report`.
    public static let csvHeader = ["severity", "file", "line", "path", "column", "value", "message"]

    public var csvFields: [String] {
        [severity.rawValue, file, line.map(String.init) ?? "", path, column, value, message]
    }
}

extension Array where Element == ImportFinding {
    /// Whether an import with these findings may be stored: never with an error; with warnings
    /// only when the user accepted them (`--accept-with-warnings`).
    public func allowsImport(acceptingWarnings: Bool) -> Bool {
        !hasErrors && (acceptingWarnings || isEmpty)
    }

    /// Errors first, then by file and line: the order findings are shown and reported in.
    public var ordered: [ImportFinding] {
        sorted { ($0.severity, $0.file, $0.line ?? 0) < ($1.severity, $1.file, $1.line ?? 0) }
    }

    /// The `--report` CSV: a header row, then one row per finding.
    public var reportCSV: [UInt8] {
        var out: [UInt8] = []
        CSVWriter.line(ImportFinding.csvHeader, into: &out)
        for f in ordered { CSVWriter.line(f.csvFields, into: &out) }
        return out
    }

    public var hasErrors: Bool { contains { $0.isError } }
    public var errorCount: Int { reduce(0) { $0 + ($1.isError ? 1 : 0) } }
    public var warningCount: Int { count - errorCount }
}

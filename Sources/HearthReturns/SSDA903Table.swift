import Foundation
import Hearth

/// The tables of an SSDA903 return, named as the DfE validator names them.
public enum SSDA903TableName: String, CaseIterable, Sendable, Hashable {
    case header = "Header", episodes = "Episodes", reviews = "Reviews", uasc = "UASC", oc2 = "OC2", oc3 = "OC3"
    case ad1 = "AD1", placedAdoption = "PlacedAdoption", prevPerm = "PrevPerm", missing = "Missing"
    case swEpisodes = "SWEpisodes"

    /// The CSV file name in a return directory.
    public var fileName: String {
        switch self {
        case .header: "header.csv"
        case .episodes: "episodes.csv"
        case .reviews: "reviews.csv"
        case .uasc: "uasc.csv"
        case .oc2: "oc2.csv"
        case .oc3: "oc3.csv"
        case .ad1: "ad1.csv"
        case .placedAdoption: "placed_for_adoption.csv"
        case .prevPerm: "previous_permanence.csv"
        case .missing: "missing.csv"
        case .swEpisodes: "sw_episodes.csv"
        }
    }

    /// The columns, in the DfE order (returns.md §2.1).
    public var columns: [String] {
        switch self {
        case .header: ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"]
        case .episodes: ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
                         "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"]
        case .reviews: ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"]
        case .uasc: ["CHILD", "SEX", "DOB", "DUC"]
        case .oc2: ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS",
                    "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED",
                    "INTERVENTION_OFFERED"]
        case .oc3: ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"]
        case .ad1: ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]
        case .placedAdoption: ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"]
        case .prevPerm: ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"]
        case .missing: ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"]
        case .swEpisodes: ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"]
        }
    }

    /// Position in `allCases`, for arrays indexed by table.
    public var ordinal: Int {
        switch self {
        case .header: 0
        case .episodes: 1
        case .reviews: 2
        case .uasc: 3
        case .oc2: 4
        case .oc3: 5
        case .ad1: 6
        case .placedAdoption: 7
        case .prevPerm: 8
        case .missing: 9
        case .swEpisodes: 10
        }
    }

    /// Header and Episodes must be present in every return; the others may be absent when empty.
    public var isRequired: Bool { self == .header || self == .episodes }

    /// The table whose file is `fileName` (case-insensitive), if any.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        guard let t = SSDA903TableName.allCases.first(where: { $0.fileName == lower }) else { return nil }
        self = t
    }
}

/// One table of a return as read: text cells, not yet interpreted. The validator works on these
/// rows as the DfE validator does; the model mapping interprets them.
///
/// `header` is the column list every row is aligned with: the table's DfE columns in their
/// order, followed by any extra columns the file had (kept, not interpreted), so rows from a
/// file with reordered columns look the same as rows from a tidy one.
public struct SSDA903Table: Sendable, Hashable {
    public var name: SSDA903TableName
    /// The file the rows came from (CSV file name, or the XML file name).
    public var file: String
    public var header: [String] { didSet { byColumn.nameBits = SSDA903Table.nameBits(header); byColumn.memo = nil } }
    /// Cells aligned with `header`. A cell the file did not have is "".
    public var rows: [[String]] { didSet { byColumn.cells = nil; byColumn.memo = nil } }
    /// For each row, the 1-based source line where the row starts (for XML, the line of the
    /// element the row came from).
    public var lineNumbers: [Int]
    /// For XML, the element path of each row (`EXPSSDA903/CHILD[3]/EPISODE[2]`); empty for CSV.
    public var elementPaths: [String]
    private var index: [String: Int]
    /// The same cells by column, after `storeByColumn()` and until `rows` next changes.
    private var byColumn = ColumnStore()

    public init(name: SSDA903TableName, file: String, header: [String]? = nil, rows: [[String]] = [],
                lineNumbers: [Int] = [], elementPaths: [String] = []) {
        self.name = name; self.file = file
        self.header = header ?? name.columns
        self.rows = rows; self.lineNumbers = lineNumbers; self.elementPaths = elementPaths
        var index: [String: Int] = [:]
        for (i, c) in self.header.enumerated() where index[c] == nil { index[c] = i }
        self.index = index
        self.byColumn.nameBits = SSDA903Table.nameBits(self.header)
    }

    /// The 16 bytes of each column name, when the names are distinct. A short name is stored in
    /// those bytes themselves, so a rule's literal "DECOM" has the same bytes as the header's, and
    /// equal bytes always mean equal names: the lookup compares two integers per column instead
    /// of decoding strings.
    static func nameBits(_ header: [String]) -> [NameBits] {
        guard Set(header).count == header.count else { return [] }
        return header.map(NameBits.init)
    }

    public var count: Int { rows.count }

    /// Position of `column` in `header`, or nil when the table has no such column.
    /// Short headers are searched directly: comparing a few small strings is cheaper than hashing one,
    /// and comparing their UTF-8 lengths first skips most of the string comparisons. A name whose
    /// length differs can still be canonically equal (a Kelvin sign for K), so a miss falls back to
    /// the full comparison.
    @inline(__always) public func columnIndex(_ column: String) -> Int? {
        let bits = NameBits(column), names = byColumn.nameBits
        for i in names.indices where names[i] == bits { return i }
        guard header.count <= 24 else { return index[column] }
        let n = column.utf8.count
        for i in header.indices where header[i].utf8.count == n && header[i] == column { return i }
        return header.firstIndex(of: column)
    }

    /// The cell in `column` of data row `row` (0-based); "" when the column is absent.
    public func value(_ row: Int, _ column: String) -> String {
        guard let c = columnIndex(column) else { return "" }
        return cell(row, at: c)
    }

    /// The cell at position `column` of `header` in data row `row`; "" when the row is short.
    @inline(__always) public func cell(_ row: Int, at column: Int) -> String {
        if let cells = byColumn.cells { return cells[column][row] }
        let r = rows[row]
        return column < r.count ? r[column] : ""
    }

    /// Keeps a copy of the cells by column, so reading one column row after row walks memory in
    /// order instead of visiting every row's own array (a cache miss per cell on a large table).
    /// The validator reads tables this way; any later change to `rows` drops the copy.
    public mutating func storeByColumn() {
        var cells = [[String]](repeating: [], count: header.count)
        for c in cells.indices { cells[c].reserveCapacity(rows.count) }
        for r in rows {
            for c in cells.indices { cells[c].append(c < r.count ? r[c] : "") }
        }
        byColumn.cells = cells
        byColumn.memo = TableMemo()
    }

    /// Data rows grouped by their CHILD cell ("" when the table has no CHILD column), each group
    /// in file order. Many rules group a table by child: after `storeByColumn()` the grouping is
    /// made once and shared by every copy of the table, until `rows` or `header` change.
    public func rowGroupsByChild() -> [String: [Int]] {
        func group() -> [String: [Int]] {
            var groups: [String: [Int]] = [:]
            guard let c = columnIndex("CHILD") else { return count == 0 ? [:] : ["": Array(0..<count)] }
            for i in 0..<count { groups[cell(i, at: c), default: []].append(i) }
            return groups
        }
        guard let memo = byColumn.memo else { return group() }
        return memo.rowGroupsByChild(group)
    }

    /// Whether the cells are also kept by column (`storeByColumn()` since `rows` last changed).
    public var isStoredByColumn: Bool { byColumn.cells != nil }

    /// The cells of the column at position `column` of `header`, when stored by column.
    public func storedColumn(_ column: Int) -> [String]? { byColumn.cells?[column] }

    public subscript(row: Int, column: String) -> String { value(row, column) }

    /// Data row `row` as a dictionary from column to cell.
    public func dictionary(_ row: Int) -> [String: String] {
        var d: [String: String] = [:]
        for (i, c) in header.enumerated() { d[c] = i < rows[row].count ? rows[row][i] : "" }
        return d
    }

    /// Where data row `row` came from, for findings: the line, and the XML path when there is one.
    public func location(_ row: Int) -> (line: Int?, path: String) {
        (row < lineNumbers.count ? lineNumbers[row] : nil, row < elementPaths.count ? elementPaths[row] : "")
    }

    /// Appends a row given as column → value; columns not in `header` are ignored.
    public mutating func append(_ cells: [String: String], line: Int, path: String = "") {
        var r = [String](repeating: "", count: header.count)
        for (k, v) in cells { if let i = columnIndex(k) { r[i] = v } }
        rows.append(r)
        lineNumbers.append(line)
        if !path.isEmpty || !elementPaths.isEmpty { elementPaths.append(path) }
    }

    /// Appends a row already aligned with `header`.
    public mutating func append(row: [String], line: Int, path: String = "") {
        rows.append(row)
        lineNumbers.append(line)
        if !path.isEmpty || !elementPaths.isEmpty { elementPaths.append(path) }
    }
}

/// The raw representation of a String (two words), compared as integers.
struct NameBits: Equatable, @unchecked Sendable {
    let a: UInt64, b: UInt64
    @inline(__always) init(_ s: String) { (a, b) = unsafeBitCast(s, to: (UInt64, UInt64).self) }
}

/// Groupings of a table's rows made once and shared by its copies (see `rowGroupsByChild`).
/// Lock-guarded, as rules read a table from several threads; a second asker waits for the first.
final class TableMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var groups: [String: [Int]]?

    func rowGroupsByChild(_ make: () -> [String: [Int]]) -> [String: [Int]] {
        lock.lock(); defer { lock.unlock() }
        if let groups { return groups }
        let made = make()
        groups = made
        return made
    }
}

/// Copies of a table's cells by column and of its column names' bytes, left out of equality and
/// hashing: two tables with the same rows are equal whether or not either keeps these.
struct ColumnStore: Sendable, Hashable {
    var cells: [[String]]? = nil
    var nameBits: [NameBits] = []
    var memo: TableMemo? = nil
    static func == (_: ColumnStore, _: ColumnStore) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}

/// A whole SSDA903 return as tables: what the reader produces and the writer consumes.
public struct SSDA903Return: Sendable, Hashable {
    public var tables: [SSDA903TableName: SSDA903Table]
    /// The collection year, when given or inferred (see `SSDA903Reader.inferYear`).
    public var year: CollectionYear?

    public init(tables: [SSDA903TableName: SSDA903Table] = [:], year: CollectionYear? = nil) {
        self.tables = tables; self.year = year
    }

    public subscript(_ name: SSDA903TableName) -> SSDA903Table? {
        get { tables[name] }
        set { tables[name] = newValue }
    }
}

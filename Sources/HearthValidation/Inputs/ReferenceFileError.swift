/// A reference file (the ONS Postcode Directory, an Ofsted provider list) that cannot be used.
/// Names the file, the 1-based line, the column and the offending value, so the person running
/// the validator can open the file at the right place; a partly read reference file is never used.
public struct ReferenceFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based line in the file (the header is line 1).
    public var line: Int
    /// The column's name as the file's header spells it, or the names accepted when it is missing.
    public var column: String
    /// The cell as found ("" when the column or cell is missing).
    public var value: String
    /// What is wrong, in words.
    public var problem: String

    public init(file: String, line: Int, column: String, value: String, problem: String) {
        self.file = file; self.line = line; self.column = column; self.value = value; self.problem = problem
    }

    public var description: String {
        let place = line == 0 ? "" : " line \(line)" + (column.isEmpty ? "" : ", column \(column)")
        return "\(file)\(place): " + (value.isEmpty ? problem : "'\(value)' \(problem)")
    }
}

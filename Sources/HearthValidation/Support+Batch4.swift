import Hearth
import HearthReturns

/// Cross-table integrity readings shared by the INT rules of batch 4. Every one compares a
/// table's rows with the Header; when the return has no Header (an import error of its own)
/// there is nothing to compare with.
extension ValidationContext {
    /// Rows of `name` whose CHILD has no Header row (INT01–INT09).
    func rowsWithoutHeader(in name: SSDA903TableName) -> [RuleHit] {
        guard current[.header] != nil else { return [] }
        let t = table(name)
        return (0..<t.count).filter { headerRowByChild[t[$0, "CHILD"]] == nil }.map { RuleHit(name, row: $0) }
    }

    /// Rows of `name` whose DOB differs from the child's Header DOB, both being valid dates (INT11–INT18).
    func rowsWithDifferentBirthDate(in name: SSDA903TableName) -> [RuleHit] {
        guard current[.header] != nil else { return [] }
        let t = table(name)
        return (0..<t.count).filter { r in
            guard let own = dateCell(t, r, "DOB"), let header = birthDate(of: t[r, "CHILD"]) else { return false }
            return own != header
        }.map { RuleHit(name, row: $0) }
    }

    /// Every row of `name` whose CHILD appears on more than one row (INT31–INT36).
    func rowsOfRepeatedChildren(in name: SSDA903TableName) -> [RuleHit] {
        table(name).rowsOfEachChild().values.filter { $0.count > 1 }.flatMap { $0 }.map { RuleHit(name, row: $0) }
    }
}

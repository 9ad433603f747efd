import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

/// Every batch-3 rule over odd input: empty returns, tables missing columns, junk cells.
/// Rules must not crash and must only point at rows that exist.
@Suite struct Batch3RobustnessTests {
    func runAll(_ current: SSDA903Return, previous: SSDA903Return?) {
        let context = ValidationContext(current: current, previous: previous, year: CollectionYear(2024),
                                        localAuthority: "E10000016", postcodes: B3.postcodes)
        for rule in RuleCatalogue.batch3 {
            for hit in rule.check(context) {
                #expect(hit.row >= 0 && hit.row < context.table(hit.table).count, "\(rule.code) pointed at \(hit.table.rawValue) row \(hit.row)")
            }
        }
    }

    @Test func emptyReturnsFlagNothing() {
        let context = ValidationContext(current: SSDA903Return(), previous: SSDA903Return(), year: CollectionYear(2024), postcodes: B3.postcodes)
        for rule in RuleCatalogue.batch3 { #expect(rule.check(context).isEmpty, "\(rule.code)") }
    }

    @Test func tablesWithOnlyAChildColumn() {
        var ret = SSDA903Return()
        for name in SSDA903TableName.allCases {
            ret[name] = SSDA903Table(name: name, file: name.fileName, header: ["CHILD"], rows: [["1"], ["1"], ["2"]], lineNumbers: [2, 3, 4])
        }
        runAll(ret, previous: ret)
    }

    /// A small seeded generator so a failure can be replayed.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 11 &* 2654435761 ^ state }
    }

    @Test(arguments: 1...20) func junkCellsAndShortRows(seed: Int) {
        var generator = Seeded(state: UInt64(seed))
        let junk = ["", " ", "ZZ/ZZ/ZZZZ", "31/02/2024", "01/04/2024", "99/99/9999", "1", "0", "E11", "X1", "S", "A3", "E1", "D1",
                    "SW1", "FCONTA", "M", "F", "\u{0}", String(repeating: "9", count: 500), "ZZ/05/2020", "2024-04-01"]
        var ret = SSDA903Return()
        for name in SSDA903TableName.allCases {
            var rows: [[String]] = []
            for i in 0..<60 {
                let width = i % 7 == 0 ? 2 : name.columns.count
                rows.append((0..<width).map { c in c == 0 ? String(i % 9) : junk.randomElement(using: &generator)! })
            }
            ret[name] = SSDA903Table(name: name, file: name.fileName, rows: rows, lineNumbers: Array(2..<62))
        }
        runAll(ret, previous: ret)
    }
}

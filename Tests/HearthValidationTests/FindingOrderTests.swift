import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

/// How a rule's hits become findings: each row once (its first hit's fields), by table name then
/// row; and a large report's CSV, formatted in blocks on every core, reads as one pass would.
@Suite struct FindingOrderTests {
    @Test func hitsAreOrderedByTableNameThenRowEachRowOnce() {
        let hits = [RuleHit(.header, row: 3), RuleHit(.episodes, row: 5, fields: ["DEC"]), RuleHit(.ad1, row: 9),
                    RuleHit(.episodes, row: 5, fields: ["DECOM"]), RuleHit(.episodes, row: 1), RuleHit(.header, row: 3)]
        let ordered = Validator.orderedHits(hits)
        #expect(ordered.map(\.table) == [.ad1, .episodes, .episodes, .header])
        #expect(ordered.map(\.row) == [9, 1, 5, 3])
        #expect(ordered[2].fields == ["DEC"])
        let inOrder = [RuleHit(.episodes, row: 0), RuleHit(.episodes, row: 2), RuleHit(.header, row: 1)]
        #expect(Validator.orderedHits(inOrder) == inOrder)
    }

    @Test func largeReportCSVMatchesOneLinePerFinding() {
        let findings = (0..<40_000).map { i in
            ValidationFinding(ruleCode: i < 20_000 ? "101" : "SW01STG1", table: i % 5000 == 0 ? "Episodes" : "Header", childID: i % 7 == 0 ? "C,\(i)" : "C\(i)",
                              rowIndex: i == 7 ? -1 : i * 7919, fields: i % 3 == 0 ? ["SEX"] : ["SEX", "DOB"], values: [],
                              message: i < 20_000 ? "Sex is \"not\" valid." : "No social worker, for this child.")
        }
        let report = ValidationReport(year: CollectionYear(2024), findings: findings, unchecked: [], checked: ["101", "SW01STG1"])
        var expected = ValidationReport.csvHeader + "\n"
        for f in findings {
            expected += [f.ruleCode, f.table, f.childID, String(f.rowIndex), f.fields.joined(separator: ";"), f.message]
                .map(ValidationReport.csvField).joined(separator: ",") + "\n"
        }
        #expect(report.csv() == expected)
        var pieces: [UInt8] = []
        var count = 0
        report.writeCSV(chunkSize: 1 << 16) { pieces += $0; count += 1 }
        #expect(String(decoding: pieces, as: UTF8.self) == expected)
        #expect(count > 2)
    }
}

import Foundation
import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct FindingFormatTests {
    let report: ValidationReport = {
        let ret = makeReturn([.header: csv(.header, "A1,M,01/01/2010,WBRI,UN2,,", "A2,X,01/01/2010,WBRI,UN2,,", "A3,F,01/01/2010,XXXX,UN2,0,")])
        return Validator(year: CollectionYear(2024)).validate(ValidationContext(current: ret, year: CollectionYear(2024)))
    }()

    @Test func csvHasTheReferenceColumnsAndOneLinePerFinding() {
        let lines = report.csv().split(separator: "\n").map(String.init)
        #expect(lines.first == "rule_code,table,child_id,row_index,fields,message")
        #expect(lines.contains("101,Header,A2,1,SEX,The child or young person's reported sex is not valid."))
        #expect(lines.count == report.findings.count + 1)
    }

    @Test func csvQuotesCommasInValues() {
        #expect(ValidationReport.csvField("a,b") == "\"a,b\"")
        #expect(ValidationReport.csvField("say \"x\"") == "\"say \"\"x\"\"\"")
    }

    @Test func jsonCarriesFindingsSummaryAndUncheckedRules() throws {
        let object = try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any]
        let findings = object?["findings"] as? [[String: Any]]
        #expect(findings?.count == report.findings.count)
        let summary = object?["summary"] as? [[String: Any]]
        #expect(summary?.contains { $0["ruleCode"] as? String == "101" && $0["findings"] as? Int == 1 } == true)
        let notChecked = object?["notChecked"] as? [[String: Any]]
        #expect(notChecked?.contains { $0["ruleCode"] as? String == "202" && ($0["message"] as? String)?.contains("previous year") == true } == true)
    }

    @Test func tableExplainsEachRuleAndListsWhatWasNotChecked() {
        let text = report.table()
        #expect(text.contains("101: 1 row(s), 1 child(ren)"))
        #expect(text.contains("How to fix: SEX in the Header table must be M"))
        #expect(text.contains("218: not checked: needs the ONS postcode directory"))
    }

    @Test func summaryIsInRuleCodeOrder() {
        let codes = report.summary().map(\.ruleCode)
        #expect(codes == codes.sorted(by: ValidationReport.codeOrder))
        #expect(ValidationReport.codeOrder("197B", "1000") && ValidationReport.codeOrder("99", "101"))
    }
}

/// Bad input never crashes the validator: every table filled with random bytes, truncated rows
/// and huge fields, through the reader and the whole rule set of each year.
@Suite struct ValidatorFuzzTests {
    @Test func randomBytesTruncationAndHugeFieldsDoNotCrash() {
        var rng = SystemRandomNumberGenerator()
        for round in 0..<12 {
            var tables: [SSDA903TableName: String] = [:]
            for name in SSDA903TableName.allCases {
                var text = name.columns.joined(separator: ",") + "\n"
                for _ in 0..<(round % 4 + 1) {
                    switch Int.random(in: 0..<4, using: &rng) {
                    case 0: text += String(decoding: (0..<Int.random(in: 1..<200, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }, as: UTF8.self) + "\n"
                    case 1: text += "1,01/05/2024"  // truncated row
                    case 2: text += "1," + String(repeating: "9", count: 100_000) + ",,,\n"
                    default: text += (0..<name.columns.count).map { _ in ["", "1", "E11", "31/02/2024", "01/04/2024", "T0", "\"q,\"", "PR1"].randomElement(using: &rng)! }.joined(separator: ",") + "\n"
                    }
                }
                tables[name] = text
            }
            for year in RuleSet.years {
                let ret = makeReturn(tables, year: year)
                let report = Validator(year: year).validate(ValidationContext(current: ret, previous: ret, year: year))
                #expect(report.checked.count + report.unchecked.count == RuleSet.forYear(year).rules.count)
            }
        }
    }
}

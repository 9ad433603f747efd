import Foundation
import Hearth
import HearthReturns
@testable import HearthServer
import HearthValidation
import Testing

/// The import page's DfE validation uses what the server knows: last year's return written from
/// the served county, and the reference data given to `hearth serve` (`ValidationInputs`).
@Suite struct ReturnReviewTests {
    /// The fixture's 2023/24 903 (plus the new child N1) as CSV files in a scratch folder.
    static func staged() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-review-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, text) in try fixtureReturnFiles() { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        return dir
    }

    @Test("last year's return is written from the served county, and --la lets the council-code rules run")
    func previousYearAndCouncilCode() throws {
        let dir = try Self.staged()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let county = try Fixture.county()
        // C1 came into care on 10 January 2023, so the store holds 2022/23 records.
        let review = ReturnReview.review(path: dir, kind: .ssda903, stored: county,
                                         inputs: ValidationInputs(localAuthority: "E10000016"))
        let report = try #require(review.validation)
        #expect(report.year == CollectionYear(2023))
        let needsLastYear = report.checked.filter { code in RuleSet.forYear(CollectionYear(2023)).rules.contains { $0.code == code && $0.needs.contains(.previousReturn) } }
        #expect(!needsLastYear.isEmpty, "the rules comparing with last year ran")
        #expect(!report.unchecked.contains { $0.missing.contains(.previousReturn) })
        #expect(!report.unchecked.contains { $0.missing.contains(.councilCode) })
        #expect(report.unchecked.contains { $0.missing.contains(.postcodeDirectory) }, "no postcode directory was given")
        #expect(review.validationNote.contains("Last year's return (2022/23) was written from the records the store holds."))
        #expect(review.validationNote.contains("the ONS postcode directory"))
        #expect(review.validationNote.contains("hearth serve --la, --postcodes, --providers"))
    }

    @Test("a store without last year's care records does not invent last year's return")
    func noPreviousYearInTheStore() throws {
        let dir = try Self.staged()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var county = try Fixture.county()
        county.children.removeAll { $0.id == "C1" }
        #expect(ReturnReview.previousReturn(county, year: CollectionYear(2023)) == nil)
        let review = ReturnReview.review(path: dir, kind: .ssda903, stored: county)
        let report = try #require(review.validation)
        #expect(report.unchecked.contains { $0.missing == [.previousReturn] })
        #expect(report.unchecked.contains { $0.missing.contains(.councilCode) })
        #expect(review.validationNote.contains("The store holds no looked-after records for 2022/23"))
    }
}

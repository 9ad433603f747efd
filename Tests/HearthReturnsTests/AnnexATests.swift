import Foundation
import Hearth
import Testing
@testable import HearthReturns

struct AnnexATests {
    @Test func listsForAnInspectionDate() throws {
        let lists = AnnexA.lists(CountyFixture.county(), asOf: Day(2024, 6, 30))
        #expect(lists.map(\.number) == Array(1...11))
        for l in lists {
            #expect(l.rows.allSatisfy { $0.count == l.header.count }, "list \(l.number)")
        }
        func ids(_ n: Int) -> [String] { lists[n - 1].rows.map { $0[0] } }
        #expect(ids(8) == ["A1", "B2", "E5"])
        #expect(ids(9) == ["C3"])
        #expect(ids(7) == ["F6"])
        #expect(ids(6) == ["E5", "F6"])
        #expect(ids(10) == ["A1"])
        #expect(lists[1].rows.isEmpty && lists[10].rows.isEmpty)
        let l8 = lists[7]
        func col(_ row: [String], _ name: String) -> String { row[l8.header.firstIndex(of: name)!] }
        let a = l8.rows[0]
        #expect(col(a, "Gender") == "b) Female")
        #expect(col(a, "PlacementType") == "A5")
        #expect(col(a, "LegalStatus") == "E1")
        #expect(col(a, "PermanencePlan") == "Adoption")
        #expect(col(a, "AllocatedWorker") == "Two")
        let b = l8.rows[1]
        #expect(col(b, "UASC") == "Yes")
        #expect(col(b, "EpisodesChildAbsentFromPlacement") == "0")
        let c = lists[8].rows[0]
        #expect(c[lists[8].header.firstIndex(of: "EligibilityCategory")!] == "Former relevant")
        #expect(c[lists[8].header.firstIndex(of: "ActivityStatus")!] == "G5")
        #expect(c[lists[8].header.firstIndex(of: "SuitabilityOfAccommodation")!] == "Suitable")

        let dir = try TemporaryDirectory()
        try AnnexA.write(lists, to: dir.path)
        let text = try String(contentsOf: dir.url("annex_a_list_08_children_in_care.csv"), encoding: .utf8)
        #expect(text.hasPrefix("ChildUniqueID,Gender,Ethnicity,DateOfBirth,Age,UASC,HasDisability,LookedAfterStartDate"))
    }
}

import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

/// Rules that ask whether a placement is inside the council's area are not checked, rather than
/// passed, when the council's local-authority code is not given; with it they run.
@Suite struct CouncilCodeInputTests {
    let postcodes = B3Postcodes(places: ["ME11AA": (GridReference(easting: 575_000, northing: 165_000), "E10000016"),
                                         "SE11AA": (GridReference(easting: 531_000, northing: 178_000), "E09000028")])
    let tables: [SSDA903TableName: String] = [
        .episodes: "CHILD,DECOM,LS,PLACE,PLACE_PROVIDER,PL_POST,PL_LOCATION\nA,01/05/2024,C2,K2,PR1,SE1 1AA,IN\nB,01/05/2024,C2,K2,PR1,ME1 1AA,IN\n",
    ]

    func report(council: String?) -> ValidationReport {
        let year = CollectionYear(2024)
        let context = ValidationContext(current: makeReturn(tables, year: year), year: year, localAuthority: council, postcodes: postcodes)
        return Validator(year: year).validate(context)
    }

    @Test func rulesNeedingTheCouncilAreNotCheckedWithoutIt() {
        for council in [nil, ""] {
            let r = report(council: council)
            for code in ["411", "1015"] {
                let unchecked = r.unchecked.first { $0.ruleCode == code }
                #expect(unchecked?.message == "not checked: needs the council's local authority code", "\(code)")
                #expect(!r.checked.contains(code))
                #expect(!r.findings.contains { $0.ruleCode == code })
            }
        }
        #expect(Rule229().needs == [.ofstedProviders, .councilCode])
        #expect(report(council: nil).unchecked.first { $0.ruleCode == "229" }?.message
                == "not checked: needs Ofsted's provider lists and the council's local authority code")
    }

    @Test func rulesNeedingTheCouncilRunWithIt() {
        let r = report(council: "E10000016")
        #expect(r.checked.contains("411") && r.checked.contains("1015"))
        #expect(!r.unchecked.contains { $0.ruleCode == "411" || $0.ruleCode == "1015" })
        #expect(r.findings.filter { $0.ruleCode == "411" }.map(\.rowIndex) == [0])
        #expect(r.findings.filter { $0.ruleCode == "1015" }.map(\.rowIndex) == [0])
    }
}

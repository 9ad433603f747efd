import Foundation
import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

/// Rules that need the ONS Postcode Directory or Ofsted's lists run through the whole
/// `Validator` when the files are given, and are reported "not checked" when they are not.
/// Kent (E10000016) submits; placements in Canterbury (Kent), Southwark, Inverness and Medway.
@Suite struct OptionalInputFileTests {
    static let episodes = """
    CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,PL_LOCATION
    A,01/05/2025,S,C2,N1,K2,PR1,,,,ME14 1XQ,CT1 2EH,SC111111,IN
    B,01/05/2025,S,C2,N1,K2,PR1,,,,ME14 1XQ,SE1 7PB,SC222222,IN
    C,01/05/2025,S,C2,N1,K2,PR2,,,,ME14 1XQ,IV2 3BW,XXXXXXX,OUT
    D,01/05/2025,S,C2,N1,K1,PR1,,,,ME14 1XQ,ME4 4TR,SC333333,OUT
    E,01/05/2025,S,C2,N1,K2,PR1,,,,ME14 1XQ,CT1 2EH,SC999999,OUT

    """
    static let year = CollectionYear(2025)

    func report(postcodes: Bool, providers: Bool) throws -> ValidationReport {
        let dir = try ReferenceFileFixtures.directory(["onspd.csv": ReferenceFileFixtures.onspd,
                                                       "scp.csv": ReferenceFileFixtures.socialCareProviders,
                                                       "ch.csv": ReferenceFileFixtures.childrensHomes])
        defer { try? FileManager.default.removeItem(at: dir) }
        let pd = postcodes ? try ONSPostcodeDirectory(path: dir.appendingPathComponent("onspd.csv").path) : nil
        let list = providers ? try OfstedProviderCSV(paths: ["scp.csv", "ch.csv"].map { dir.appendingPathComponent($0).path }, postcodes: pd) : nil
        let context = ValidationContext(current: makeReturn([.episodes: OptionalInputFileTests.episodes], year: OptionalInputFileTests.year),
                                        year: OptionalInputFileTests.year, localAuthority: "E10000016", postcodes: pd, providers: list)
        return Validator(year: OptionalInputFileTests.year).validate(context)
    }

    func rows(_ r: ValidationReport, _ code: String) -> [Int] {
        r.findings.filter { $0.ruleCode == code && $0.table == "Episodes" }.map(\.rowIndex)
    }

    @Test func postcodeRulesRunWithTheDirectory() throws {
        let r = try report(postcodes: true, providers: false)
        for code in ["411", "454", "1015"] { #expect(r.checked.contains(code), "\(code)") }
        #expect(!r.unchecked.contains { ["411", "454", "1015"].contains($0.ruleCode) })
        #expect(rows(r, "411") == [1, 4])   // IN but Southwark; OUT but Canterbury is in Kent
        #expect(rows(r, "454") == [2])      // Maidstone to Inverness, 469.5 miles
        #expect(rows(r, "1015") == [1, 3])  // own provision in Southwark, and in Medway (its own upper tier)
        #expect(r.unchecked.first { $0.ruleCode == "219" }?.message == "not checked: needs Ofsted's provider lists")
    }

    @Test func providerRulesRunWithTheLists() throws {
        let r = try report(postcodes: true, providers: true)
        for code in ["219", "229", "1008"] { #expect(r.checked.contains(code), "\(code)") }
        #expect(rows(r, "219") == [3, 4])   // SC333333 is registered for K2 only; SC999999 is on no list
        #expect(rows(r, "1008") == [4])
        #expect(rows(r, "229") == [1, 3, 4]) // own provision whose provider's postcode is outside Kent, or unknown
    }

    @Test func rulesAreNotCheckedWithoutTheFiles() throws {
        let r = try report(postcodes: false, providers: false)
        for code in ["411", "454", "1015"] {
            #expect(r.unchecked.first { $0.ruleCode == code }?.message == "not checked: needs the ONS postcode directory", "\(code)")
            #expect(!r.checked.contains(code) && rows(r, code).isEmpty)
        }
        for code in ["219", "1008"] {
            #expect(r.unchecked.first { $0.ruleCode == code }?.message == "not checked: needs Ofsted's provider lists", "\(code)")
        }
    }
}

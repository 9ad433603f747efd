import Foundation
import Hearth
import Testing
@testable import HearthReturns

/// Bad input at the mapping stage: each class gives its exact finding, with file, line, column and value.
struct SSDA903MappingFindingTests {
    static let header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,M,01/01/2015,WBRI,UN1,,\n"
    static let episodeHeader = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"

    func importing(episodes: String, header: String = Self.header, extra: [String: String] = [:],
                   year: CollectionYear = CollectionYear(2024)) throws -> (County, [ImportFinding]) {
        let dir = try TemporaryDirectory()
        try dir.write("header.csv", header)
        try dir.write("episodes.csv", Self.episodeHeader + episodes)
        for (k, v) in extra { try dir.write(k, v) }
        let (r, f) = try SSDA903Reader.readTables(directory: dir.path, year: year)
        #expect(f.isEmpty, "\(f)")
        return SSDA903Import.county(from: [r])
    }

    @Test func impossibleDateIsAnError() throws {
        let (_, f) = try importing(episodes: "1,31/02/2024,S,C2,N1,U4,PR1,,,,,,\n")
        #expect(f == [ImportFinding(.error, file: "episodes.csv", line: 2, column: "DECOM", value: "31/02/2024", message: "not a real date")])
    }

    @Test func malformedDateIsAnError() throws {
        let (_, f) = try importing(episodes: "1,2024-04-01,S,C2,N1,U4,PR1,,,,,,\n")
        #expect(f == [ImportFinding(.error, file: "episodes.csv", line: 2, column: "DECOM", value: "2024-04-01", message: "not a dd/mm/yyyy date")])
    }

    @Test func unknownCodeIsAWarning() throws {
        let (county, f) = try importing(episodes: "1,01/04/2024,S,ZZ,N1,U4,PR1,,,,,,\n")
        #expect(f == [ImportFinding(.warning, file: "episodes.csv", line: 2, column: "LS", value: "ZZ", message: "not a LS code on the DfE list")])
        #expect(county.children[0].periodsOfCare[0].legalStatuses[0].status.rawValue == "ZZ")
    }

    @Test func codeFromAnotherYearIsAWarning() throws {
        let (_, f) = try importing(episodes: "1,01/04/2023,S,C2,N1,K3,PR1,,,,,,\n",
                                   header: "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/01/2015,WBRI,UN1,,\n", year: CollectionYear(2023))
        #expect(f == [ImportFinding(.warning, file: "episodes.csv", line: 2, column: "PLACE", value: "K3", message: "not a valid PLACE code in 2023/24")])
    }

    @Test func requiredBlankIsAnError() throws {
        let (_, f) = try importing(episodes: "1,01/04/2024,S,,N1,U4,PR1,,,,,,\n")
        #expect(f.contains(ImportFinding(.error, file: "episodes.csv", line: 2, column: "LS", message: "required, but blank")))
    }

    @Test func brokenX1ChainIsAnError() throws {
        let (_, f) = try importing(episodes: "1,01/04/2024,S,C2,N1,U4,PR1,05/05/2024,X1,CARPL,,,\n1,09/05/2024,P,C2,N1,U4,PR1,,,,,,\n")
        #expect(f == [ImportFinding(.error, file: "episodes.csv", line: 2, column: "REC", value: "X1",
                                    message: "REC X1 says care continues, but the next episode starts 09/05/2024, not on DEC 05/05/2024")])
    }

    @Test func overlapIsTruncatedWithAWarning() throws {
        let (county, f) = try importing(episodes: "1,01/04/2024,S,C2,N1,U4,PR1,10/05/2024,X1,CARPL,,,\n1,05/05/2024,P,C2,N1,U5,PR1,,,,,,\n")
        #expect(f == [ImportFinding(.warning, file: "episodes.csv", line: 2, column: "DEC", value: "10/05/2024",
                                    message: "overlaps the next episode, which starts 05/05/2024; truncated there")])
        #expect(county.children[0].periodsOfCare[0].placements.map(\.span.end) == [Day(2024, 5, 5), nil])
    }

    @Test func openEpisodeFollowedByAnotherIsClosed() throws {
        let (county, f) = try importing(episodes: "1,01/04/2024,S,C2,N1,U4,PR1,,,,,,\n1,05/05/2024,P,C2,N1,U5,PR1,,,,,,\n")
        #expect(f == [ImportFinding(.warning, file: "episodes.csv", line: 2, column: "DEC",
                                    message: "open episode followed by another starting 05/05/2024; closed then with REC X1")])
        #expect(county.children[0].periodsOfCare.count == 1)
    }

    @Test func careBeforeBirthIsAnInvariantErrorAtItsLine() throws {
        let (_, f) = try importing(episodes: "1,01/04/2014,S,C2,N1,U4,PR1,,,,,,\n")
        #expect(f == [ImportFinding(.error, file: "episodes.csv", line: 2, column: "start", value: "2014-04-01",
                                    message: "care starts before the date of birth 2015-01-01 (child 1, periodsOfCare[0])")])
    }

    @Test func childMissingFromHeaderIsAnError() throws {
        let (_, f) = try importing(episodes: "2,01/04/2024,S,C2,N1,U4,PR1,,,,,,\n")
        #expect(f == [ImportFinding(.error, file: "episodes.csv", line: 2, column: "CHILD", value: "2", message: "the child is not in the Header table")])
    }

    @Test func reviewWhileNotLookedAfterIsAnError() throws {
        let (_, f) = try importing(episodes: "1,01/06/2024,S,C2,N1,U4,PR1,,,,,,\n",
                                   extra: ["reviews.csv": "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2015,01/05/2024,PN1\n"])
        #expect(f == [ImportFinding(.error, file: "reviews.csv", line: 2, column: "REVIEW", value: "01/05/2024",
                                    message: "the child was not looked after on the review date")])
    }

    @Test func badFlagIsAnError() throws {
        let (_, f) = try importing(episodes: "", header: "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,F,01/01/2005,WBRI,,Y,\n")
        #expect(f == [ImportFinding(.error, file: "header.csv", line: 2, column: "MOTHER", value: "Y", message: "must be 0 or 1")])
    }

    @Test func laterReturnReplacesEarlierEpisode() throws {
        let dir = try TemporaryDirectory()
        try dir.write("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/01/2015,WBRI,UN1,,\n")
        try dir.write("episodes.csv", Self.episodeHeader + "1,01/02/2024,S,C2,N1,U4,PR1,,,,,,\n")
        let (r1, _) = try SSDA903Reader.readTables(directory: dir.path, year: CollectionYear(2023))
        try dir.write("header.csv", Self.header)
        try dir.write("episodes.csv", Self.episodeHeader + "1,01/02/2024,S,C2,N1,U4,PR1,01/06/2024,E4A,,,,\n")
        let (r2, _) = try SSDA903Reader.readTables(directory: dir.path, year: CollectionYear(2024))
        let (county, f) = SSDA903Import.county(from: [r2, r1])
        #expect(f.isEmpty, "\(f)")
        #expect(county.children[0].periodsOfCare.map(\.span) == [DaySpan(start: Day(2024, 2, 1), end: Day(2024, 6, 1))])
    }
}

/// Our equivalent of the reference validator's fake 903 data imports without errors, as CSV and XML alike.
struct ReferenceLayoutTests {
    @Test func csvAndXMLImportWithoutErrorsAndAgree() throws {
        let dir = try TemporaryDirectory()
        for (name, text) in ReferenceLayoutFixture.csv { try dir.write(name, text) }
        let (csv, readCSV) = try SSDA903Reader.readTables(directory: dir.path)
        #expect(readCSV.isEmpty, "\(readCSV)")
        #expect(csv.year == CollectionYear(2017))
        let (fromCSV, mapCSV) = SSDA903Import.county(from: [csv])
        #expect(!mapCSV.hasErrors, "\(mapCSV)")
        // Two-digit years are read, with a warning each.
        #expect(mapCSV.filter { $0.message.hasPrefix("two-digit year") }.map(\.value) == ["24/04/17", "20/12/17"])
        #expect(mapCSV.count == 2)

        try dir.write("return.xml", ReferenceLayoutFixture.xml)
        let (xml, readXML) = try SSDA903Reader.readTables(xmlFile: dir.path + "/return.xml")
        #expect(readXML.isEmpty, "\(readXML)")
        let (fromXML, mapXML) = SSDA903Import.county(from: [xml])
        #expect(!mapXML.hasErrors, "\(mapXML)")
        #expect(fromXML.children == fromCSV.children)

        let adopted = fromCSV.children.first { $0.id == "100003" }!
        #expect(adopted.adoptions.first?.adoptionOrderDate == Day(2017, 12, 20))
        #expect(adopted.periodsOfCare[0].placements.map(\.carer).count == 2)
        #expect(adopted.periodsOfCare[0].placements[0].carer == adopted.periodsOfCare[0].placements[1].carer)
        let leaver = fromCSV.children.first { $0.id == "100002" }!
        #expect(leaver.careLeaver?.contacts == [CareLeaverContact(date: Day(2018, 3, 1), inTouch: .yes, activity: .f2, accommodation: .d1)])
        #expect(fromCSV.children.first { $0.id == "100004" }!.uasc == [DaySpan(start: Day(2017, 1, 20), end: Day(2019, 12, 19))])
        #expect(fromCSV.workers.map(\.id) == ["SW001"])
    }
}

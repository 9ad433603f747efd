import Foundation
import Hearth
import Testing
@testable import HearthReturns

/// CIN census: model → XML → model → XML gives the same file; bad input gives exact findings.
struct CINCensusTests {
    @Test func roundTripIsAFixedPoint() {
        for year in CountyFixture.years {
            let first = CINCensusWriter.xml(CountyFixture.county(), year: year)
            let (model1, f1) = CINCensusReader.read(first, file: "cin.xml")
            #expect(f1.isEmpty, "\(f1)")
            let second = CINCensusWriter.xml(model1, year: year)
            #expect(String(decoding: first, as: UTF8.self) == String(decoding: second, as: UTF8.self), "year \(year)")
            let (model2, _) = CINCensusReader.read(second, file: "cin.xml")
            #expect(model2 == model1)
        }
    }

    @Test func yearSliceAndCodes() {
        let text = String(decoding: CINCensusWriter.xml(CountyFixture.county(), year: CollectionYear(2023)), as: UTF8.self)
        #expect(text.contains("<ReferenceDate>2024-03-31</ReferenceDate>"))
        #expect(text.contains("<GenderCurrent>2</GenderCurrent>"))
        #expect(!text.contains("<LAchildID>A1</LAchildID>")) // A1's episode closed in 2022/23
        #expect(!text.contains("2024-08-01")) // a review after the reference date
        let (county, _) = CINCensusReader.read(Array(text.utf8), file: "cin.xml")
        let f = county.children.first { $0.id == "F6" }!
        #expect(f.childInNeedEpisodes[0].protectionPlans[0].span.end == nil)
        #expect(f.childInNeedEpisodes[0].protectionPlans[0].reviews == [Day(2023, 8, 10), Day(2024, 2, 1)])
        #expect(f.disabilities == [.hear, .vis])
        #expect(f.sex == [SexRecord(.f)])
        let y24 = String(decoding: CINCensusWriter.xml(CountyFixture.county(), year: CollectionYear(2024)), as: UTF8.self)
        #expect(y24.contains("<Sex>F</Sex>"))
    }

    static let minimal = """
        <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails>
        <Source><LEA>886</LEA></Source></Header><Children><Child><ChildIdentifiers><LAchildID>X1</LAchildID><PersonBirthDate>2015-13-01</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>
        <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
        <CINdetails><CINreferralDate>2024-05-01</CINreferralDate><ReferralSource>1Z</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>false</ReferralNFA></CINdetails>
        </Child></Children></Message>
        """

    @Test func badDateIsAnErrorAndBadCodeAWarning() {
        let (county, f) = CINCensusReader.read(Array(Self.minimal.utf8), file: "cin.xml")
        #expect(f == [
            ImportFinding(.error, file: "cin.xml", line: 2, path: "Message/Children/Child[1]/ChildIdentifiers", column: "PersonBirthDate",
                          value: "2015-13-01", message: "not a yyyy-mm-dd date"),
            ImportFinding(.warning, file: "cin.xml", line: 4, path: "Message/Children/Child[1]/CINdetails[1]", column: "ReferralSource",
                          value: "1Z", message: "not a ReferralSource code on the DfE list"),
        ])
        #expect(county.councilCode == "886")
        #expect(county.children[0].childInNeedEpisodes[0].referralSource.rawValue == "1Z")
    }

    @Test func truncatedCensusIsAnError() {
        let cut = String(Self.minimal.prefix(300))
        let (_, f) = CINCensusReader.read(Array(cut.utf8), file: "cin.xml")
        #expect(f.count == 1)
        #expect(f[0].isError && f[0].message.hasSuffix("it is truncated"))
    }
}

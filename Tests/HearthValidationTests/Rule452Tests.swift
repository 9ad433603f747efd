import Testing
@testable import HearthValidation

@Suite struct Rule452Tests {
    let previous = "CHILD,DECOM,RNE,DEC,PL_POST\nA,01/05/2023,S,,ME1 1AA\nB,01/05/2023,S,,ME1 1AA\nC,01/05/2023,S,01/06/2023,ME1 1AA\n"
    @Test func flagsADifferentPlacementAuthorityAcrossTheYears() {
        let found = hitsWithOptionalInputs(Rule452(), [.episodes: "CHILD,DECOM,RNE,PL_POST\nA,01/05/2023,S,SE1 1AA\nB,01/05/2023,S,ME2 1AA\nC,01/05/2024,S,SE1 1AA\n"],
                                   previous: [.episodes: previous], postcodes: batch2Postcodes)
        #expect(found.flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesTheSameAuthority() {
        #expect(hitsWithOptionalInputs(Rule452(), [.episodes: "CHILD,DECOM,RNE,PL_POST\nB,01/05/2023,S,ME2 1AA\n"], previous: [.episodes: previous], postcodes: batch2Postcodes).isEmpty)
        #expect(Rule452().needs == [.previousReturn, .postcodeDirectory])
    }
}

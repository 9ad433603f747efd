import Testing
@testable import HearthValidation

@Suite struct Rule453Tests {
    let previous = "CHILD,DECOM,RNE,DEC,HOME_POST,PL_POST\nA,01/05/2023,S,,ME1 1AA,ME2 1AA\nB,01/05/2023,S,,ME1 1AA,ME2 1AA\nC,01/05/2023,S,,,ME2 1AA\n"
    @Test func flagsADifferentDistanceAcrossTheYears() {
        let found = hitsWithOptionalInputs(Rule453(), [.episodes: "CHILD,DECOM,RNE,HOME_POST,PL_POST\nA,01/05/2023,S,ME1 1AA,SE1 1AA\nB,01/05/2023,S,ME1 1AA,ME2 1AA\nC,01/05/2023,S,ME1 1AA,ME2 1AA\n"],
                                   previous: [.episodes: previous], postcodes: batch2Postcodes)
        #expect(found.flaggedRowKeys == ["Episodes:0", "Episodes:2"])
    }
    @Test func passesTheSameDistance() {
        #expect(hitsWithOptionalInputs(Rule453(), [.episodes: "CHILD,DECOM,RNE,HOME_POST,PL_POST\nB,01/05/2023,S,ME1 1AA,ME2 1AA\n"], previous: [.episodes: previous], postcodes: batch2Postcodes).isEmpty)
    }
}

import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule165Tests {
    let episodes = csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,,,,,,", "2,01/05/2024,S,C2,N1,U1,PR1,,,,,,", "3,01/05/2024,S,C2,N1,U1,PR1,,,,,,", "4,01/05/2024,S,C2,N1,U1,PR1,,,,,,")
    @Test func flagsBadValuesMaleMothersAndGirlsWithoutMotherStatus() {
        let h = csv(.header, "1,F,01/01/2008,WBRI,UN2,2,", "2,M,01/01/2008,WBRI,UN2,0,", "3,F,01/01/2008,WBRI,UN2,,", "4,F,01/01/2008,WBRI,UN2,1,01/01/2024")
        #expect(flagged(Rule165(), [.episodes: episodes, .header: h, .oc3: csv(.oc3, "1,01/01/2008,YES,F1,B1")]) == ["Header:0", "Header:1", "Header:2", "OC3:0"])
    }
    @Test func passesBoysWithoutAndGirlsWithMotherStatus() {
        let h = csv(.header, "1,F,01/01/2008,WBRI,UN2,0,", "2,M,01/01/2008,WBRI,UN2,,")
        #expect(flagged(Rule165(), [.episodes: episodes, .header: h, .oc3: csv(.oc3)]).isEmpty)
    }
}

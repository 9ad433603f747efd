import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule625Tests {
    @Test func flagsABirthAfterTheYearOrAfterLeavingCare() {
        let found = hits(Rule625(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024"), B3.ep("2", "01/05/2024", dec: "01/01/2025", rec: "E13")),
                                     .header: B3.header("1,F,01/01/2008,WBRI,UN1,1,01/04/2025", "2,F,01/01/2008,WBRI,UN1,1,02/01/2025")])
        #expect(rows(found, .header) == [0, 1])
        #expect(rows(found, .episodes) == [0, 1])
    }

    @Test func aChangeOfPlacementIsNotLeavingCare() {
        let found = hits(Rule625(), [.episodes: B3.episodes(B3.ep("1", "01/05/2024", dec: "01/06/2024", rec: "X1"), B3.ep("1", "01/06/2024", rne: "P"),
                                                            B3.ep("2", "01/05/2024", dec: "01/01/2025", rec: "E13")),
                                     .header: B3.header("1,F,01/01/2008,WBRI,UN1,1,31/03/2025", "2,F,01/01/2008,WBRI,UN1,1,01/01/2025")])
        #expect(found.isEmpty)
    }
}

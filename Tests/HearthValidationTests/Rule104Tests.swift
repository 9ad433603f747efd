import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule104Tests {
    @Test func flagsBadDatesAndDatesBeforeTheYear() {
        #expect(flagged(Rule104(), [.uasc: csv(.uasc, "1,M,01/01/2007,01/01/2025", "2,M,01/01/2007,31/03/2024", "3,M,01/01/2007,32/01/2025")]) == ["UASC:1", "UASC:2"])
    }
    @Test func passesBlankAndInYearDates() {
        #expect(flagged(Rule104(), [.uasc: csv(.uasc, "1,M,01/01/2007,", "2,M,01/01/2007,01/04/2024")]).isEmpty)
    }
}

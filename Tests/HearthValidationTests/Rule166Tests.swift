import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule166Tests {
    @Test func flagsBlankAndBadReviewDates() {
        #expect(flagged(Rule166(), [.reviews: csv(.reviews, "1,01/01/2010,,PN1", "1,01/01/2010,30/02/2025,PN1", "1,01/01/2010,01/02/2025,PN1")]) == ["Reviews:0", "Reviews:1"])
    }
    @Test func passesValidDates() {
        #expect(flagged(Rule166(), [.reviews: csv(.reviews, "1,01/01/2010,01/02/2025,PN1")]).isEmpty)
    }
}

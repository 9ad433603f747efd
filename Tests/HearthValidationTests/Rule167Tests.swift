import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule167Tests {
    @Test func flagsMissingOrUnknownParticipationAndACodeWithoutReview() {
        #expect(flagged(Rule167(), [.reviews: csv(.reviews, "1,01/01/2010,01/02/2025,", "1,01/01/2010,01/02/2025,PN8", "1,01/01/2010,,PN1", "1,01/01/2010,01/03/2025,PN7")]) == ["Reviews:0", "Reviews:1", "Reviews:2"])
    }
    @Test func passesReviewsWithCodesAndEmptyRows() {
        #expect(flagged(Rule167(), [.reviews: csv(.reviews, "1,01/01/2010,01/02/2025,PN0", "1,01/01/2010,,")]).isEmpty)
    }
}

import Hearth
import HearthReturns

/// 555: a child with a freeing order (LS D1) must have a decision that they should be placed for adoption.
/// An D1 episode is flagged when the child has no PlacedAdoption row; while the D1 episode is
/// still open, a PlacedAdoption row saying the decision ceased (DATE_PLACED_CEASED or
/// REASON_PLACED_CEASED filled) is flagged too.
struct Rule555: ValidationRule {
    let code = "555"
    let explanation = "A freeing order (legal status D1) has been granted, so there must be a decision that the child should be placed for adoption in the PlacedAdoption table, and while the order lasts that decision cannot have ceased. Add the decision, or correct the legal status or the ceased fields."

    func check(_ context: ValidationContext) -> [RuleHit] {
        Batch3.courtOrderWithoutAdoptionDecision(context, legalStatus: "D1")
    }
}

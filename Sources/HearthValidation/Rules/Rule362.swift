import Hearth
import HearthReturns

/// 362: an emergency protection order (LS = L2) cannot last longer than 21 days: a spell of L2
/// episodes, each starting the day the one before ended, must span no more than 21 days (an open
/// episode runs to the end of the year). Every episode of a longer spell is flagged.
struct Rule362: ValidationRule {
    let code = "362"
    let explanation = "The emergency protection order (L2) lasted more than 21 days. Check the legal status and the episode dates; after the order the child needs a different legal status from the day it changed."

    func check(_ context: ValidationContext) -> [RuleHit] {
        context.legalStatusSpellsLongerThan(21, status: "L2").map { RuleHit(.episodes, row: $0) }
    }
}

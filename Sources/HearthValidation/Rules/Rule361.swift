import Hearth
import HearthReturns

/// 361: police protection (LS = L1) cannot last longer than 72 hours: a spell of L1 episodes,
/// each starting the day the one before ended, must span no more than 3 days (an open episode
/// runs to the end of the year). Every episode of a longer spell is flagged.
struct Rule361: ValidationRule {
    let code = "361"
    let explanation = "The child was in police protection (L1) for more than 72 hours, the most the Children Act 1989 allows. Check the legal status and the episode dates; a longer stay needs a different legal status from the day it changed."

    func check(_ context: ValidationContext) -> [RuleHit] {
        context.legalStatusSpellsLongerThan(3, status: "L1").map { RuleHit(.episodes, row: $0) }
    }
}

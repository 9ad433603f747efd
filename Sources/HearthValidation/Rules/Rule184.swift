import Hearth
import HearthReturns

/// 184: the date of the decision to place for adoption must not be before the child's date of birth. The DOB is
/// the one on the PlacedAdoption row itself (the table carries it, and the reference validator reads it there);
/// a row without a valid DOB fails, as the decision cannot be shown to follow the birth.
struct Rule184: ValidationRule {
    let code = "184"
    let explanation = "DATE_PLACED is before the child was born. Correct the date of the decision or the child's DOB."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let pa = context.table(.placedAdoption)
        let pa_DATE_PLACED_d = context.dates(.placedAdoption, "DATE_PLACED")
        let pa_DOB_d = context.dates(.placedAdoption, "DOB")
        return pa.hits { i in
            guard let placed = pa_DATE_PLACED_d[i] else { return false }
            guard let dob = pa_DOB_d[i] else { return true }
            return placed < dob
        }
    }
}

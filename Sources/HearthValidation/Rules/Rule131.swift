import Hearth
import HearthReturns

/// 131: IN_TOUCH must be a valid code (YES, NO, DIED, REFU, NREQ, RHOM); blank is invalid.
struct Rule131: ValidationRule {
    let code = "131"
    let explanation = "IN_TOUCH in the OC3 table must say whether the council is in touch with the care leaver: YES, NO, DIED, REFU, NREQ or RHOM. Enter one of these."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc3)
        let t_IN_TOUCH = context.column(.oc3, "IN_TOUCH")
        return t.hits { !InTouch(rawValue: t_IN_TOUCH[$0]).isValid(in: context.year) }
    }
}

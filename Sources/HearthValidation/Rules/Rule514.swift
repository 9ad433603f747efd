import Hearth
import HearthReturns

/// 514: a single adopter (LS_ADOPTR L0) must have SEX_ADOPTR M1 or F1, not a couple code.
struct Rule514: ValidationRule {
    let code = "514"
    let explanation = "LS_ADOPTR L0 means a single adopter, so SEX_ADOPTR must be M1 (single man) or F1 (single woman). Correct whichever is wrong."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let ad1 = context.table(.ad1)
        let allowed: Set<String> = ["M1", "F1"]
        return (0..<ad1.count).compactMap { i in
            ad1[i, "LS_ADOPTR"] == "L0" && !allowed.contains(ad1[i, "SEX_ADOPTR"]) ? RuleHit(.ad1, row: i) : nil
        }
    }
}

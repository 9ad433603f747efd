import Hearth
import HearthReturns

/// 511: two adopters (NB_ADOPTR 2) must be recorded as a couple: SEX_ADOPTR MM, FF or MF. The DfE wording says "only" these codes, so any other SEX_ADOPTR fails, not just M1/F1 (see docs/validation-differences-batch3.md).
struct Rule511: ValidationRule {
    let code = "511"
    let explanation = "Two adopters (NB_ADOPTR = 2) means a couple, so SEX_ADOPTR must be MM (two men), FF (two women) or MF (a man and a woman). Correct NB_ADOPTR or SEX_ADOPTR."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let ad1 = context.table(.ad1)
        let allowed: Set<String> = ["MM", "FF", "MF"]
        return (0..<ad1.count).compactMap { i in
            ad1[i, "NB_ADOPTR"] == "2" && !allowed.contains(ad1[i, "SEX_ADOPTR"]) ? RuleHit(.ad1, row: i) : nil
        }
    }
}

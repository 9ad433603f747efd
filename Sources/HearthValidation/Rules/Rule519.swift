import Hearth
import HearthReturns

/// 519: adopters in a civil partnership (LS_ADOPTR L2) are a couple: SEX_ADOPTR must be MM, FF or MF.
struct Rule519: ValidationRule {
    let code = "519"
    let explanation = "LS_ADOPTR L2 means a civil-partnership couple, so SEX_ADOPTR must be a couple code: MM, FF or MF. Correct whichever is wrong."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let ad1 = context.table(.ad1)
        let allowed: Set<String> = ["MM", "FF", "MF"]
        return (0..<ad1.count).compactMap { i in
            ad1[i, "LS_ADOPTR"] == "L2" && !allowed.contains(ad1[i, "SEX_ADOPTR"]) ? RuleHit(.ad1, row: i) : nil
        }
    }
}

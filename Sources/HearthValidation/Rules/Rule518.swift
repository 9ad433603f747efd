import Hearth
import HearthReturns

/// 518: adopters who are a same-gender couple neither married nor in a civil partnership (LS_ADOPTR L4) must have SEX_ADOPTR MM or FF.
struct Rule518: ValidationRule {
    let code = "518"
    let explanation = "LS_ADOPTR L4 means a same-gender couple, so SEX_ADOPTR must be MM or FF. Correct whichever is wrong."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let ad1 = context.table(.ad1)
        let allowed: Set<String> = ["MM", "FF"]
        return (0..<ad1.count).compactMap { i in
            ad1[i, "LS_ADOPTR"] == "L4" && !allowed.contains(ad1[i, "SEX_ADOPTR"]) ? RuleHit(.ad1, row: i) : nil
        }
    }
}

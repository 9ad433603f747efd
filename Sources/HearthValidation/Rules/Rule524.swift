import Hearth
import HearthReturns

/// 524: adopters who are a same-gender married couple (LS_ADOPTR L12) must have SEX_ADOPTR MM or FF.
struct Rule524: ValidationRule {
    let code = "524"
    let explanation = "LS_ADOPTR L12 means a same-gender married couple, so SEX_ADOPTR must be MM or FF. Correct whichever is wrong."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let ad1 = context.table(.ad1)
        let allowed: Set<String> = ["MM", "FF"]
        return (0..<ad1.count).compactMap { i in
            ad1[i, "LS_ADOPTR"] == "L12" && !allowed.contains(ad1[i, "SEX_ADOPTR"]) ? RuleHit(.ad1, row: i) : nil
        }
    }
}

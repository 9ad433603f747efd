import Hearth
import HearthReturns

/// 517: adopters who are a different-gender unmarried couple (LS_ADOPTR L3) must have SEX_ADOPTR MF.
struct Rule517: ValidationRule {
    let code = "517"
    let explanation = "LS_ADOPTR L3 means an unmarried couple of a man and a woman, so SEX_ADOPTR must be MF. Correct whichever is wrong."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let ad1 = context.table(.ad1)
        let allowed: Set<String> = ["MF"]
        return (0..<ad1.count).compactMap { i in
            ad1[i, "LS_ADOPTR"] == "L3" && !allowed.contains(ad1[i, "SEX_ADOPTR"]) ? RuleHit(.ad1, row: i) : nil
        }
    }
}

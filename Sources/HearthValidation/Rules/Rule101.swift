import Hearth
import HearthReturns

/// 101: the child's sex must be on the year's code list (M, F, U from 2024/25; 1, 2 before).
struct Rule101: ValidationRule {
    let code = "101"
    let explanation = "SEX in the Header table must be M (male), F (female) or U (unknown) from 2024/25 (1 or 2 in earlier years). Correct the child's recorded sex."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let h = context.table(.header)
        let h_SEX = context.column(.header, "SEX")
        return h.hits { !Sex(rawValue: h_SEX[$0]).isValid(in: context.year) }
    }
}

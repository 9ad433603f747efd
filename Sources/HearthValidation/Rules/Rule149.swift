import Hearth
import HearthReturns

/// 149: the reason episode ceased, when given, must be a valid REC code.
struct Rule149: ValidationRule {
    let code = "149"
    let explanation = "REC in the Episodes table must be a DfE reason episode ceased code (X1, E11, E12, E2, E3, E4A, E4B, E13, E41, E45–E48, E5–E9, E14–E17). Correct the code."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.episodes)
        let t_REC = context.column(.episodes, "REC")
        return t.hits { let v = t_REC[$0]; return !(v.isEmpty || ReasonEpisodeCeased(rawValue: v).isValid(in: context.year)) }
    }
}

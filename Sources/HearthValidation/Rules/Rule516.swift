import Hearth
import HearthReturns

/// 516: an episode ending E45 or E46 (staying put with former foster carers) must be a foster
/// placement with relatives or friends or other foster carers, U1–U6.
struct Rule516: ValidationRule {
    let code = "516"
    let explanation = "Reason ceased E45/E46 means the young person stayed with their former foster carers, so the episode must have been a foster placement (PLACE U1–U6). Correct the reason ceased or the placement type."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes)
        let foster: Set<String> = ["U1", "U2", "U3", "U4", "U5", "U6"]
        return (0..<eps.count).compactMap { i in
            ["E45", "E46"].contains(eps[i, "REC"]) && !foster.contains(eps[i, "PLACE"]) ? RuleHit(.episodes, row: i) : nil
        }
    }
}

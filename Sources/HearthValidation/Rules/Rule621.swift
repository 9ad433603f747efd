import Hearth
import HearthReturns

/// 621: a mother must be born before her child: MC_DOB on or before the child's own DOB is flagged.
struct Rule621: ValidationRule {
    let code = "621"
    let explanation = "MC_DOB (date of birth of her first child) is on or before the young woman's own date of birth. Correct MC_DOB or DOB."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let h = context.table(.header)
        return (0..<h.count).compactMap { i in
            guard let mc = context.date(h[i, "MC_DOB"]), let dob = context.date(h[i, "DOB"]) else { return nil }
            return mc <= dob ? RuleHit(.header, row: i) : nil
        }
    }
}

import Hearth
import HearthReturns

/// 352: a child cannot start to be looked after (RNE = S) on or after their 18th birthday.
struct Rule352: ValidationRule {
    let code = "352"
    let explanation = "This episode starts a period of care (RNE = S) on or after the child's 18th birthday; only children can start to be looked after. Check the date of birth and the start date."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter { e in
            guard episodes[e, "RNE"].uppercased() == "S", let start = context.dateCell(episodes, e, "DECOM"),
                  let dob = context.birthDate(of: episodes[e, "CHILD"]) else { return false }
            return dob.yearsAfter(18) <= start
        }.map { RuleHit(.episodes, row: $0) }
    }
}

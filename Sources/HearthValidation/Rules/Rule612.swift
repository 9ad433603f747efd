import Hearth
import HearthReturns

/// 612: a female child with a first child's date of birth (MC_DOB) must be recorded as a mother:
/// MOTHER 0 or blank with MC_DOB filled is flagged. Female is SEX "F" from 2024/25, "2" before.
struct Rule612: ValidationRule {
    let code = "612"
    let explanation = "MC_DOB (date of birth of her first child) is filled in, but MOTHER does not say she is a mother. Set MOTHER to 1, or clear MC_DOB."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let h = context.table(.header)
        return (0..<h.count).compactMap { i in
            let mother = h[i, "MOTHER"]
            let notMother = Batch3.blank(mother) || Batch3.flag(mother) == 0
            return notMother && Batch3.isFemale(h[i, "SEX"], in: context.year) && !Batch3.blank(h[i, "MC_DOB"]) ? RuleHit(.header, row: i) : nil
        }
    }
}

import Hearth
import HearthReturns

/// 103: the ethnicity code must be on the DfE list for the year.
struct Rule103: ValidationRule {
    let code = "103"
    let explanation = "The ETHNIC column in the Header table must hold one of the DfE's ethnicity codes (WBRI, WIRI, … REFU, NOBT), in upper case. Correct the code on the child's record; use NOBT if it is not yet known."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let header = context.table(.header)
        return (0..<header.count).compactMap { i in
            Ethnicity(rawValue: header[i, "ETHNIC"]).isValid(in: context.year) ? nil : RuleHit(.header, row: i)
        }
    }
}

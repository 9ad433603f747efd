import Hearth
import HearthReturns

/// 607: a girl or young woman who ceased to be looked after during the year (REC not X1, not
/// respite V3/V4) must have MOTHER completed. Female is SEX "F" from 2024/25 and "2" before.
/// The ending episode and the Header row are flagged.
struct Rule607: ValidationRule {
    let code = "607"
    let explanation = "This young woman left care during the year, so MOTHER (whether she is a mother) must be recorded in the Header: 1 if she is, 0 if not. Fill in MOTHER."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes), header = context.table(.header)
        let headers = Batch3.rowsByChild(header)
        var hits: [RuleHit] = []
        for i in 0..<eps.count {
            let rec = eps[i, "REC"]
            guard !Batch3.blank(rec), rec != "X1", !["V3", "V4"].contains(eps[i, "LS"]),
                  let dec = context.date(eps[i, "DEC"]), dec >= context.collectionStart, dec <= context.collectionEnd else { continue }
            for h in headers[eps[i, "CHILD"]] ?? [] where Batch3.isFemale(header[h, "SEX"], in: context.year) && Batch3.blank(header[h, "MOTHER"]) {
                hits += [RuleHit(.episodes, row: i), RuleHit(.header, row: h)]
            }
        }
        return Batch3.distinct(hits)
    }
}

import Hearth
import HearthReturns

/// SW06STG2: a social-worker episode cannot begin (SW_DECOM) after 31 March, the end of the
/// reporting year.
struct RuleSW06STG2: ValidationRule {
    let code = "SW06STG2"
    let explanation = "SW_DECOM is after the end of the collection year (31 March). Episodes starting later belong in next year's return; correct the date or remove the row."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.swEpisodes)
        return (0..<t.count).compactMap { i in
            (context.date(t[i, "SW_DECOM"]).map { $0 > context.collectionEnd } ?? false) ? RuleHit(.swEpisodes, row: i) : nil
        }
    }
}

import Hearth
import HearthReturns

/// 625: the first child's date of birth (MC_DOB) cannot be after 31 March or after the date the
/// young woman ceased to be looked after (her latest DEC). The Header row is flagged, with the
/// latest ended episode when there is one.
struct Rule625: ValidationRule {
    let code = "625"
    let explanation = "MC_DOB (date of birth of her first child) is after the end of the collection year or after she left care. Only children born by then belong in this return: correct MC_DOB, or the episode end date."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let h = context.table(.header), eps = context.table(.episodes)
        let lastEnded = Batch3.latestRow(eps, "DEC")
        var hits: [RuleHit] = []
        for i in 0..<h.count {
            guard let mc = context.date(h[i, "MC_DOB"]) else { continue }
            let e = lastEnded[h[i, "CHILD"]]
            let dec = e.flatMap { context.date(eps[$0, "DEC"]) }
            guard mc > context.collectionEnd || (dec.map { mc > $0 } ?? false) else { continue }
            hits.append(RuleHit(.header, row: i))
            if let e { hits.append(RuleHit(.episodes, row: e)) }
        }
        return Batch3.distinct(hits)
    }
}

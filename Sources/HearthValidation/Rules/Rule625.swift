import Hearth
import HearthReturns

/// 625: the first child's date of birth (MC_DOB) cannot be after 31 March or after the date the
/// young woman ceased to be looked after. The date she ceased is the DEC of her last episode (by
/// DECOM); an X1 DEC inside a period of care is a change of placement, not leaving care, so it
/// does not count. The Header row is flagged, with that last episode.
struct Rule625: ValidationRule {
    let code = "625"
    let explanation = "MC_DOB (date of birth of her first child) is after the end of the collection year or after she left care. Only children born by then belong in this return: correct MC_DOB, or the episode end date."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let h = context.table(.header), eps = context.table(.episodes)
        var hits: [RuleHit] = []
        for i in 0..<h.count {
            guard let mc = context.date(h[i, "MC_DOB"]) else { continue }
            let last = context.episodesByChild[h[i, "CHILD"]]?.last
            let ceased = last.flatMap { context.date(eps[$0, "DEC"]) }
            guard mc > context.collectionEnd || (ceased.map { mc > $0 } ?? false) else { continue }
            hits.append(RuleHit(.header, row: i))
            if let last { hits.append(RuleHit(.episodes, row: last)) }
        }
        return Batch3.distinct(hits)
    }
}

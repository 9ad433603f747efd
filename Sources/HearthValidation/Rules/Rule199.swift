import Hearth
import HearthReturns

/// 199: a child adopted from care (REC E11/E12) in this or last year's return must not have later episodes; flags this
/// year's episodes after the adoption. Uses last year's episodes when given; an episode in both returns (same child and
/// start) is counted once, as this year's copy, so a repeated adoption episode is not taken for a second adoption.
struct Rule199: ValidationRule {
    let code = "199"
    let explanation = "An episode follows one that ended in adoption (E11 or E12). A child adopted from care starts a new record if they return to care. Check the child's identifier and episodes."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let children = context.column(.episodes, "CHILD"), recs = context.column(.episodes, "REC"), decoms = context.dates(.episodes, "DECOM")
        // Per child: (start, row this year or nil for last year's, adopted), last year's first.
        var byChild: [String: [(decom: Day, current: Int?, adopted: Bool)]] = [:]
        if let last = context.previousTable(.episodes) {
            var thisYear: [String: Set<Day>] = [:]
            for i in 0..<children.count { if let d = decoms[i] { thisYear[children[i], default: []].insert(d) } }
            // An episode open across 31 March is in both returns: count it once, as this year's copy.
            for i in 0..<last.count {
                guard let d = context.date(last[i, "DECOM"]), thisYear[last[i, "CHILD"]]?.contains(d) != true else { continue }
                byChild[last[i, "CHILD"], default: []].append((d, nil, ["E11", "E12"].contains(last[i, "REC"])))
            }
        }
        for i in 0..<children.count {
            guard let d = decoms[i] else { continue }
            byChild[children[i], default: []].append((d, i, recs[i] == "E11" || recs[i] == "E12"))
        }
        var out: [RuleHit] = []
        for (_, episodes) in byChild where episodes.count > 1 || episodes.first?.current != nil {
            var adoptions = 0
            let ordered = episodes.enumerated().sorted { a, b in a.element.decom != b.element.decom ? a.element.decom < b.element.decom : a.offset < b.offset }
            for (_, ep) in ordered {
                if ep.adopted { adoptions += 1 }
                if adoptions > 0 && !(adoptions == 1 && ep.adopted), let row = ep.current { out.append(RuleHit(.episodes, row: row)) }
            }
        }
        return out
    }
}

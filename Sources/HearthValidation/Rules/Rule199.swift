import Hearth
import HearthReturns

/// 199: a child adopted from care (REC E11/E12) in this or last year's return must not have later episodes; flags this
/// year's episodes after the adoption. Uses last year's episodes when given; an episode in both returns (same child and
/// start) is counted once, as this year's copy, so a repeated adoption episode is not taken for a second adoption.
struct Rule199: ValidationRule {
    let code = "199"
    let explanation = "An episode follows one that ended in adoption (E11 or E12). A child adopted from care starts a new record if they return to care. Check the child's identifier and episodes."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let recs = context.column(.episodes, "REC"), decoms = context.dates(.episodes, "DECOM")
        let last = context.previousTable(.episodes), lastRows = last?.rowGroupsByChild() ?? [:]
        // Only children with episodes this year and an adoption in either year can be flagged.
        let children = context.column(.episodes, "CHILD")
        var adopted = Set<String>()
        for i in recs.indices where recs[i] == "E11" || recs[i] == "E12" { adopted.insert(children[i]) }
        if let last {
            for i in 0..<last.count where ["E11", "E12"].contains(last[i, "REC"]) { adopted.insert(last[i, "CHILD"]) }
        }
        var out: [RuleHit] = []
        for child in adopted {
            guard let rows = context.episodesByChild[child] else { continue }
            // This year's dated episodes in file order: (start, row, adopted).
            let now = rows.filter { decoms[$0] != nil }.sorted()
            guard !now.isEmpty else { continue }
            // Last year's first, then this year's. An episode open across 31 March is in both
            // returns: counted once, as this year's copy.
            var episodes: [(decom: Day, current: Int?, adopted: Bool)] = []
            if let last {
                for i in lastRows[child] ?? [] {
                    guard let d = context.date(last[i, "DECOM"]), !now.contains(where: { decoms[$0] == d }) else { continue }
                    episodes.append((d, nil, ["E11", "E12"].contains(last[i, "REC"])))
                }
            }
            for i in now { episodes.append((decoms[i]!, i, recs[i] == "E11" || recs[i] == "E12")) }
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

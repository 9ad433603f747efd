import Hearth
import HearthReturns

/// 199: a child adopted from care (REC E11/E12) in this or last year's return must not have later episodes; flags this
/// year's episodes after the adoption. Uses last year's episodes when given; an episode in both returns (same child and
/// start) is counted once, as this year's copy, so a repeated adoption episode is not taken for a second adoption.
struct Rule199: ValidationRule {
    let code = "199"
    let explanation = "An episode follows one that ended in adoption (E11 or E12). A child adopted from care starts a new record if they return to care. Check the child's identifier and episodes."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let e = context.table(.episodes)
        let e_CHILD = context.column(.episodes, "CHILD")
        let e_DECOM = context.column(.episodes, "DECOM")
        let e_REC = context.column(.episodes, "REC")
        let e_DECOM_d = context.dates(.episodes, "DECOM")
        var all: [(child: String, decom: Day, current: Int?, adopted: Bool)] = []
        var seen = Set<String>()
        for i in 0..<e.count {
            guard let d = e_DECOM_d[i] else { continue }
            all.append((e_CHILD[i], d, i, ["E11", "E12"].contains(e_REC[i])))
            seen.insert(e_CHILD[i] + "|" + e_DECOM[i])
        }
        // An episode open across 31 March is in both returns: count it once, as this year's copy.
        if let last = context.previousTable(.episodes) {
            for i in 0..<last.count where !seen.contains(last[i, "CHILD"] + "|" + last[i, "DECOM"]) {
                if let d = context.date(last[i, "DECOM"]) { all.append((last[i, "CHILD"], d, nil, ["E11", "E12"].contains(last[i, "REC"]))) }
            }
        }
        var byChild: [String: [Int]] = [:]
        for (k, r) in all.enumerated() { byChild[r.child, default: []].append(k) }
        var out: [RuleHit] = []
        for (_, ks) in byChild {
            var adoptions = 0
            for k in ks.sorted(by: { all[$0].decom != all[$1].decom ? all[$0].decom < all[$1].decom : $0 < $1 }) {
                if all[k].adopted { adoptions += 1 }
                if adoptions > 0 && !(adoptions == 1 && all[k].adopted), let row = all[k].current { out.append(RuleHit(.episodes, row: row)) }
            }
        }
        return out
    }
}

import Hearth
import HearthReturns

/// 1003: the date of the decision to place for adoption (DATE_PLACED) cannot be before the child
/// started to be looked after: the start (DECOM) of the child's first episode with RNE = S.
/// Flags the PlacedAdoption row and that episode, as the DfE validator does.
struct Rule1003: ValidationRule {
    let code = "1003"
    let explanation = "The date the council decided the child should be placed for adoption is before the child started to be looked after. Correct DATE_PLACED in the placed-for-adoption record or the start date of the episode."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes), placed = context.table(.placedAdoption)
        var hits: [RuleHit] = []
        for (child, rows) in placed.rowsOfEachChild() {
            guard let first = context.datedEpisodes(of: child).first(where: { episodes[$0, "RNE"] == "S" }),
                  let started = context.dateCell(episodes, first, "DECOM") else { continue }
            let early = rows.filter { context.dateCell(placed, $0, "DATE_PLACED").map { $0 < started } ?? false }
            if !early.isEmpty { hits.append(RuleHit(.episodes, row: first)); hits += early.map { RuleHit(.placedAdoption, row: $0) } }
        }
        return hits
    }
}

import Hearth
import HearthReturns

/// 393: a looked-after girl (an episode other than a short break, V3/V4) must have the MOTHER
/// field completed. Female is F from 2024/25 and 2 before.
struct Rule393: ValidationRule {
    let code = "393"
    let explanation = "The MOTHER field (whether the young woman is a mother) is blank for a girl who is looked after. Record 1 if she is a mother, 0 if not."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let header = context.table(.header), episodes = context.table(.episodes)
        let female = context.year.startYear >= 2024 ? "F" : "2"
        return (0..<header.count).filter { h in
            guard header[h, "SEX"] == female, header.isBlankCell(h, "MOTHER") else { return false }
            return (context.episodesByChild[header[h, "CHILD"]] ?? []).contains { !Batch2Codes.shortBreakStatuses.contains(episodes[$0, "LS"].uppercased()) }
        }.map { RuleHit(.header, row: $0) }
    }
}

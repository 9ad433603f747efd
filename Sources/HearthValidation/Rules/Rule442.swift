import Hearth
import HearthReturns

/// 442: a looked-after child (an episode other than a short break, V3/V4) must have the UPN
/// field completed: a UPN or one of the UN1–UN7 reasons it is not known.
struct Rule442: ValidationRule {
    let code = "442"
    let explanation = "The Unique Pupil Number is blank. Record the child's UPN, or the reason it is not known (UN1–UN7)."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let header = context.table(.header), episodes = context.table(.episodes)
        return (0..<header.count).filter { h in
            header.isBlankCell(h, "UPN") && (context.episodesByChild[header[h, "CHILD"]] ?? []).contains { !Batch2Codes.shortBreakStatuses.contains(episodes[$0, "LS"]) }
        }.map { RuleHit(.header, row: $0) }
    }
}

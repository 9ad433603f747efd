import Hearth
import HearthReturns

/// 411: a placement location code (PL_LOCATION, IN or OUT of the council's area) must agree with
/// the local authority of the placement (PL_LA). Both come from the file when it carries them,
/// otherwise from the placement postcode and the council's code.
///
/// Needs the council's code (`--la`): without it the rule is not checked rather than passed.
///
/// Interpretation: when neither column is in the file, the location is derived from the
/// authority and cannot disagree, so nothing is flagged, as in the DfE validator. We also flag
/// OUT with the council's own authority, which the wording covers and the DfE validator does not
/// check (docs/validation-differences-batch2.md).
struct Rule411: ValidationRule {
    let code = "411"
    let needs: Set<RuleInput> = [.postcodeDirectory, .councilCode]
    let explanation = "The placement is recorded as inside (IN) or outside (OUT) the council's area, but the local authority of the placement says otherwise. Correct the location code or the placement postcode."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        guard episodes.columnIndex("PL_LOCATION") != nil, let own = context.localAuthority else { return [] }
        let givenAuthority = episodes.columnIndex("PL_LA") != nil
        return (0..<episodes.count).filter { e in
            let location = episodes[e, "PL_LOCATION"]
            guard let la = givenAuthority ? (episodes.isBlankCell(e, "PL_LA") ? nil : episodes[e, "PL_LA"])
                                          : context.placementAuthority(episodes, e) else { return false }
            return (location == "IN" && la != own) || (location == "OUT" && la == own)
        }.map { RuleHit(.episodes, row: $0) }
    }
}

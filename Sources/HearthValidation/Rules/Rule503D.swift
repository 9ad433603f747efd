import Hearth
import HearthReturns

/// 503D: the placement type (PLACE) of this year's first episode must match last year's open
/// episode. A code the DfE replaced between the years counts as unchanged: H5 → K3 (2024/25)
/// and Z1 → Z11–Z14 (2025/26).
struct Rule503D: ValidationRule {
    let code = "503D"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "Last year's return ended with this child in an open episode, which continues as this year's first episode, so its placement type (PLACE) must be the same (a code the DfE replaced, such as H5 now K3, counts as the same). Correct PLACE here, or last year's record."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let year = context.year.startYear
        return Batch3.firstEpisodeDiffers(context) { now, last, eps, lastEps in
            let a = eps[now, "PLACE"], b = lastEps[last, "PLACE"]
            if a == b { return false }
            if year >= 2024 && a == "K3" && b == "H5" { return false }
            if year >= 2025 && ["Z11", "Z12", "Z13", "Z14"].contains(a) && b == "Z1" { return false }
            return true
        }
    }
}

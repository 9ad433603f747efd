import Hearth
import HearthReturns

/// 392c: a home or placement postcode, when given, must be in the ONS postcode directory
/// (compared without spaces, in upper case).
struct Rule392c: ValidationRule {
    let code = "392c"
    let needs: Set<RuleInput> = [.postcodeDirectory]
    let explanation = "The home or placement postcode is not a real postcode in the ONS directory. Correct it."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let postcodes = context.postcodes else { return [] }
        let episodes = context.table(.episodes)
        func unknown(_ text: String) -> Bool {
            guard !text.isEmpty else { return false }
            let code = GridReference.normalise(text)
            return postcodes.gridReference(code) == nil && postcodes.localAuthority(code) == nil
        }
        return (0..<episodes.count).filter { unknown(episodes[$0, "HOME_POST"]) || unknown(episodes[$0, "PL_POST"]) }
            .map { RuleHit(.episodes, row: $0) }
    }
}

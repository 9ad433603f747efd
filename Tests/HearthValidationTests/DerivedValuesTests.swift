import Hearth
import HearthReturns
import Testing
@testable import HearthValidation

/// The per-run cache shared by rules: a value is computed once and read back, including an
/// optional value whose result is nil (a missing entry must not read as a stored nil).
@Suite struct DerivedValuesTests {
    let context = ValidationContext(current: makeReturn([.header: "CHILD,SEX,DOB\n1,M,01/01/2010\n"]), year: CollectionYear(2024))

    @Test func optionalValueIsComputedOnFirstAsk() {
        var computed = 0
        let first: Int? = context.derived("optional") { computed += 1; return 7 }
        let second: Int? = context.derived("optional") { computed += 1; return 8 }
        #expect(first == 7)
        #expect(second == 7)
        #expect(computed == 1)
    }

    @Test func storedNilIsReadBackWithoutRecomputing() {
        var computed = 0
        let first: String? = context.derived("nil") { computed += 1; return nil }
        let second: String? = context.derived("nil") { computed += 1; return "late" }
        #expect(first == nil)
        #expect(second == nil)
        #expect(computed == 1)
    }
}

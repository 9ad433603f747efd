import Testing
import Hearth
@testable import HearthValidation

/// Batches 2 and 4 register every rule they own, once, and each reads the inputs it declares.
@Suite struct Batch2CatalogueTests {
    static let batch2Codes = "1000 1001 1002 1003 1004 1005 1006 1007 1008 1009 1010 1011 1012 1014 1015 1016 3001 301 302 303 304 331 333 334 335 336 344 345 347 351 352 353 354 355 356 357 358 359 361 362 363 364 365 366 367 371 372 373 374 375 376 377 378 379 380 381 382 383 384 385 386 387 388 389 390 391 392a 392b 392c 392d 393 398 399 406 407 408 411 420 426 431 432 433 434 435 436 437 440 441 442 445 446 451 452 453 460"
    static let batch4Codes = "EPI INT01 INT02 INT03 INT04 INT05 INT06 INT07 INT08 INT09 INT11 INT12 INT13 INT14 INT15 INT16 INT17 INT18 INT21 INT31 INT32 INT33 INT34 INT35 INT36 NoE"

    @Test func everyOwnedCodeIsRegisteredOnce() {
        #expect(RuleCatalogue.batch2.map(\.code).sorted() == Self.batch2Codes.split(separator: " ").map(String.init).sorted())
        #expect(RuleCatalogue.batch4.map(\.code).sorted() == Self.batch4Codes.split(separator: " ").map(String.init).sorted())
        #expect(RuleSet.forYear(CollectionYear(2024)).rules.filter { $0.code == "INT32" || $0.code == "392a" }.count == 2)
    }

    @Test func rulesNeedingLastYearOrDirectoriesSayWhich() {
        let needs = Dictionary(uniqueKeysWithValues: (RuleCatalogue.batch2 + RuleCatalogue.batch4).map { ($0.code, $0.needs) })
        for code in ["1001", "1002", "1010", "NoE"] { #expect(needs[code] == [.previousReturn], "\(code)") }
        for code in ["392a", "392c", "406", "420"] { #expect(needs[code] == [.postcodeDirectory], "\(code)") }
        for code in ["411", "1015"] { #expect(needs[code] == [.postcodeDirectory, .councilCode], "\(code)") }
        for code in ["452", "453"] { #expect(needs[code] == [.previousReturn, .postcodeDirectory], "\(code)") }
        #expect(needs["1008"] == [.ofstedProviders])
        let report = Validator(year: CollectionYear(2024)).validate(ValidationContext(current: makeReturn([.episodes: "CHILD,DECOM\nA,01/05/2024\n"]), year: CollectionYear(2024)))
        #expect(report.unchecked.contains { $0.ruleCode == "452" && $0.missing == [.postcodeDirectory, .previousReturn] })
    }
}

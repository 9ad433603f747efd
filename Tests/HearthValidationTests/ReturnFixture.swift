import Hearth
import HearthReturns
@testable import HearthValidation

/// Builds a return from CSV text per table, the way a council's files would look.
func makeReturn(_ tables: [SSDA903TableName: String], year: CollectionYear = CollectionYear(2024)) -> SSDA903Return {
    var ret = SSDA903Return(year: year)
    for (name, csv) in tables {
        let (table, _) = SSDA903Reader.readCSV(Array(csv.utf8), table: name, file: name.fileName)
        ret[name] = table
    }
    return ret
}

/// Runs a single rule over a return and gives back the rows it flagged, per table.
func hits(_ rule: some ValidationRule, _ tables: [SSDA903TableName: String], year: CollectionYear = CollectionYear(2024),
          previous: [SSDA903TableName: String]? = nil) -> [RuleHit] {
    let context = ValidationContext(current: makeReturn(tables, year: year), previous: previous.map { makeReturn($0, year: year.previous) }, year: year)
    return rule.check(context)
}

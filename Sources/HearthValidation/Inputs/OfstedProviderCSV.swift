import Foundation
import Hearth
import HearthReturns

/// Ofsted's provider lists read from CSV, for the URN rules (219, 221, 224, 227–229, 1008).
///
/// Ofsted publishes two spreadsheets, "Children's homes" and "Social care providers" (in some
/// months one combined list). The DfE validator takes their sheets and reads, by name, the
/// URN, the placement codes, the placement provider codes, the closing date and the setting's
/// postcode; we read a CSV export of each sheet with the same columns, in any case:
///
/// | meaning | social care providers / combined | children's homes |
/// |---|---|---|
/// | URN | `URN` | `URN` |
/// | placement types (PLACE) | `Placement code` | `Provider Code` |
/// | provider codes (PLACE_PROVIDER) | `Placement provider code` | `Provider Placement Code` |
/// | registration ended (optional) | `Deregistration date` | `Closed Date` |
/// | postcode | `Setting postcode` / `Setting address postcode` | `Setting Postcode` |
///
/// Codes in a cell may be separated by commas or slashes (`PR1/PR2`). Dates may be `dd/mm/yyyy`
/// or `yyyy-mm-dd`, with or without a time. Rows without a URN are skipped, as the DfE
/// validator drops them. When a URN appears more than once (across files or sheets) its codes
/// are combined and it counts as open unless every row has a closing date, then the latest.
///
/// The provider's local authority is not taken from the file's authority name: like the DfE
/// validator, we infer the upper-tier authority from the setting's postcode, so it is known only
/// when an ONS postcode directory is given (rule 229 needs it).
///
/// `isRegistered` answers whether the URN is on the lists at all, open or closed, as the DfE
/// rule 1008 does; whether it had closed by an episode's dates is rules 227 and 228's question.
public struct OfstedProviderCSV: OfstedProviderList {
    /// Providers by URN (upper case, trimmed).
    public let providers: [String: OfstedProvider]

    /// Reads each file in `paths` (all-or-nothing: a `ReferenceFileError` names the first problem).
    public init(paths: [String], postcodes: (any PostcodeDirectory)? = nil) throws {
        var found: [String: OfstedProvider] = [:]
        var open: Set<String> = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ReferenceFileError(file: path, line: 0, column: "", value: "", problem: "cannot be opened")
            }
            try OfstedProviderCSV.read([UInt8](data), file: path, into: &found, open: &open)
        }
        for urn in open { found[urn]?.registrationEnd = nil }
        if let postcodes {
            for (urn, p) in found where !p.postcode.isEmpty { found[urn]?.localAuthority = postcodes.localAuthority(p.postcode) }
        }
        providers = found
    }

    public func isRegistered(urn: String, on day: Day) -> Bool { provider(urn: urn) != nil }

    public func provider(urn: String) -> OfstedProvider? {
        providers[urn.trimmingCharacters(in: .whitespaces).uppercased()]
    }

    /// The accepted header names of each column, lower case.
    enum Column: CaseIterable {
        case urn, placeCodes, providerCodes, closed, postcode
        var names: [String] {
            switch self {
            case .urn: ["urn"]
            case .placeCodes: ["placement code", "provider code"]
            case .providerCodes: ["placement provider code", "provider placement code"]
            case .closed: ["deregistration date", "closed date"]
            case .postcode: ["setting postcode", "setting address postcode"]
            }
        }
    }

    static func read(_ bytes: [UInt8], file: String, into found: inout [String: OfstedProvider], open: inout Set<String>) throws {
        let csv = CSVParser(bytes: bytes)
        if let p = csv.problems.first {
            throw ReferenceFileError(file: file, line: p.line, column: "cell \(p.cell + 1)", value: p.value,
                                     problem: "cannot be read (\(p.kind)); save the sheet again as CSV UTF-8")
        }
        guard let header = csv.records.first else {
            throw ReferenceFileError(file: file, line: 1, column: "", value: "", problem: "the file is empty (no header row)")
        }
        let names = header.cells.map { $0.lowercased() }
        var at: [Column: Int] = [:]
        for column in Column.allCases {
            if let i = names.firstIndex(where: column.names.contains) { at[column] = i }
            else if column != .closed {
                throw ReferenceFileError(file: file, line: header.line, column: column.names.map { "'\($0)'" }.joined(separator: " or "),
                                         value: "", problem: "is missing from the header row; is this an Ofsted provider list?")
            }
        }
        for record in csv.records.dropFirst() {
            func cell(_ c: Column) -> String {
                guard let i = at[c], i < record.cells.count else { return "" }
                return record.cells[i]
            }
            let urn = cell(.urn).uppercased()
            if urn.isEmpty { continue }
            let closedText = cell(.closed)
            var closed: Day?
            if !closedText.isEmpty {
                guard let day = date(closedText) else {
                    throw ReferenceFileError(file: file, line: record.line, column: header.cells[at[.closed]!], value: closedText,
                                             problem: "is not a date (dd/mm/yyyy or yyyy-mm-dd)")
                }
                closed = day
            }
            let place = codes(cell(.placeCodes)), provider = codes(cell(.providerCodes))
            let postcode = GridReference.normalise(cell(.postcode))
            if closed == nil { open.insert(urn) }
            if var existing = found[urn] {
                existing.placementTypes.formUnion(place)
                existing.providerCodes.formUnion(provider)
                if existing.postcode.isEmpty { existing.postcode = postcode }
                if let closed, existing.registrationEnd.map({ closed > $0 }) ?? true { existing.registrationEnd = closed }
                found[urn] = existing
            } else {
                found[urn] = OfstedProvider(placementTypes: place, providerCodes: provider, postcode: postcode, registrationEnd: closed)
            }
        }
    }

    /// Codes separated by commas, slashes or spaces, in upper case.
    static func codes(_ text: String) -> Set<String> {
        Set(text.uppercased().split { $0 == "," || $0 == "/" || $0 == " " || $0 == ";" }.map(String.init))
    }

    /// A closing date as spreadsheets export it: `dd/mm/yyyy` or `yyyy-mm-dd`, perhaps with a time.
    static func date(_ text: String) -> Day? {
        let day = text.split(separator: " ").first.map(String.init) ?? text
        let iso = day.split(separator: "T").first.map(String.init) ?? day
        return Day(uk: day) ?? Day(iso: iso)
    }
}

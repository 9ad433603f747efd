import Foundation
import Hearth

/// A statutory return read from files and mapped onto the case model: what `hearth import 903|cin`
/// and the web import page both load. One code path, so a return accepted in the browser becomes
/// exactly the county the command would store.
///
/// All-or-nothing: `county` is to be stored only when `findings` hold no error (warnings need the
/// user's explicit acceptance: `--accept-with-warnings`, or the web page's acknowledgement box).
public struct ReturnImport: Sendable {
    public enum Kind: String, Sendable, Codable {
        case ssda903 = "903", cin = "CIN"
    }

    public var kind: Kind
    /// The county the return maps to, under the council code it will be stored as.
    public var county: County
    /// The raw 903 tables of each return read, oldest first as given (for the DfE validation
    /// rules); empty for a CIN census.
    public var returns: [SSDA903Return]
    /// Reading and mapping findings, in the order found.
    public var findings: [ImportFinding]

    public var hasErrors: Bool { findings.hasErrors }

    /// Reads SSDA903 returns (each a directory of CSV tables or one XML file) and stitches them per
    /// child into one county (`SSDA903Import.county`).
    /// - `onRead`: called after each return is read, with its path and tables (the CLI prints rows and year).
    /// - `xmlProgress`, `mappingProgress`: progress displays for the long steps, given their totals.
    public static func ssda903(paths: [String], year: CollectionYear? = nil, councilCode: String,
                               name: String = "Imported from SSDA903",
                               onRead: ((String, SSDA903Return) -> Void)? = nil,
                               xmlProgress: ((String, Int) -> ReturnsProgress)? = nil,
                               mappingProgress: ((Int) -> ReturnsProgress)? = nil) throws -> ReturnImport {
        var tables: [SSDA903Return] = []
        var findings: [ImportFinding] = []
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                throw SSDA903Reader.ReadError(description: "\(path) does not exist")
            }
            let progress = xmlProgress.map { p in { (total: Int) in p(path, total) } }
            let (r, f) = isDir.boolValue ? try SSDA903Reader.readTables(directory: path, year: year)
                                         : try SSDA903Reader.readTables(xmlFile: path, year: year, progress: progress)
            onRead?(path, r)
            tables.append(r)
            findings += f
        }
        let total = tables.reduce(0) { $0 + $1.tables.values.reduce(0) { $0 + $1.count } }
        let (county, mapped) = SSDA903Import.county(from: tables, councilCode: councilCode, name: name,
                                                    progress: mappingProgress?(total))
        return ReturnImport(kind: .ssda903, county: county, returns: tables, findings: findings + mapped)
    }

    /// Reads a CIN census XML file. With `councilCode`, the county is stored under that code and a
    /// census whose `LEA` names another council is an error (it would replace the wrong council);
    /// without it, the census's own `LEA` is used, as `hearth import cin` does.
    public static func cin(file path: String, councilCode: String? = nil) throws -> ReturnImport {
        var (county, findings) = try CINCensusReader.read(file: path)
        if let councilCode {
            if county.councilCode != "000" && county.councilCode != councilCode {
                findings.append(ImportFinding(.error, file: URL(fileURLWithPath: path).lastPathComponent,
                                              path: "Message/Header/Source/LEA", column: "LEA", value: county.councilCode,
                                              message: "the census is for council \(county.councilCode), but it would be stored as council \(councilCode)"))
            }
            county.councilCode = councilCode
        }
        return ReturnImport(kind: .cin, county: county, returns: [], findings: findings)
    }
}

// How a return is merged into a store (docs/returns.md, "Importing into a store"): the slice of
// each child's record it speaks for, the collection years it covers, and the merge's notes as
// findings, so the command line and the web page show and gate them like reading warnings.
extension ReturnImport {
    public var slice: ReturnSlice {
        switch kind {
        case .ssda903: .lookedAfter
        case .cin: .childInNeed
        }
    }

    /// The collection years the return covers: each 903's year (stated or inferred from its
    /// dates), or the census's reference year. A 903 whose year is unknown counts as the year
    /// of the county's extract date.
    public var collectionYears: [CollectionYear] {
        let stated = kind == .ssda903 ? returns.compactMap(\.year) : []
        let years = stated.isEmpty || stated.count < returns.count
            ? stated + [CollectionYear(containing: county.extractDate)] : stated
        return Array(Set(years)).sorted()
    }

    /// The merge of this return into `stored` (the council's county as held).
    public func merge(into stored: County) -> ReturnMerge {
        ReturnMerge.merge(stored: stored, imported: county, slice: slice, years: collectionYears)
    }

    /// The merge's notes as warnings: they need the same acceptance as reading warnings.
    public static func findings(of merge: ReturnMerge, kind: Kind) -> [ImportFinding] {
        merge.notes.map {
            ImportFinding(.warning, file: kind == .cin ? "CIN census" : "SSDA903 return", column: "CHILD", value: $0.child.rawValue,
                          message: $0.message)
        }
    }
}

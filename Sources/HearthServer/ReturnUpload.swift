import Foundation
import Hearth
import HearthReturns

/// Checks an uploaded SSDA903 return: a set of CSV tables (header.csv, episodes.csv, …) or one
/// XML file, read by HearthReturns into tables and findings.
///
/// Imports are all-or-nothing: files with any error are refused whole and nothing is stored.
/// Loading a clean return into the case record needs a `ReturnLoader` (the 903-to-case-model
/// mapping); without one the page says so plainly and stores nothing.
public enum ReturnUpload {
    public struct Check: Sendable {
        public var files: [String]
        public var findings: [ImportFinding]
        public var parsed: SSDA903Return?
        public var accepted: Bool { parsed != nil && !findings.hasErrors }
    }

    public static func check(_ files: [FormData.UploadedFile]) -> Check {
        let names = files.map(\.filename)
        guard !files.isEmpty else {
            return Check(files: [], findings: [ImportFinding(.error, file: "-", message: "choose at least one file to upload")], parsed: nil)
        }
        let xml = files.filter { $0.filename.lowercased().hasSuffix(".xml") }
        if xml.count == 1, files.count == 1 {
            let (ret, findings) = SSDA903Reader.readXML(xml[0].bytes, file: xml[0].filename)
            return Check(files: names, findings: findings, parsed: ret)
        }
        if !xml.isEmpty {
            return Check(files: names, findings: [ImportFinding(.error, file: xml[0].filename,
                         message: "upload either one XML return or a set of CSV tables, not both")], parsed: nil)
        }
        // CSV tables: stage them in a private directory so the reader sees a return directory.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-upload-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            for f in files {
                let safe = f.filename.filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-" }
                guard !safe.isEmpty, !safe.hasPrefix(".") else {
                    return Check(files: names, findings: [ImportFinding(.error, file: f.filename, message: "the file name is not usable")], parsed: nil)
                }
                try Data(f.bytes).write(to: dir.appendingPathComponent(safe))
            }
            let (ret, findings) = try SSDA903Reader.readTables(directory: dir.path)
            return Check(files: names, findings: findings, parsed: ret)
        } catch {
            return Check(files: names, findings: [ImportFinding(.error, file: "-", message: "the upload could not be read: \(error)")], parsed: nil)
        }
    }
}

/// Loads a checked return into the county. Supplied by the returns module once it maps the 903
/// onto the case model; the server refuses to store anything without one.
public protocol ReturnLoader: Sendable {
    func load(_ ret: SSDA903Return, into county: County) throws -> County
}

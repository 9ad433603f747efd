import ArgumentParser
import Dispatch
import Foundation
import Hearth
import HearthReturns
import HearthValidation

/// `hearth validate 903 DIR|FILE.xml`: runs the DfE SSDA903 rules of the return's collection
/// year and prints the findings. Exits 1 when there are findings, 2 when the files cannot be read,
/// so scripts and CI can gate a submission on it.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate a return against the DfE rules of its collection year.",
        discussion: "Rules that need an input not given (--previous, --la, --postcodes, --providers) are listed as \"not checked: needs …\" rather than passed. Exit status: 0 no findings, 1 findings, 2 the return or a reference file could not be read.")

    @Argument(help: "The return type: 903.") var returnType: String
    @Argument(help: "A directory of 903 CSV files or one 903 XML file.") var input: String
    @Option(help: "Last year's return (directory or XML), for the continuity rules.") var previous: String?
    @Option(help: "Collection year by its start year (2024 = 2024/25). Default: inferred from the dates.") var year: Int?
    @Option(help: "Output: table, csv or json.") var format: FindingFormat = .table
    @Option(help: "Write the output to this file instead of standard output.") var output: String?
    @OptionGroup var references: ReferenceFileOptions

    func run() throws {
        guard returnType == "903" else {
            throw ValidationError("only the 903 return can be validated; got '\(returnType)'")
        }
        let started = Date()
        // This year's and last year's returns are read at the same time.
        let paths = [(input, year.map(CollectionYear.init))] + (previous.map { [($0, year.map { CollectionYear($0 - 1) })] } ?? [])
        var reads = [Result<(SSDA903Return?, [ImportFinding]), Error>?](repeating: nil, count: paths.count)
        reads.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: paths.count) { i in
                slots[i] = Result { try read(paths[i].0, year: paths[i].1) }
            }
        }
        let (current, importFindings) = try reads[0]!.get()
        let (prev, prevFindings) = try reads.count > 1 ? reads[1]!.get() : (nil, [])
        let importErrors = (importFindings + prevFindings).filter(\.isError)
        for f in importFindings + prevFindings { FileHandle.standardError.write(Data((f.description + "\n").utf8)) }
        guard importErrors.isEmpty, let current else {
            FileHandle.standardError.write(Data("validate: the return could not be read (\(importErrors.count) error(s)); nothing validated\n".utf8))
            throw ExitCode(2)
        }
        guard let collectionYear = year.map(CollectionYear.init) ?? current.year else {
            FileHandle.standardError.write(Data("validate: no dates to infer the collection year from; give --year\n".utf8))
            throw ExitCode(2)
        }
        let (directory, providerList) = try references.load(command: "validate")
        let ruleSet = RuleSet.forYear(collectionYear)
        let context = ValidationContext(current: current, previous: prev, year: collectionYear, localAuthority: references.la,
                                        postcodes: directory, providers: providerList)
        let report = Validator(ruleSet: ruleSet).validate(context)
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil),
                  let file = FileHandle(forWritingAtPath: output) else {
                throw ValidationError("cannot write \(output)")
            }
            defer { try? file.close() }
            try report.write(format, ruleSet: ruleSet) { try file.write(contentsOf: $0) }
        } else {
            try report.write(format, ruleSet: ruleSet) { try FileHandle.standardOutput.write(contentsOf: $0) }
        }
        let seconds = Date().timeIntervalSince(started)
        FileHandle.standardError.write(Data(String(format: "validate: %d finding(s), %d rule(s) checked, %d not checked, %.3f s\n",
                                                   report.findings.count, report.checked.count, report.unchecked.count, seconds).utf8))
        // Exit here rather than unwind: freeing a large return and its findings one object at a
        // time took a tenth of the run, and the process is ending anyway.
        Foundation.exit(report.findings.isEmpty ? 0 : 1)
    }

    private func read(_ path: String, year forced: CollectionYear?) throws -> (SSDA903Return?, [ImportFinding]) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            FileHandle.standardError.write(Data("validate: \(path): no such file or directory\n".utf8))
            throw ExitCode(2)
        }
        let (ret, findings) = isDir.boolValue
            ? try SSDA903Reader.readTables(directory: path, year: forced, byColumn: true)
            : try SSDA903Reader.readTables(xmlFile: path, year: forced)
        return (ret, findings)
    }
}

extension FindingFormat: ExpressibleByArgument {}

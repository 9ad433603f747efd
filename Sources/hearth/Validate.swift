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
    @Option(help: "The submitting council's upper-tier local authority code, e.g. E10000016. Rules 229, 411, 503J and 1015 are not checked without it.") var la: String?
    @Option(help: "Write the output to this file instead of standard output.") var output: String?
    @Option(help: ArgumentHelp("The ONS Postcode Directory (or NSPL) CSV, for the distance and placement-authority rules (164, 218, 411, 454, 1015, …).",
                               discussion: "Download ONSPD from the ONS Open Geography Portal and give the Data/ONSPD_*_UK.csv file inside the zip.",
                               valueName: "file")) var postcodes: String?
    @Option(help: ArgumentHelp("An Ofsted provider list as CSV (children's homes, social care providers, or the combined list), for the URN rules (219, 221, 224, 227–229, 1008). Repeat for each list.",
                               valueName: "file")) var providers: [String] = []

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
        let (directory, providerList) = try referenceFiles()
        let ruleSet = RuleSet.forYear(collectionYear)
        let context = ValidationContext(current: current, previous: prev, year: collectionYear, localAuthority: la,
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

    /// The optional reference files; a file that cannot be used stops the run (exit 2) rather
    /// than leaving its rules silently unchecked. Providers' authorities come from the directory.
    private func referenceFiles() throws -> (ONSPostcodeDirectory?, OfstedProviderCSV?) {
        do {
            let directory = try postcodes.map { try ONSPostcodeDirectory(path: $0) }
            let list = try providers.isEmpty ? nil : OfstedProviderCSV(paths: providers, postcodes: directory)
            if list != nil && directory == nil {
                FileHandle.standardError.write(Data("validate: warning: --providers without --postcodes: providers' local authorities come from their postcodes, so rule 229 will flag every own-provision (PR1) URN\n".utf8))
            }
            return (directory, list)
        } catch let error as ReferenceFileError {
            FileHandle.standardError.write(Data("validate: \(error)\n".utf8))
            throw ExitCode(2)
        }
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
